// An open AlumniDesk database file: recognised, migrated and configured. Opening never writes to a file
// that is not AlumniDesk's or that a newer AlumniDesk wrote, and copies an older file aside before upgrading.
#pragma once

#include "common/Result.h"
#include "db/StoreBackend.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace alumnidesk {

/// One named Qt SQL connection, closed and unregistered when destroyed. Use it on one thread only.
class Connection {
public:
    Connection(QSqlDatabase db, QString name);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_name;
};

class Database {
public:
    enum class Failure {
        None,
        NotSqlite,
        NotAlumniDesk,
        NewerVersion,
        CannotOpen,
        BackupFailed,
        MigrationFailed,
        NotFound,     ///< openExisting: no file, or a file with no roster in it yet
        OlderVersion, ///< openExisting: the file needs an upgrade that only a writing open does
    };

    struct OpenError {
        Failure failure = Failure::None;
        Error error;
    };

    /// Opens (creating when absent) and migrates the database at path. On failure the file is unchanged
    /// (and the copy taken before migrating, identical to it, is removed).
    static std::unique_ptr<Database> open(const QString &path, OpenError *error = nullptr);

    /// For a caller that shows a migration's progress: `started` is called on the opening thread just
    /// before the migrations run, with a function that stops them from any thread (they then fail and
    /// roll back; the file is unchanged). Called only when the file needs an upgrade.
    using MigrationStarted = std::function<void(std::function<void()> interrupt)>;
    static std::unique_ptr<Database> open(const QString &path, OpenError *error, const MigrationStarted &started);

    /// Opens an existing roster for reading only: never creates, migrates or writes to the file. A missing
    /// file is NotFound, an older schema OlderVersion (open() upgrades it).
    static std::unique_ptr<Database> openExisting(const QString &path, OpenError *error = nullptr);

    /// Opens a file without migrating beyond `version` (tests build old-schema files with it).
    static std::unique_ptr<Database> openAtVersion(const QString &path, int version, OpenError *error = nullptr);

    /// Where the roster lives when no --db is given: the platform's application data directory.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_connection->db(); }
    const StoreBackend &backend() const { return *m_backend; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The copy made before this open migrated the file; empty when nothing was migrated.
    const QString &migrationBackupPath() const { return m_backupPath; }

    /// True for a database opened with openExisting().
    bool isReadOnly() const { return m_readOnly; }

    /// A further connection to the same file, for a worker thread (create, use and destroy it there).
    Result<std::shared_ptr<Connection>> openConnection() const;

private:
    Database() = default;
    static std::unique_ptr<Database> openImpl(const QString &path, int targetVersion, bool existingReadOnly, OpenError *error,
                                              const MigrationStarted &started = {});

    std::unique_ptr<StoreBackend> m_backend;
    std::unique_ptr<Connection> m_connection;
    QString m_path;
    QString m_backupPath;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

} // namespace alumnidesk
