// What the roster KPIs read of every person, held in memory: one row per person (membership status,
// department and departure type of the latest stint, last contact, first departure), one per departure
// (with the person's next hire after it) and one per rehire (with the departure it returned from), all
// derived the way the SQL facts (RosterFacts.cpp) derive them. Built once from one pass over alumni and
// stints; afterwards the people the change feed names are re-read one by one (reload()), their old rows
// marked dead and the new ones appended, so an edit costs a few lookups instead of a million rows.
//
// Dates are yyyymmdd integers (0 = NULL), whose order is that of the ISO texts SQL compares. A date that
// is not a plain YYYY-MM-DD text (years 1000–9999) makes the snapshot inexact: SQL would compare it as
// text, which the integers cannot mirror, so the KPIs then run on the SQL facts (exact() is false).
#pragma once

#include "common/Result.h"
#include "eligibility/PersonFacts.h"
#include "kpi/SnapshotVerdicts.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <map>
#include <memory>
#include <vector>

namespace alumnidesk {
class Statement;
class StoreBackend;
}

namespace alumnidesk::kpi {

// What the KPIs read of a person, kept small (28 bytes) because every stock KPI walks a million of them.
struct SnapPerson {
    qint32 firstDeparture = 0; ///< min(departure_date) of the stints
    qint32 lastContact = 0;
    qint32 stintCount = 0;     ///< alumni.stint_count as stored (the SQL facts read that column)
    qint32 status = 0;         ///< text codes (KpiSnapshot::text)
    qint32 department = 0;     ///< alumni.last_department
    qint32 departureType = 0;  ///< alumni.last_departure_type
    qint8 live = 1;            ///< 0 once removed from the roster
};

/// A stint with a departure date. The rows of one person are adjacent; a dead row (its person re-read
/// or removed) has date 0, which no period holds.
struct SnapDeparture {
    qint32 person = 0; ///< index into people()
    qint32 date = 0;
    qint32 nextHire = 0; ///< earliest hire date of the person's stints after this departure; 0 = none
    qint32 department = 0;
    qint32 type = 0;
    qint32 reason = 0;
    bool multi = false; ///< the person has other departures (their rows need gathering for distinct counts)
};

/// A stint hired after the departure of the stint before it (hire date, then id), for people whose
/// stint_count is above one. The rows of one person are adjacent; a dead row has hire 0.
struct SnapRehire {
    qint32 person = 0;
    qint32 hire = 0;
    qint32 prevDeparture = 0;
    qint32 departure = 0; ///< of the rehire stint itself; 0 = still employed
    qint32 prevDepartment = 0;
    qint32 prevType = 0;
};

class KpiSnapshot {
public:
    /// Everyone, in one pass over alumni and one over stints; call inside a read transaction.
    static Result<std::shared_ptr<KpiSnapshot>> load(QSqlDatabase &db, const StoreBackend &backend);
    /// Re-reads these people (absent from the roster: removed); call inside a read transaction.
    Status reload(QSqlDatabase &db, const StoreBackend &backend, const QVector<qint64> &ids);

    /// False when a date could not be mirrored (see above): use the SQL facts.
    bool exact() const { return m_inexactPeople == 0; }
    qint64 livePeople() const { return m_livePeople; }
    /// Rows left behind by re-read or removed people (they cost memory and scanning until a reload).
    qint64 deadRows() const { return m_deadRows; }

    const std::vector<SnapPerson> &people() const { return m_people; }
    const std::vector<SnapDeparture> &departures() const { return m_departures; }
    const std::vector<SnapRehire> &rehires() const { return m_rehires; }
    /// What the eligibility rules read of each person (eligibility::RuleFactsReader), by index into people();
    /// the texts in ruleTexts().
    const std::vector<eligibility::PersonFacts> &ruleFacts() const { return m_ruleFacts; }
    const eligibility::TextIds &ruleTexts() const { return m_ruleTexts; }
    /// False when a person's rule facts are not plain (RuleFactsReader::plain()): the eligibility KPIs then
    /// run their SQL, as the C++ evaluator and the rules' SQL could judge such a row differently.
    bool rulesExact() const { return m_unplainRules == 0; }
    /// Indexes into people() of the people re-read or removed since the snapshot was loaded, in that order
    /// (an index may come again): what a memo of verdicts taken earlier must judge again.
    const std::vector<qint32> &changedPeople() const { return m_changed; }
    /// Verdicts computed over this snapshot, kept for the next refresh (SnapshotVerdicts.h).
    const SnapshotVerdicts &verdicts() const { return m_verdicts; }
    /// Indexes into departures() by year of the departure date, ascending; dead rows included (date 0).
    const std::map<int, std::vector<qint32>> &departuresByYear() const { return m_departuresByYear; }

    /// The code of a text value, or -1 when no row holds it.
    qint32 code(const QString &text) const { return m_codes.value(text.toUtf8(), -1); }
    const QString &text(qint32 code) const { return m_texts.at(code); }
    qint32 textCount() const { return qint32(m_texts.size()); }
    /// Whether a status code is Registered, Active or Dormant (memberStatusesSql()).
    bool isMember(qint32 status) const;
    /// The index into people() of a live person, or -1 when the roster has no such alumnus.
    qint32 indexOf(qint64 id) const
    {
        const qint32 i = slotOf(id);
        return i >= 0 && m_people[size_t(i)].live ? i : -1;
    }
    /// The alumnus id of an index into people().
    qint64 idOf(qint32 index) const { return m_rows[size_t(index)].id; }

    /// Where the change feed was when the snapshot last matched the roster (set by KpiSnapshotCache).
    qint64 feedSeq = -1;
    qint64 revision = -1;

private:
    struct Stint {
        qint64 alumnus = 0;
        qint64 id = 0;
        qint32 hire = 0;
        qint32 departure = 0;
        qint32 department = 0;
        qint32 type = 0;
        qint32 reason = 0;
    };
    /// Where a person's rows are, beside people() (read only when the person changes).
    struct PersonRows {
        qint64 id = 0;
        qint32 firstDepartureRow = 0;
        qint32 departureRows = 0;
        qint32 firstRehireRow = 0;
        qint32 rehireRows = 0;
        bool inexact = false; ///< one of the person's dates is not a plain ISO date
        bool rulesUnplain = false; ///< the rule facts are not plain (rulesExact())
    };
    struct Row {
        qint64 id = 0;
        qint32 lastContact = 0;
        qint32 stintCount = 0;
        qint32 status = 0;
        qint32 department = 0;
        qint32 departureType = 0;
        bool inexact = false;
        eligibility::PersonFacts rules;
        bool rulesPlain = true;
    };

    qint32 intern(const QByteArray &utf8);
    /// The row of stints read by the statement of kStintColumns; `inexact` set when a date is not plain.
    Stint readStint(const Statement &stints, bool &inexact);
    /// The row of alumni read by the statement of kAlumniColumns.
    Row readRow(const Statement &alumni);
    /// Adds (or replaces) a person from the alumni row and the stints (sorted by hire date, then id).
    void put(const Row &row, std::vector<Stint> &stints, bool stintsInexact);
    void remove(qint64 id);
    /// The index into people() that holds (or held) this id, or -1.
    qint32 slotOf(qint64 id) const;

    std::vector<SnapPerson> m_people;
    std::vector<PersonRows> m_rows;
    std::vector<SnapDeparture> m_departures;
    std::vector<SnapRehire> m_rehires;
    std::map<int, std::vector<qint32>> m_departuresByYear;
    // Alumnus id → index into m_people without a hash of a million entries: the first m_orderedSlots
    // people have ascending ids (a load reads ORDER BY id, and new alumni get ever larger ids), found by
    // binary search over m_rows; anyone else is in m_laterSlots.
    size_t m_orderedSlots = 0;
    QHash<qint64, qint32> m_laterSlots;
    QHash<QByteArray, qint32> m_codes;
    QStringList m_texts;
    std::vector<eligibility::PersonFacts> m_ruleFacts;
    eligibility::TextIds m_ruleTexts;
    QHash<QByteArray, quint32> m_ruleTextIds;
    qint64 m_unplainRules = 0;
    std::vector<qint32> m_changed;
    SnapshotVerdicts m_verdicts;
    qint64 m_inexactPeople = 0;
    qint64 m_livePeople = 0;
    qint64 m_deadRows = 0;
};

} // namespace alumnidesk::kpi
