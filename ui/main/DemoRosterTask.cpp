#include "main/DemoRosterTask.h"

#include "db/Database.h"
#include "demo/DemoRoster.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace alumnidesk::ui {

QString createDemoRoster(QWidget *parent, const QString &path, int rows, bool *cancelled)
{
    const bool existed = QFileInfo::exists(path);
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    QString error;
    bool wasCancelled = false;

    QProgressDialog progress(QCoreApplication::translate("DemoRosterTask", "Creating a demo roster of %1 alumni…")
                                 .arg(rows),
                             QCoreApplication::translate("DemoRosterTask", "Cancel"), 0, rows, parent);
    progress.setWindowTitle(QCoreApplication::translate("DemoRosterTask", "Demo roster"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    QThread *worker = QThread::create([&] {
        Database::OpenError openError;
        auto db = Database::open(path, &openError);
        if (!db) {
            error = openError.error.fullText();
            return;
        }
        demo::DemoOptions options;
        options.rows = rows;
        options.seed = 1;
        demo::DemoFailure failure = demo::DemoFailure::None;
        auto summary = demo::generateDemoRoster(*db, options, [&](qint64 n, qint64) { done = n; }, &cancel, &failure);
        if (!summary) {
            error = summary.errorText();
            wasCancelled = failure == demo::DemoFailure::Cancelled;
        }
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancel = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(int(done.load())); });
    poll.start(50);
    worker->start();
    loop.exec();
    poll.stop();
    worker->wait();
    delete worker;
    progress.close();

    if (!error.isEmpty() && !existed) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    if (cancelled)
        *cancelled = wasCancelled;
    return error;
}

} // namespace alumnidesk::ui
