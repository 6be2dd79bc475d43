#include "main/UpgradeTask.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <mutex>

namespace alumnidesk::ui {

UpgradeOutcome upgradeRosterIfNeeded(QWidget *parent, const QString &path)
{
    Database::OpenError peekError;
    if (Database::openExisting(path, &peekError) || peekError.failure != Database::Failure::OlderVersion)
        return {};

    UpgradeOutcome outcome;
    std::atomic_bool cancel{false};
    std::mutex interruptLock;
    std::function<void()> interrupt;

    QProgressDialog progress(QCoreApplication::translate("UpgradeTask",
                                                         "Upgrading “%1” for this version of AlumniDesk…\n"
                                                         "A copy of the file is kept first. This is done once and can "
                                                         "take a minute for a large roster.")
                                 .arg(QFileInfo(path).fileName()),
                             QCoreApplication::translate("UpgradeTask", "Cancel"), 0, 0, parent);
    progress.setWindowTitle(QCoreApplication::translate("UpgradeTask", "Upgrading the roster"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    QThread *worker = QThread::create([&] {
        Database::OpenError error;
        auto db = Database::open(path, &error, [&](std::function<void()> stop) {
            std::lock_guard<std::mutex> lock(interruptLock);
            interrupt = std::move(stop);
        });
        {
            std::lock_guard<std::mutex> lock(interruptLock);
            interrupt = nullptr;
        }
        if (db) {
            outcome.kind = UpgradeOutcome::Upgraded;
            outcome.backupPath = db->migrationBackupPath();
        } else if (cancel) {
            outcome.kind = UpgradeOutcome::Cancelled;
        } else {
            outcome.kind = UpgradeOutcome::Failed;
            outcome.error = error.error.fullText();
        }
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancel = true;
        progress.setLabelText(QCoreApplication::translate("UpgradeTask", "Cancelling; the file stays as it was…"));
    });
    // An interrupt only stops a statement that is running, so it is repeated until the work has ended.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        if (!cancel)
            return;
        std::lock_guard<std::mutex> lock(interruptLock);
        if (interrupt)
            interrupt();
    });
    poll.start(20);
    worker->start();
    progress.show();
    loop.exec();
    poll.stop();
    worker->wait();
    delete worker;
    progress.close();
    return outcome;
}

} // namespace alumnidesk::ui
