#include "db/Database.h"

#include "common/AppInfo.h"
#include "db/Migrations.h"
#include "db/RosterChanges.h"
#include "db/SqlUtil.h"
#include "db/SqliteBackend.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace alumnidesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("alumnidesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Connection>> connect(const QString &path, bool readOnly)
{
    SqliteBackend::configureLibrary();
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Error{QCoreApplication::translate("Database", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."), {}};
    }
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{QCoreApplication::translate("Database", "“%1” could not be opened.").arg(QDir::toNativeSeparators(path)), detail};
    }
    return std::make_unique<Connection>(db, name);
}

struct FileFacts {
    bool exists = false;
    bool sqlite = false;
    qint32 applicationId = 0;
    bool hasTables = false;
    bool hasSchemaVersion = false;
    int version = 0;
};

// A journal SQLite judges not hot — its writer was killed before anything of the transaction reached the
// file, so the journal's header was never completed (its first byte is still zero) — is ignored and left
// behind. It is removed here while this connection holds the write lock, so that it cannot be the journal
// of a writer at work.
void removeIgnoredJournal(QSqlDatabase &db, const QString &journal)
{
    if (!QFileInfo::exists(journal) || !sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")))
        return;
    QFile f(journal);
    char first = 1;
    if (f.open(QIODevice::ReadOnly) && f.read(&first, 1) == 1 && first == 0) {
        f.close();
        QFile::remove(journal);
    }
    (void)sql::exec(db, QStringLiteral("ROLLBACK"));
}

// A write through the rollback journal (a bulk import by the file's only user) that was killed or crashed
// leaves its journal beside the file: SQLite undoes it when a connection that may write reads the file
// next. A read-only connection cannot, and would fail on every read, so the undo happens here, before the
// file is looked at — it puts back the roster as it was before that write, which is what any open would
// show. A journal that is not hot (its writer is still running, or it was already undone) is left alone.
Status undoInterruptedWrite(const QString &path)
{
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() == 0)
        return {};
    auto conn = connect(path, false);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    (void)q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
        q.finish();
        removeIgnoredJournal(conn.value()->db(), journal);
        return {};
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (SqliteBackend::isBusy(q)) // its writer is still at work
        return sql::queryError(q, SqliteBackend::inUseMessage(shown));
    return sql::queryError(q, QCoreApplication::translate("Database", "“%1” holds an unfinished write (an import that was interrupted), "
                                                                     "kept in “%2” beside it, which must be undone before the file can be "
                                                                     "read. AlumniDesk needs write access to the file and its folder to do so.")
                                  .arg(shown, QDir::toNativeSeparators(journal)));
}

// Reads what a file is without writing to it: header bytes first, then a read-only SQLite connection.
Result<FileFacts> inspect(const QString &path)
{
    FileFacts facts;
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return facts;
    facts.exists = true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Database", "“%1” could not be read.").arg(QDir::toNativeSeparators(path)), f.errorString()};
    const QByteArray header = f.read(16);
    f.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return facts;
    facts.sqlite = true;
    if (Status st = undoInterruptedWrite(path); !st)
        return st.error();

    auto conn = connect(path, true);
    if (!conn)
        return conn.error();
    QSqlDatabase &db = conn.value()->db();
    QSqlQuery q(db);
    // A writer that holds the file to itself (a bulk import through the rollback journal) is waited for.
    (void)q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        if (SqliteBackend::isBusy(q))
            return sql::queryError(q, SqliteBackend::inUseMessage(QDir::toNativeSeparators(path)));
        return sql::queryError(q, QCoreApplication::translate("Database", "“%1” is damaged or not a database.").arg(QDir::toNativeSeparators(path)));
    }
    facts.applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return sql::queryError(q, QCoreApplication::translate("Database", "“%1” is damaged or not a database.").arg(QDir::toNativeSeparators(path)));
    while (q.next()) {
        facts.hasTables = true;
        if (q.value(0).toString() == QLatin1String("schema_version"))
            facts.hasSchemaVersion = true;
    }
    if (facts.hasSchemaVersion && facts.applicationId == appinfo::kSqliteApplicationId) {
        if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
            return sql::queryError(q, QCoreApplication::translate("Database", "The schema version of “%1” could not be read.").arg(QDir::toNativeSeparators(path)));
        facts.version = q.value(0).toInt();
    }
    q.finish();
    return facts;
}

// A consistent copy of the whole database (including what is still in the WAL), made from a read-only
// connection so the original is not touched.
Result<QString> backup(const QString &path, int fromVersion)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.schema%2-%3.bak").arg(path).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.schema%2-%3-%4.bak").arg(path).arg(fromVersion).arg(stamp).arg(n);
    auto conn = connect(path, true);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return sql::queryError(q, QCoreApplication::translate("Database", "Before upgrading, a backup copy could not be written to “%1”.")
                                      .arg(QDir::toNativeSeparators(target)));
    return target;
}

// The schema version as the writing connection sees it, read inside its write transaction: another process
// may have migrated the file between inspect() and taking the write lock. 0 for a file with no schema yet.
Result<int> versionUnderLock(QSqlDatabase &db, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Database", "The schema version of “%1” could not be read.").arg(shown));
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Database", "The schema version of “%1” could not be read.").arg(shown));
    return q.value(0).toInt();
}

} // namespace

Connection::Connection(QSqlDatabase db, QString name)
    : m_db(std::move(db))
    , m_name(std::move(name))
{
}

Connection::~Connection()
{
    // Statements a caller still holds (a repository kept past the database) would stop SQLite from closing
    // the file.
    SqliteBackend::releaseStatements(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString Database::defaultPath()
{
    // ~/.local/share/AlumniDesk on Linux, %LOCALAPPDATA%\AlumniDesk on Windows.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("AlumniDesk/alumnidesk.sqlite"));
}

std::unique_ptr<Database> Database::open(const QString &path, OpenError *error)
{
    return openImpl(path, latestSchemaVersion(), false, error);
}

std::unique_ptr<Database> Database::open(const QString &path, OpenError *error, const MigrationStarted &started)
{
    return openImpl(path, latestSchemaVersion(), false, error, started);
}

std::unique_ptr<Database> Database::openExisting(const QString &path, OpenError *error)
{
    return openImpl(path, latestSchemaVersion(), true, error);
}

std::unique_ptr<Database> Database::openAtVersion(const QString &path, int version, OpenError *error)
{
    return openImpl(path, version, false, error);
}

// The schema that added the roster change feed (roster_changes).
constexpr int kRosterChangesSchema = 9;

std::unique_ptr<Database> Database::openImpl(const QString &path, int targetVersion, bool existingReadOnly, OpenError *error,
                                             const MigrationStarted &started)
{
    auto fail = [error](Failure f, Error e) -> std::unique_ptr<Database> {
        if (error)
            *error = {f, std::move(e)};
        return nullptr;
    };
    const QString shown = QDir::toNativeSeparators(path);

    auto facts = inspect(path);
    if (!facts)
        return fail(Failure::CannotOpen, facts.error());
    if (facts->exists && !facts->sqlite)
        return fail(Failure::NotSqlite,
                    {QCoreApplication::translate("Database", "“%1” is not an AlumniDesk database: it is not an SQLite file. It was not changed.").arg(shown), {}});
    const bool ours = facts->applicationId == appinfo::kSqliteApplicationId && facts->hasSchemaVersion;
    if (facts->exists && facts->hasTables && !ours)
        return fail(Failure::NotAlumniDesk,
                    {QCoreApplication::translate("Database", "“%1” is an SQLite database, but not an AlumniDesk one. It was not changed.").arg(shown), {}});
    if (facts->version > latestSchemaVersion())
        return fail(Failure::NewerVersion,
                    {QCoreApplication::translate("Database", "“%1” was written by a newer version of AlumniDesk (database schema %2; this version "
                        "understands up to %3). Install the newer AlumniDesk to open it. The file was not changed.")
                         .arg(shown)
                         .arg(facts->version)
                         .arg(latestSchemaVersion()),
                     {}});

    auto db = std::unique_ptr<Database>(new Database);
    db->m_path = path;
    db->m_backend = std::make_unique<SqliteBackend>();

    if (existingReadOnly) {
        if (!facts->exists || facts->version == 0)
            return fail(Failure::NotFound,
                        {QCoreApplication::translate("Database", "“%1” does not exist or holds no AlumniDesk roster yet.").arg(shown), {}});
        if (facts->version < targetVersion)
            return fail(Failure::OlderVersion,
                        {QCoreApplication::translate("Database", "“%1” was written by an older version of AlumniDesk (database schema %2; this "
                                                                 "version uses %3) and must be upgraded before it can be read. It was not changed.")
                             .arg(shown)
                             .arg(facts->version)
                             .arg(targetVersion),
                         {}});
        auto conn = connect(path, true);
        if (!conn)
            return fail(Failure::CannotOpen, conn.error());
        db->m_connection = std::move(conn.value());
        if (Status st = SqliteBackend::configureReadOnly(db->sql()); !st)
            return fail(Failure::CannotOpen, st.error());
        db->m_schemaVersion = facts->version;
        db->m_readOnly = true;
        return db;
    }

    const bool needsMigration = facts->version < targetVersion;
    if (!facts->exists) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return fail(Failure::CannotOpen, {QCoreApplication::translate("Database", "The folder “%1” could not be created.").arg(QDir::toNativeSeparators(dir)), {}});
    }
    auto conn = connect(path, false);
    if (!conn)
        return fail(Failure::CannotOpen, conn.error());
    db->m_connection = std::move(conn.value());
    QSqlDatabase &s = db->sql();
    if (Status st = db->m_backend->configureConnection(s); !st)
        return fail(Failure::CannotOpen, st.error());

    db->m_schemaVersion = facts->version;
    if (needsMigration) {
        if (Status st = db->m_backend->beginWrite(s); !st)
            return fail(Failure::MigrationFailed, st.error());
        auto rollBackAndFail = [&](Failure f, Error e) {
            (void)sql::exec(s, QStringLiteral("ROLLBACK"));
            return fail(f, std::move(e));
        };
        // Another AlumniDesk may have opened the same old file at the same time and migrated it while we
        // waited for the write lock: what counts is the version seen under the lock, not inspect()'s.
        auto current = versionUnderLock(s, path);
        if (!current)
            return rollBackAndFail(Failure::MigrationFailed, current.error());
        if (current.value() > latestSchemaVersion())
            return rollBackAndFail(Failure::NewerVersion,
                                   {QCoreApplication::translate("Database", "“%1” was written by a newer version of AlumniDesk (database schema %2; this version "
                                                                "understands up to %3). Install the newer AlumniDesk to open it. The file was not changed.")
                                        .arg(shown)
                                        .arg(current.value())
                                        .arg(latestSchemaVersion()),
                                    {}});
        if (current.value() >= targetVersion) {
            (void)sql::exec(s, QStringLiteral("ROLLBACK"));
            db->m_schemaVersion = current.value();
            return db;
        }
        // The copy is taken under the lock, after the re-check, so it is the file this open migrates and
        // only one of several concurrent opens makes one.
        if (current.value() > 0) {
            auto copy = backup(path, current.value());
            if (!copy)
                return rollBackAndFail(Failure::BackupFailed, copy.error());
            db->m_backupPath = copy.value();
        }
        if (started)
            started(db->m_backend->interrupter(s));
        Status st = sql::exec(s, QStringLiteral("PRAGMA application_id = %1").arg(appinfo::kSqliteApplicationId));
        if (st)
            st = applyMigrations(s, *db->m_backend, current.value(), targetVersion);
        if (st)
            st = sql::exec(s, QStringLiteral("COMMIT"));
        if (!st) {
            (void)sql::exec(s, QStringLiteral("ROLLBACK"));
            if (!db->m_backupPath.isEmpty())
                QFile::remove(db->m_backupPath); // the file is unchanged: the copy is the same bytes
            return fail(Failure::MigrationFailed, st.error());
        }
        db->m_schemaVersion = targetVersion;
    }
    if (db->m_schemaVersion >= kRosterChangesSchema) {
        // Housekeeping, not part of opening: a file another program holds locked is pruned next time.
        if (auto pruned = rosterchanges::prune(s); !pruned)
            qWarning("AlumniDesk: the roster change feed was not pruned: %s", qPrintable(pruned.errorText()));
    }
    return db;
}

Database::~Database() = default;

Result<std::shared_ptr<Connection>> Database::openConnection() const
{
    auto conn = connect(m_path, m_readOnly);
    if (!conn)
        return conn.error();
    std::shared_ptr<Connection> shared(std::move(conn.value()));
    if (Status st = SqliteBackend::configureReadOnly(shared->db()); !st)
        return st.error();
    return shared;
}

} // namespace alumnidesk
