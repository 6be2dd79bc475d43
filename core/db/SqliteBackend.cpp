#include "db/SqliteBackend.h"

#include "db/SqlUtil.h"
#include "db/SqliteSearchIndex.h"
#include "db/SqliteSearchIndexBuild.h"
#include "db/SqliteSkillsIndex.h"
#include "db/SqliteStatement.h"
#include "search/NgramTokenizer.h"
#include "search/SearchPlan.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <mutex>
#include <optional>
#include <utility>

namespace alumnidesk {

namespace {

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

QString SqliteBackend::driverName() const
{
    return QStringLiteral("QSQLITE");
}

Status SqliteBackend::configureReadOnly(QSqlDatabase &db)
{
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return Error{QCoreApplication::translate("Database", "The SQLite driver did not expose its connection."), {}};
    if (Status st = search::registerNgramTokenizer(h); !st)
        return st;
    return sql::execAll(db, {QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON"),
                             QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -32000")});
}

void SqliteBackend::releaseStatements(QSqlDatabase &db)
{
    if (!db.isOpen())
        return;
    if (sqlite3 *h = nativeHandle(db))
        SqliteStatement::finalizeAll(h);
}

Status SqliteBackend::configureConnection(QSqlDatabase &db) const
{
    if (Status st = configureReadOnly(db); !st)
        return st;
    const QString shown = QDir::toNativeSeparators(db.databaseName());
    // SQLite opens a file it may not write to read-only without saying so; every save would then fail with
    // a cryptic "attempt to write a readonly database".
    if (sqlite3 *h = nativeHandle(db); h && sqlite3_db_readonly(h, "main") == 1)
        return Error{QCoreApplication::translate("Database", "“%1” is read-only (its permissions, or a read-only drive or share): "
                                                             "AlumniDesk needs to write to the roster. Copy it to a folder of your own or ask "
                                                             "for write access.")
                         .arg(shown),
                     {}};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
        if (isBusy(q))
            return sql::queryError(q, inUseMessage(shown));
        return sql::queryError(q, QCoreApplication::translate("Database", "The database could not be switched to WAL mode."));
    }
    // The pragma answers with the mode in force, which is not WAL when it could not be switched (the folder
    // does not allow the -wal and -shm files, or another program holds the file in another mode).
    const QString mode = q.value(0).toString().toLower();
    q.finish();
    if (mode != QLatin1String("wal"))
        return Error{QCoreApplication::translate("Database", "“%1” could not be switched to WAL mode (it stays in “%2” mode): the folder must "
                                                             "allow AlumniDesk to create files beside it, and no other program may hold the "
                                                             "file open in another mode.")
                         .arg(shown, mode),
                     {}};
    return sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

QString SqliteBackend::inUseMessage(const QString &shownPath)
{
    return QCoreApplication::translate("Database", "“%1” is in use by another program, which keeps it locked. Close that program "
                                                   "(or wait until it has finished) and try again.")
        .arg(shownPath);
}

bool SqliteBackend::isBusy(const QSqlQuery &q)
{
    return q.lastError().nativeErrorCode() == QLatin1String("5"); // SQLITE_BUSY
}

std::function<void()> SqliteBackend::interrupter(QSqlDatabase &db) const
{
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return {};
    // sqlite3_interrupt is safe from any thread as long as the connection is open.
    return [h] { sqlite3_interrupt(h); };
}

Status SqliteBackend::beginWrite(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    // SQLITE_BUSY after the busy timeout: another process holds the write lock.
    if (isBusy(q))
        return sql::queryError(q, inUseMessage(QDir::toNativeSeparators(db.databaseName())));
    return sql::queryError(q, QCoreApplication::translate("Database", "A database statement failed."));
}

Result<std::unique_ptr<Statement>> SqliteBackend::prepare(QSqlDatabase &db, const QString &sqlText) const
{
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return Statement::prepareWithQt(db, sqlText);
    return SqliteStatement::prepare(h, sqlText);
}

QStringList SqliteBackend::searchIndexSchema() const
{
    return sqlitesearch::schema();
}

Result<search::SearchPlan> SqliteBackend::searchPlan(QSqlDatabase &db, const QString &userQuery)
{
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return Error{QCoreApplication::translate("Database", "The SQLite driver did not expose its connection."), {}};
    QStringList domains;
    if (Status st = sqlitesearch::domains(h, domains); !st)
        return st.error();
    return search::searchPlan(userQuery, domains);
}

Result<StoreBackend::Condition> SqliteBackend::searchCondition(QSqlDatabase &db, const QString &idExpr, const QString &userQuery) const
{
    Condition c;
    if (userQuery.trimmed().isEmpty())
        return c;
    auto plan = searchPlan(db, userQuery);
    if (!plan)
        return plan.error();
    const sqlitesearch::SqlCondition sqlCondition = sqlitesearch::condition(idExpr, plan.value());
    c.sql = sqlCondition.sql;
    c.binds = sqlCondition.binds;
    return c;
}

Result<QVector<qint64>> SqliteBackend::searchMatches(QSqlDatabase &db, const QString &userQuery) const
{
    QVector<qint64> ids;
    if (search::queryWords(userQuery).isEmpty())
        return ids;
    auto plan = searchPlan(db, userQuery);
    if (!plan)
        return plan.error();
    if (Status st = sqlitesearch::matches(nativeHandle(db), plan.value(), ids); !st)
        return st.error();
    return ids;
}

qint64 SqliteBackend::changeCounter(QSqlDatabase &db) const
{
    // data_version moves when another connection commits; total_changes counts this connection's own writes.
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return -1;
    // The pragma (unlike the pager's cached file control) looks at the file, so it sees commits made since.
    qint64 dataVersion = -1;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        dataVersion = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return (dataVersion << 32) ^ qint64(sqlite3_total_changes64(h));
}

QString SqliteBackend::wholeMonthsSql(const QString &first, const QString &end) const
{
    // ISO text dates: the parts are fixed substrings, cheaper than strftime() a million times.
    auto part = [](const QString &date, int from, int length) {
        return QStringLiteral("CAST(substr(%1, %2, %3) AS INTEGER)").arg(date).arg(from).arg(length);
    };
    return QStringLiteral("((%1 - %2) * 12 + %3 - %4 - (%5 < %6))")
        .arg(part(end, 1, 4), part(first, 1, 4), part(end, 6, 2), part(first, 6, 2), part(end, 9, 2), part(first, 9, 2));
}

QString SqliteBackend::nextDaySql(const QString &date) const
{
    return QStringLiteral("date(%1, '+1 day')").arg(date);
}

QString SqliteBackend::greatestSql(const QStringList &values) const
{
    // SQLite's max() with one argument is the aggregate; with two or more, the scalar.
    return values.size() == 1 ? values.constFirst() : QStringLiteral("max(%1)").arg(values.join(QStringLiteral(", ")));
}

namespace {

// Page cache for a bulk load, in KiB (SQLite's negative cache_size). Larger caches (256 MB) made the
// search-index rebuild of a million rows faster but kept the import's peak memory far above its 150 MB
// budget; 64 MB is the compromise. Only pages actually used are allocated.
constexpr int kBulkCacheKiB = 64 * 1024;

QString quotedName(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

namespace {

// The connection's cache_size as set (negative: KiB, positive: pages) and in KiB (pages taken as 4 KiB).
std::optional<std::pair<int, qint64>> pageCache(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return std::nullopt;
    const int current = q.value(0).toInt();
    return std::make_pair(current, current < 0 ? -qint64(current) : qint64(current) * 4);
}

} // namespace

QVariant SqliteBackend::enterBulkMode(QSqlDatabase &db) const
{
    // No helper threads for CREATE INDEX's sort here (derivedtables::rebuildAll turns them on once the
    // search index's build on the second core is done): beside the build they took CPU from it and about
    // 20 MB more (1,000,000 rows: the same time, peak 146 → 127–130 MB).
    const auto cache = pageCache(db);
    if (!cache || cache->second >= kBulkCacheKiB || !sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(-kBulkCacheKiB)))
        return {};
    return cache->first;
}

void SqliteBackend::configureLibrary()
{
    // No memory statistics: keeping them took a process-wide mutex around every allocation SQLite made, and
    // the sort of CREATE INDEX allocates for every record. AlumniDesk reads none of them (no heap limit).
    static std::once_flag once;
    std::call_once(once, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

bool SqliteBackend::useSortHelpers(QSqlDatabase &db, bool on) const
{
    // SQLite's multi-threaded sorter: up to two helper threads for CREATE INDEX.
    return sql::exec(db, QStringLiteral("PRAGMA threads = %1").arg(on ? 2 : 0)).ok() && on;
}

void SqliteBackend::leaveBulkMode(QSqlDatabase &db, const QVariant &saved) const
{
    restorePageCache(db, saved);
}

QVariant SqliteBackend::capPageCache(QSqlDatabase &db, int kib) const
{
    const auto cache = pageCache(db);
    if (!cache || cache->second <= kib || !sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(-kib)))
        return {};
    return cache->first;
}

void SqliteBackend::restorePageCache(QSqlDatabase &db, const QVariant &saved) const
{
    if (saved.isValid())
        (void)sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(saved.toInt()));
}

// A flag pragma: SQLite expires the connection's prepared statements, which compile again (with or without
// the checks) when next run.
bool SqliteBackend::suspendCheckConstraints(QSqlDatabase &db) const
{
    return sql::exec(db, QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok();
}

void SqliteBackend::resumeCheckConstraints(QSqlDatabase &db) const
{
    (void)sql::exec(db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
}

// Dirty pages cannot leave the page cache before commit unless written out: sqlite3_db_cacheflush()
// writes them (to the write-ahead log or the temporary file, uncommitted) and leaves them clean, so a
// cache_size lowered afterwards frees them.
void SqliteBackend::flushPageCache(QSqlDatabase &db) const
{
    if (sqlite3 *handle = nativeHandle(db))
        (void)sqlite3_db_cacheflush(handle);
}

// Automatic indexes (UNIQUE, PRIMARY KEY: sql IS NULL) stay, because the load relies on them.
Result<QVector<QPair<QString, QString>>> SqliteBackend::dropSecondaryIndexes(QSqlDatabase &db, const QStringList &tables) const
{
    QStringList quoted;
    for (const QString &t : tables)
        quoted.append(QLatin1Char('\'') + QString(t).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (%1) "
                               "AND sql IS NOT NULL ORDER BY name")
                    .arg(quoted.join(QStringLiteral(", ")))))
        return sql::queryError(q, QCoreApplication::translate("Roster", "The roster's indexes could not be read."));
    QVector<QPair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &index : std::as_const(indexes)) {
        if (Status st = sql::exec(db, QStringLiteral("DROP INDEX ") + quotedName(index.first)); !st)
            return st.error();
    }
    return indexes;
}

void SqliteBackend::compactAfterBulkLoad(QSqlDatabase &db) const
{
    // The load went through the write-ahead log; fold it into the file rather than leave a log as large as
    // the roster for the next writer to checkpoint.
    (void)sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

namespace {

// Sets the journal mode — `pragma` is "journal_mode" (every database of the connection) or "main.journal_mode"
// (the roster's alone) — and checks the mode SQLite reports back (it keeps the old one when it cannot switch).
Status switchJournalMode(QSqlDatabase &db, const QString &pragma, const QString &mode, const QString &failure)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma, mode)) || !q.next())
        return sql::queryError(q, failure);
    const QString now = q.value(0).toString().toLower();
    q.finish();
    if (now != mode)
        return Error{failure, QStringLiteral("%1 instead of %2").arg(now, mode)};
    return {};
}

QString newFileJournalError()
{
    return QCoreApplication::translate("Database", "The journal mode of the new file could not be set.");
}

} // namespace

// Leaving WAL needs the file to itself: with another connection open (in this process or another) SQLite
// refuses at once, without waiting, and the mode stays WAL. Only the main database's mode changes (an import's
// attached staging keeps its own). While the file is in this mode a program that opens it is told it is in use.
bool SqliteBackend::enterSoleWriterJournal(QSqlDatabase &db) const
{
    return bool(switchJournalMode(db, QStringLiteral("main.journal_mode"), QStringLiteral("delete"), QString()));
}

Status SqliteBackend::leaveSoleWriterJournal(QSqlDatabase &db) const
{
    return switchJournalMode(db, QStringLiteral("main.journal_mode"), QStringLiteral("wal"),
                             QCoreApplication::translate("Database", "The database could not be switched to WAL mode."));
}

// Without a journal a page is written once, straight into the file, instead of into the write-ahead log and
// again at the checkpoint; nothing is synced until the end. The file's only connection is this one.
Status SqliteBackend::beginNewFileBuild(QSqlDatabase &db) const
{
    if (Status st = switchJournalMode(db, QStringLiteral("journal_mode"), QStringLiteral("off"), newFileJournalError()); !st)
        return st;
    return sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
}

// Back to WAL as configureConnection() sets it; the checkpoint after the switch syncs the file, so it is
// complete on disk before anyone gives it its final name.
Status SqliteBackend::endNewFileBuild(QSqlDatabase &db) const
{
    if (Status st = sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL")); !st)
        return st;
    if (Status st = switchJournalMode(db, QStringLiteral("journal_mode"), QStringLiteral("wal"), newFileJournalError()); !st)
        return st;
    return sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status SqliteBackend::suspendSearchIndex(QSqlDatabase &db) const
{
    return sql::execAll(db, sqlitesearch::dropTriggers());
}

Status SqliteBackend::rebuildSearchIndex(QSqlDatabase &db) const
{
    if (Status st = suspendSearchIndex(db); !st)
        return st;
    if (Status st = sql::execAll(db, sqlitesearch::rebuildStatements()); !st)
        return st;
    return sql::execAll(db, sqlitesearch::triggers());
}

namespace {

// The three FTS5 tables built on a worker thread (db/SqliteSearchIndexBuild.h), the triggers put back after.
class SqliteSearchIndexBuild final : public StoreBackend::SearchIndexBuild {
public:
    explicit SqliteSearchIndexBuild(std::unique_ptr<sqlitesearch::IndexBuild> build)
        : m_build(std::move(build))
    {
    }
    Status finish(QSqlDatabase &db) override
    {
        sqlite3 *h = nativeHandle(db);
        if (!h)
            return Error{QCoreApplication::translate("Database", "The SQLite driver did not expose its connection."), {}};
        if (Status st = m_build->finish(h); !st)
            return st;
        m_build.reset();
        return sql::execAll(db, sqlitesearch::triggers());
    }
    bool running() const override { return m_build && m_build->running(); }

private:
    std::unique_ptr<sqlitesearch::IndexBuild> m_build;
};

} // namespace

Result<std::unique_ptr<StoreBackend::SearchIndexBuild>> SqliteBackend::startSearchIndexBuild(QSqlDatabase &db,
                                                                                            const std::function<bool()> &cancelled) const
{
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return Error{QCoreApplication::translate("Database", "The SQLite driver did not expose its connection."), {}};
    if (Status st = suspendSearchIndex(db); !st)
        return st.error();
    auto build = sqlitesearch::IndexBuild::start(h, cancelled);
    if (!build)
        return build.error();
    return std::unique_ptr<SearchIndexBuild>(std::make_unique<SqliteSearchIndexBuild>(std::move(build).value()));
}

Status SqliteBackend::recreateSearchIndex(QSqlDatabase &db) const
{
    if (Status st = sql::execAll(db, sqlitesearch::dropAll()); !st)
        return st;
    if (Status st = sql::execAll(db, sqlitesearch::schema()); !st)
        return st;
    return rebuildSearchIndex(db);
}

QStringList SqliteBackend::skillsIndexSchema() const
{
    return sqliteskills::triggers() << sqliteskills::fillStatement();
}

Status SqliteBackend::suspendSkillsIndex(QSqlDatabase &db) const
{
    return sql::execAll(db, sqliteskills::dropTriggers());
}

// Emptied and filled again in one pass, with its secondary index built afterwards from sorted keys: what a
// bulk load inserted (or updated) while the triggers were off is then exactly what they would have written.
Status SqliteBackend::rebuildSkillsIndex(QSqlDatabase &db) const
{
    if (Status st = suspendSkillsIndex(db); !st)
        return st;
    if (Status st = sql::exec(db, QStringLiteral("DELETE FROM alumnus_skills")); !st)
        return st;
    auto dropped = dropSecondaryIndexes(db, {QStringLiteral("alumnus_skills")});
    if (!dropped)
        return dropped.error();
    if (Status st = sql::exec(db, sqliteskills::fillStatement()); !st)
        return st;
    for (const auto &index : std::as_const(dropped.value())) {
        if (Status st = sql::exec(db, index.second); !st)
            return st;
    }
    return sql::execAll(db, sqliteskills::triggers());
}

} // namespace alumnidesk
