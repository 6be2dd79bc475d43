// What the rules look at for one person, reduced to numbers: dates as Julian days and texts as ids into a
// shared dictionary. One representation serves the explanation of one person (built from an Alumnus) and
// the live count over a million (built in bulk by FactsLoader), so both go through the same evaluator.
#pragma once

#include "roster/Alumnus.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace alumnidesk::eligibility {

/// Texts as small integers. Id 0 is the empty text.
class TextIds {
public:
    TextIds();
    static constexpr quint32 kAbsent = 0xFFFFFFFFu;
    quint32 intern(const QString &text);
    /// The id of a text, or kAbsent when no one has it.
    quint32 find(const QString &text) const { return m_ids.value(text, kAbsent); }
    const QString &text(quint32 id) const { return m_texts.at(int(id)); }
    int size() const { return int(m_texts.size()); }

private:
    QHash<QString, quint32> m_ids;
    QVector<QString> m_texts;
};

struct PersonFacts {
    enum Flag : quint8 {
        HasLastStint = 1,
        TotalUnknown = 2, ///< a stint without hire date, or more than one stint without a departure date
        Misconduct = 4,
        DoNotRehire = 8,
        ConsentNewsletter = 16,
        ConsentEvents = 32,
        ConsentJobOffers = 64,
    };

    qint64 id = 0;
    qint32 birth = 0;         ///< Julian day; 0 = not recorded
    qint32 lastHire = 0;      ///< of the last stint; 0 = not recorded
    qint32 lastDeparture = 0; ///< of the last stint; 0 = still employed or not recorded
    qint32 closedMonths = 0;  ///< whole months of every stint with both dates, summed
    qint32 openHire = 0;      ///< hire date of the one stint without a departure date; 0 = none
    quint32 departureType = 0; ///< text ids of the last stint's values (0 = empty)
    quint32 employmentType = 0;
    quint32 grade = 0;
    quint32 department = 0;
    quint32 groupCompany = 0;
    quint32 membership = 0;
    quint16 stints = 0;
    quint8 flags = 0;

    bool has(Flag f) const { return (flags & f) != 0; }
};

/// One stint as the facts need it (the bulk loader reads these from rows).
struct StintDates {
    qint32 hire = 0;
    qint32 departure = 0;
};

/// Folds the stints of one person (any order) into the tenure facts: months of closed stints, the open
/// stint, whether the total is unknown, and the stint count.
void addStintTotals(PersonFacts &p, const QVector<StintDates> &stints);

/// Index of the last stint: latest hire date, an unknown hire date counting as the earliest, ties going to
/// the later one in the list (the list is in storage order). -1 for none.
int lastStintIndex(const QVector<Stint> &stints);

PersonFacts factsOf(const Alumnus &a, TextIds &texts);

/// What the alumni row keeps for the rules (the elig_* columns), written by AlumnusRows with every write of
/// a record, so that the SQL of a rule set and RosterFacts read one row per person and never the stints.
struct StoredRuleFacts {
    int last = -1;          ///< index into the list of the last stint as it will be stored; -1 for none
    int closedMonths = 0;   ///< as PersonFacts::closedMonths
    QDate openHire;         ///< as PersonFacts::openHire
    bool totalKnown = false; ///< !TotalUnknown
};

/// The stored facts of a list of stints about to be written. The last stint is the one lastStintIndex()
/// finds once the stints are read back in storage order (hire date, then row id): ties in hire date go to
/// the larger row id, and a stint without an id gets a new one, larger than every stored id, in list order.
StoredRuleFacts storedRuleFacts(const QVector<Stint> &stints);

inline qint32 julianDay(const QDate &d)
{
    return d.isValid() ? qint32(d.toJulianDay()) : 0;
}

} // namespace alumnidesk::eligibility
