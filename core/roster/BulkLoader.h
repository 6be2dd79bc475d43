// Loads many alumni into the roster at once, the fast way: one write transaction; the triggers of the
// derived tables (search index, alumnus_skills: db/DerivedTables.h) and of the roster revision and the
// secondary indexes of alumni, stints and alumnus_tags dropped while the rows go in; then the indexes
// re-created from their saved DDL and each derived table rebuilt in one pass; a larger page cache
// while it runs. Whatever is not committed is rolled back (DDL included), so a cancelled or failed load
// leaves the database exactly as it was. The CHECK constraints are off while rows go in (the backend
// permitting) and what they guard is verified by one query at commit. Used by the demo generator; meant for
// the CSV import too. One loader per connection and thread, like the connection itself.
//
//     BulkLoader loader(db);
//     if (Status st = loader.begin(BulkLoader::RequireEmptyRoster); !st) … loader.failure() says why
//     for (const Alumnus &a : records)
//         if (auto id = loader.add(a); !id) … (the destructor rolls back)
//     Status st = loader.commit(QStringLiteral("import"), details);
#pragma once

#include "common/Result.h"
#include "db/PageCacheCap.h"
#include "roster/Alumnus.h"
#include "roster/AlumnusRows.h"
#include "roster/CheckConstraintPause.h"

#include <QPair>
#include <QSqlDatabase>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace alumnidesk {

class Database;
class StoreBackend;
class WriteTransaction;

class BulkLoader {
public:
    enum EmptyRule { AnyRoster, RequireEmptyRoster };
    enum class Failure { None, RosterNotEmpty, Cancelled, Database };

    /// Where the time went, in milliseconds.
    struct Timings {
        qint64 insert = 0;      ///< inside add(): normalising and inserting rows
        qint64 indexes = 0;     ///< re-creating the secondary indexes
        qint64 searchIndex = 0; ///< rebuilding the full-text search index
        qint64 derived = 0;     ///< rebuilding the other derived tables (alumnus_skills)
        qint64 commit = 0;      ///< COMMIT and the WAL checkpoint after it
    };

    explicit BulkLoader(Database &db);
    ~BulkLoader(); ///< rolls back a load that was begun but not committed
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    /// Starts the write transaction and prepares the tables for loading. With RequireEmptyRoster a roster
    /// that already holds alumni is refused (failure() == RosterNotEmpty; existingAlumni() says how many)
    /// before anything is changed.
    Status begin(EmptyRule rule = AnyRoster);

    /// Normalises the record (normalized()) and inserts it with its stints and tags; returns the row id.
    /// Validation is the caller's business (an import reports invalid rows as issues instead).
    Result<qint64> add(const Alumnus &a);

    /// Re-creates the indexes, rebuilds the derived tables, moves the roster revision, records one audit entry (action "bulk_insert",
    /// entity "roster", key "*", new value `auditNewValue`) and commits. `cancel` is checked between these
    /// steps; a cancel while the search index is rebuilt takes effect when that statement ends.
    Status commit(const QString &auditSource, const QString &auditNewValue, const std::atomic_bool *cancel = nullptr);

    /// Abandons the load: everything since begin() is rolled back.
    void rollback();

    Failure failure() const { return m_failure; }
    qint64 existingAlumni() const { return m_existing; }
    qint64 added() const { return m_added; }
    const Timings &timings() const { return m_timings; }

private:
    Status fail(Failure failure, Status status);
    Status dropSecondaryIndexes();
    void restoreCacheSize();
    Failure rebuild(const std::atomic_bool *cancel);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    std::unique_ptr<WriteTransaction> m_transaction;
    std::unique_ptr<AlumnusRows> m_rows;
    QVector<QPair<QString, QString>> m_indexes; ///< name and CREATE statement of each dropped index
    Failure m_failure = Failure::None;
    qint64 m_existing = 0;
    qint64 m_added = 0;
    qint64 m_insertNanos = 0;
    bool m_bulkMode = false;    ///< the backend's bulk settings are on
    std::optional<CheckConstraintPause> m_checks; ///< stopped while rows go in; verified at commit
    QVariant m_savedBulkState;  ///< what leaveBulkMode() restores
    Timings m_timings;
    Status m_rebuildStatus; ///< why rebuild() failed
    std::optional<PageCacheCap> m_smallCache; ///< from rebuild() until commit or rollback
};

} // namespace alumnidesk
