// The seam between portable roster SQL and what one kind of database does its own way: connection set-up,
// write transactions, the full-text search index and bulk-load switches. SQLite is the first backend; a
// PostgreSQL backend (QPSQL, pg_trgm/pg_bigm) is meant to be an addition here, not a rewrite elsewhere.
#pragma once

#include "common/Result.h"
#include "db/Statement.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QPair>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>

namespace alumnidesk {

class StoreBackend {
public:
    virtual ~StoreBackend() = default;

    /// Qt SQL driver name ("QSQLITE", "QPSQL").
    virtual QString driverName() const = 0;

    /// Run once on every new connection, before anything else (pragmas, custom tokenizers).
    virtual Status configureConnection(QSqlDatabase &db) const = 0;

    /// Prepares a statement to run many times. The default wraps QSqlQuery; a backend may do better.
    virtual Result<std::unique_ptr<Statement>> prepare(QSqlDatabase &db, const QString &sql) const
    {
        return Statement::prepareWithQt(db, sql);
    }

    /// A function that makes whatever statement runs on this connection stop soon with an error; it may be
    /// called from any thread while the connection is open (a worker's long sort, when the user switches
    /// files). Empty when the backend cannot interrupt.
    virtual std::function<void()> interrupter(QSqlDatabase &db) const
    {
        Q_UNUSED(db);
        return {};
    }

    /// Starts a write transaction that will not deadlock with concurrent readers.
    virtual Status beginWrite(QSqlDatabase &db) const = 0;

    /// DDL that creates the search index over the alumni table and keeps it current.
    virtual QStringList searchIndexSchema() const = 0;

    /// An SQL condition on the alumni id (`idExpr` as the surrounding query names it) that is true for the
    /// rows matching what the user typed, with its named parameters. Empty sql when the query is blank;
    /// "0" when it is not blank but holds nothing searchable.
    struct Condition {
        QString sql;
        QVector<QPair<QString, QVariant>> binds;
    };
    virtual Result<Condition> searchCondition(QSqlDatabase &db, const QString &idExpr, const QString &userQuery) const = 0;

    /// The ids of every alumnus matching the query, ascending. Faster than searchCondition when the caller
    /// only needs the set (the roster list intersects it with an order it already holds).
    virtual Result<QVector<qint64>> searchMatches(QSqlDatabase &db, const QString &userQuery) const = 0;

    /// A number that changes whenever the roster data may have changed, through any connection; lets a
    /// connection keep derived data (an ordered id list) until it is stale.
    virtual qint64 changeCounter(QSqlDatabase &db) const = 0;

    /// Bulk loads: tune the connection (larger cache, parallel index sorting) and put it back; `saved`
    /// carries whatever must be restored.
    virtual QVariant enterBulkMode(QSqlDatabase &db) const = 0;
    virtual void leaveBulkMode(QSqlDatabase &db, const QVariant &saved) const = 0;
    /// A pass that streams through the roster once (it reads no page twice) needs no large page cache:
    /// caps the connection's at `kib` and returns what restorePageCache() puts back (invalid: unchanged).
    virtual QVariant capPageCache(QSqlDatabase &db, int kib) const
    {
        Q_UNUSED(db)
        Q_UNUSED(kib)
        return {};
    }
    virtual void restorePageCache(QSqlDatabase &db, const QVariant &saved) const
    {
        Q_UNUSED(db)
        Q_UNUSED(saved)
    }
    /// A bulk load that verifies its rows itself afterwards may stop the CHECK constraints while it inserts
    /// (SQLite builds the list of an `IN (…)` check anew for every single-row INSERT). Returns whether they
    /// are off now; a backend that cannot stop them keeps checking and returns false.
    virtual bool suspendCheckConstraints(QSqlDatabase &db) const
    {
        Q_UNUSED(db)
        return false;
    }
    virtual void resumeCheckConstraints(QSqlDatabase &db) const { Q_UNUSED(db) }
    /// Lets the sort of CREATE INDEX use helper threads (on) or not (off, the default); returns whether
    /// they are on now.
    virtual bool useSortHelpers(QSqlDatabase &db, bool on) const
    {
        Q_UNUSED(db)
        Q_UNUSED(on)
        return false;
    }
    /// Writes the pages the open transaction changed so far out of the connection's page cache (still
    /// uncommitted: a rollback or a crash undoes them as before), so that a cache given back, e.g. that of
    /// dropped temporary tables, really leaves memory. Nothing by default.
    virtual void flushPageCache(QSqlDatabase &db) const { Q_UNUSED(db) }
    /// Drops the secondary indexes of these tables (keeping those that enforce UNIQUE or the primary key)
    /// and returns their names and CREATE statements, to be run again after the load.
    virtual Result<QVector<QPair<QString, QString>>> dropSecondaryIndexes(QSqlDatabase &db, const QStringList &tables) const = 0;
    /// After a committed bulk load: fold what the load left in logs into the file. Failing loses nothing.
    virtual void compactAfterBulkLoad(QSqlDatabase &db) const = 0;

    /// A large write by the file's only user may go through a rollback journal instead of the write-ahead
    /// log: pages new to the file are then written once (the log writes every page twice, into the log and
    /// again into the file at the checkpoint), and a crash or a rollback still undoes the whole transaction.
    /// Outside a transaction only. Returns whether the connection now writes that way; false, with nothing
    /// changed, when another connection has the file open (the log is what lets it go on reading) or the
    /// backend has no such mode. leaveSoleWriterJournal() puts the everyday mode back.
    virtual bool enterSoleWriterJournal(QSqlDatabase &db) const
    {
        Q_UNUSED(db)
        return false;
    }
    virtual Status leaveSoleWriterJournal(QSqlDatabase &db) const
    {
        Q_UNUSED(db)
        return {};
    }

    /// Building a brand-new file that no one else has open and that is deleted unless the build completes
    /// (the demo roster): switch off what only protects the data already in a file (the rollback journal or
    /// write-ahead log, syncing), so every page is written once. A failed transaction cannot be rolled back
    /// in this mode: the caller must throw the file away. endNewFileBuild() puts the everyday settings back
    /// and makes the file durable. A backend without such a mode does nothing.
    virtual Status beginNewFileBuild(QSqlDatabase &db) const
    {
        Q_UNUSED(db);
        return {};
    }
    virtual Status endNewFileBuild(QSqlDatabase &db) const
    {
        Q_UNUSED(db);
        return {};
    }

    /// Date arithmetic for SQL that must agree with C++ (eligibility rules). Dates are ISO text expressions.
    /// Whole months from `first` (counted) to `end` (not counted), as eligibility/TenureMath.h defines them;
    /// NULL when either is NULL.
    virtual QString wholeMonthsSql(const QString &first, const QString &end) const = 0;
    /// The day after a date, as ISO text; NULL for NULL.
    virtual QString nextDaySql(const QString &date) const = 0;
    /// The largest of two or more non-NULL integer expressions.
    virtual QString greatestSql(const QStringList &values) const = 0;

    /// Stops keeping the search index current row by row (bulk loads), and rebuilds it in one pass after.
    virtual Status suspendSearchIndex(QSqlDatabase &db) const = 0;
    virtual Status rebuildSearchIndex(QSqlDatabase &db) const = 0;
    /// A search index rebuild that runs beside the caller's own work (a bulk load re-creating its indexes):
    /// started on the connection's thread, it takes what it needs from the rows there and builds elsewhere;
    /// finish() waits for it and puts the result in place, triggers included, on the same connection and in
    /// the same transaction. Destroying it unfinished (an error, a cancel) stops it and leaves the connection's
    /// search index as it was in the transaction, which the caller then rolls back.
    class SearchIndexBuild {
    public:
        virtual ~SearchIndexBuild() = default;
        virtual Status finish(QSqlDatabase &db) = 0;
        /// Still building (on its own thread): finish() would wait.
        virtual bool running() const = 0;
    };
    /// Starts such a rebuild; null when the backend has none (then call rebuildSearchIndex() instead).
    /// `cancelled` is asked on the connection's thread only; a cancelled build fails.
    virtual Result<std::unique_ptr<SearchIndexBuild>> startSearchIndexBuild(QSqlDatabase &db, const std::function<bool()> &cancelled) const
    {
        Q_UNUSED(db)
        Q_UNUSED(cancelled)
        return std::unique_ptr<SearchIndexBuild>();
    }
    /// Replaces the search index, in whatever earlier shape it has, by the current one, filled (a migration).
    virtual Status recreateSearchIndex(QSqlDatabase &db) const = 0;

    /// The alumnus_skills table (one row per skill and person, derived from alumni.skills): DDL that keeps
    /// it current row by row, followed by the statement that fills it for the rows already there.
    virtual QStringList skillsIndexSchema() const = 0;
    /// Stops keeping alumnus_skills current row by row (bulk loads), and rebuilds it in one pass after.
    virtual Status suspendSkillsIndex(QSqlDatabase &db) const = 0;
    virtual Status rebuildSkillsIndex(QSqlDatabase &db) const = 0;
};

} // namespace alumnidesk
