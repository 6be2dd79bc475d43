// The streaming import's staging area: tables in a private temporary database attached to the import's own
// connection (a file of its own, deleted when it is detached; not memory) holding each accepted row of the
// file, keyed by its line: a narrow one (import_keys) with what the set-based passes compare and mark —
// employee ID, hire date, the row's mark —, and a wide one (import_rows) with the row in a compact binary
// form for the person-by-person planner and as the alumni and stint columns the row alone would become
// (normalised and validated while staging). Marking rows rewrites only the narrow table: marking every row
// of the wide one rewrote the whole staging. Lets set-based SQL find what needs the whole file — the same
// employment twice, people with several rows —, mark the people the roster certainly already holds as they
// are, insert the people new to the roster with INSERT … SELECT, and hand the rest back person by person in
// file order. Detached when the staging object goes.
#pragma once

#include "common/Result.h"
#include "hris/RecordInterpreter.h"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace alumnidesk {
class RowValues;
class Statement;
class StoreBackend;
}

namespace alumnidesk::hris {

class ImportStaging {
public:
    ImportStaging(QSqlDatabase db, const StoreBackend &backend);
    ~ImportStaging();
    ImportStaging(const ImportStaging &) = delete;
    ImportStaging &operator=(const ImportStaging &) = delete;

    /// Where valid rows go while they are added.
    enum class Target {
        Staging,     ///< only into the staging: the comparing decides what is written
        /// Also straight into the roster, which was empty when the caller's write transaction began (it holds
        /// it, with the indexes, derived tables and roster revision suspended): every valid row is inserted as
        /// a new person the moment it is added, and settleDirect() takes back the people the file-wide
        /// checks do not leave as one valid row. Saves copying every row out of the staging a second time.
        EmptyRoster,
    };
    /// Attaches the staging database (outside a transaction: SQLite attaches only there).
    Status create(Target target = Target::Staging);
    /// Starts adding rows: a savepoint, nested in the caller's transaction when there is one (with
    /// Target::EmptyRoster there must be: begun after create()).
    Status beginAdding();
    /// The staging row of an accepted row, computed without the database (on the reading thread). `today`
    /// is what validation compares dates with (asked once per import: asking the clock reads the time zone).
    static void stage(const ImportRow &row, RowValues &out, const QDate &today);
    /// Adds a row stage() made.
    Status add(const RowValues &staged);
    /// Notes a rejected row's employee ID and hire date (invalid: unreadable or missing), so that a later
    /// row of the same employment is found a duplicate of it (removeDuplicates() takes these out again).
    Status addRejected(int line, const QString &employeeId, const QDate &hireDate);
    /// After the last add(): indexes the rows by person.
    Status finishAdding();

    struct Duplicate {
        int line;
        int firstLine;
        QString employeeId;
        QString hireDate;
        bool firstUnreadable = false; ///< the first row was rejected without a hire date that could be read
    };
    /// Accepted rows that repeat an earlier row's employee ID and hire date — the earlier row accepted or
    /// rejected; a rejected row whose hire date could not be read repeats every later one with its ID —,
    /// by line, each with the first such earlier line. They and the rejected rows leave the staging.
    Result<QVector<Duplicate>> removeDuplicates();

    /// Distinct people staged, and how many of them the roster does not know.
    Result<qint64> people();
    Result<qint64> peopleNotInRoster();

    /// Marks the people of one row whose every HR-owned value the roster already holds (merging the row
    /// would change nothing); they need no planning. Returns how many.
    Result<qint64> markUnchanged();
    /// Settles which people are new: of one row, new to the roster, whose row alone makes a valid record
    /// without tags or custom attributes; insertNew() writes them set-based. Every valid row was staged as
    /// new; this takes the mark back from the rows of people with several rows and, unless the roster was
    /// empty, of people it already holds. Returns how many are new.
    Result<qint64> markNew(bool rosterWasEmpty);
    /// With Target::EmptyRoster, after markNew(): removes from the roster the people inserted while adding
    /// whose row is no longer marked new (a duplicate, or one of several rows of one person), and takes the
    /// mark back from new rows that could not go in then (an earlier row of the same ID was inserted and
    /// later removed), so that the planner writes them. Returns how many people the adding inserted and
    /// the roster keeps (all marked new; recordDirectInserts() lists them for the import).
    /// `beforeTakingBack` runs only when someone is taken out, before it: deleting a person looks up their
    /// stints (ON DELETE CASCADE), which with the bulk load's indexes dropped reads every stint once per
    /// person; the caller gives the stints their index by person back there.
    Result<qint64> settleDirect(const std::function<Status()> &beforeTakingBack);
    /// Lists the people settleDirect() kept in import_changes as inserted by the import; with `auditSource`
    /// set, one audit entry per person as insertNew() writes.
    Status recordDirectInserts(qint64 importId, const QString &auditSource, const QString &auditUser);
    /// The id the first person inserted while adding got (Target::EmptyRoster; the roster's rows from there
    /// on are the adding's).
    qint64 firstDirectId() const { return m_firstDirectId; }
    /// Inserts the people markNew() chose (alumni rows in file order, with the ids the roster would give
    /// them: one more than its largest, in that order; their stints) and lists each in import_changes; with
    /// `auditSource` set, one audit entry per person as AlumnusRepository would write.
    Status insertNew(qint64 importId, const QString &auditSource, const QString &auditUser);

    enum class Rows { Unmarked, New };
    /// Calls `visit` for every person with that person's rows in file order, people in the order of their
    /// first row, among the rows of the kind asked for (at most `limit` people when limit >= 0). Stops at the
    /// first error `visit` returns.
    Status forEachPerson(const std::function<Status(const QVector<const ImportRow *> &group)> &visit,
                         Rows rows = Rows::Unmarked, qint64 limit = -1);

    /// Gives the staged rows' page cache back, once the import needs them no more (before the indexes and
    /// the search index are rebuilt, so that their memory does not add up). The rows themselves go with the
    /// staging object, which must outlive the import's transaction (a database is detached outside one).
    void release();

private:
    Result<qint64> largestId();
    /// Writes audit entries from `select`, whose first three values are bound to the time, the user and
    /// the source.
    Status auditInserts(const QString &select, const QString &auditSource, const QString &auditUser);
    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    std::unique_ptr<Statement> m_insertKey; ///< import_keys: what the set-based passes compare and mark
    std::unique_ptr<Statement> m_insert;    ///< import_rows: the row's values and its encoded form, read once
    std::unique_ptr<Statement> m_insertRejected;
    std::unique_ptr<Statement> m_insertAlumnus; ///< Target::EmptyRoster: the row's person into the roster
    std::unique_ptr<Statement> m_insertStint;
    Target m_target = Target::Staging;
    qint64 m_firstDirectId = 0; ///< the id the first person inserted while adding got
    qint64 m_nextDirectId = 0;
    int m_alumniValues = 0; ///< how many values of a staged row are the alumni row's (after the key values)
    int m_stintValues = 0;
    bool m_hasRejected = false;
    bool m_keyedRows = false;  ///< Target::EmptyRoster: a row did not go straight in (its key was staged)
    bool m_directOnly = false; ///< Target::EmptyRoster: every row went straight in; nothing to check or plan
    bool m_severalListed = false; ///< markNew() listed the people with several rows in import_several
    bool m_created = false;
    bool m_adding = false; ///< the savepoint around the adding is open
};

} // namespace alumnidesk::hris
