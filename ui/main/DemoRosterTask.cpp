#include "main/DemoRosterTask.h"

#include "db/Database.h"
#include "demo/DemoFile.h"
#include "demo/DemoRoster.h"

#include <QCoreApplication>
#include <QEventLoop>
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
        demo::DemoOptions options;
        options.rows = rows;
        options.seed = 1;
        demo::DemoFailure failure = demo::DemoFailure::None;
        const demo::DemoProgress report = [&](qint64 n, qint64) { done = n; };
        Result<demo::DemoSummary> summary = Error{};
        if (!existed) {
            // Built aside and named when complete: a cancel leaves no file at all.
            summary = demo::generateDemoFile(path, options, report, &cancel, &failure);
        } else {
            Database::OpenError openError;
            auto db = Database::open(path, &openError);
            if (!db) {
                error = openError.error.fullText();
                return;
            }
            summary = demo::generateDemoRoster(*db, options, report, &cancel, &failure);
        }
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

    if (cancelled)
        *cancelled = wasCancelled;
    return error;
}

} // namespace alumnidesk::ui
