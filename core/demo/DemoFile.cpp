#include "demo/DemoFile.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace alumnidesk::demo {

namespace {

const QString kSidecars[] = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool anyExists(const QString &path)
{
    for (const QString &suffix : kSidecars) {
        if (QFileInfo::exists(path + suffix))
            return true;
    }
    return false;
}

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : kSidecars)
        QFile::remove(path + suffix);
}

// Beside the target (same folder, so the final rename stays on one file system), never a name in use.
QString temporaryNameFor(const QString &path)
{
    const QString base = QStringLiteral("%1.%2.building").arg(path).arg(QCoreApplication::applicationPid());
    QString name = base;
    for (int n = 2; anyExists(name); ++n)
        name = base + QString::number(n);
    return name;
}

// SQLite synced the file at its last checkpoint; this makes sure of it on every platform before the name
// says the file is complete.
bool syncToDisk(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(f.handle()) == 0;
#else
    return ::fsync(f.handle()) == 0;
#endif
}

} // namespace

Result<DemoSummary> generateDemoFile(const QString &path, const DemoOptions &options, const DemoProgress &progress,
                                     const std::atomic_bool *cancel, DemoFailure *failure)
{
    QElapsedTimer wall;
    wall.start();
    auto failed = [failure](DemoFailure why, const Error &error) -> Result<DemoSummary> {
        if (failure)
            *failure = why;
        return error;
    };
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return failed(DemoFailure::Database,
                      Error{QCoreApplication::translate("Demo", "“%1” already exists; a new demo file is never written over "
                                                                "another file.")
                                .arg(shown),
                            {}});
    const QString temporary = temporaryNameFor(path);

    Result<DemoSummary> summary = Error{};
    qint64 finishMs = 0;
    {
        Database::OpenError openError;
        auto db = Database::open(temporary, &openError);
        if (!db) {
            removeWithSidecars(temporary);
            return failed(DemoFailure::Database, openError.error);
        }
        if (Status st = db->backend().beginNewFileBuild(db->sql()); !st) {
            db.reset();
            removeWithSidecars(temporary);
            return failed(DemoFailure::Database, st.error());
        }
        summary = generateDemoRoster(*db, options, progress, cancel, failure);
        if (summary) {
            QElapsedTimer finish;
            finish.start();
            if (Status st = db->backend().endNewFileBuild(db->sql()); !st)
                summary = failed(DemoFailure::Database, st.error());
            db.reset(); // closes the file: the rename must not happen under an open connection
            finishMs = finish.elapsed();
        }
    }
    if (!summary) {
        removeWithSidecars(temporary);
        return summary;
    }

    QElapsedTimer finish;
    finish.start();
    if (!syncToDisk(temporary)) {
        removeWithSidecars(temporary);
        return failed(DemoFailure::Database,
                      Error{QCoreApplication::translate("Demo", "The new file “%1” could not be written to disk.")
                                .arg(QDir::toNativeSeparators(temporary)),
                            {}});
    }
    // QFile::rename never replaces an existing file: a file created at the target meanwhile is kept.
    if (!QFile::rename(temporary, path)) {
        removeWithSidecars(temporary);
        return failed(DemoFailure::Database,
                      Error{QCoreApplication::translate("Demo", "The finished demo roster could not be named “%1” (did another "
                                                                "program create a file there meanwhile?); nothing was "
                                                                "written there.")
                                .arg(shown),
                            {}});
    }
    removeWithSidecars(temporary); // an empty -wal or -shm left by the closed connection
    summary.value().timings.commit += finishMs + finish.elapsed();
    summary.value().seconds = double(wall.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace alumnidesk::demo
