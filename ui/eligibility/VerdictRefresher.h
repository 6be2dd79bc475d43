// Keeps the materialised verdicts of every rule set current for the roster's Eligibility column and filter.
// When they are stale (a roster edit, a rule change, a new day) it re-evaluates them on a worker thread with
// its own connection — one set-based SQL statement per rule set, about two seconds at a million alumni —
// while the window shows "updating verdicts…". Requests during a run are folded into one more run.
#pragma once

#include <QObject>

class QTimer;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class BackgroundJob;

class VerdictRefresher : public QObject {
    Q_OBJECT
public:
    explicit VerdictRefresher(QObject *parent = nullptr);
    ~VerdictRefresher() override;

    /// Refreshes what is stale in db at once (nullptr: waits for a run on the old file to end).
    void setDatabase(Database *db);
    /// Asks for a refresh soon (after a short pause, so a burst of edits costs one run).
    void schedule();
    /// Refreshes now (or right after the run under way).
    void refreshNow();
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    /// A run ended; `changed` says whether any verdict table was rewritten.
    void refreshed(bool changed);
    void failed(const QString &message);

private:
    void onFinished();
    void setBusy(bool busy);

    Database *m_db = nullptr;
    BackgroundJob *m_job;
    QTimer *m_delay;
    bool m_again = false;
    bool m_busy = false;
    // Written by the worker, read after finished() (BackgroundJob's contract).
    bool m_changed = false;
    QString m_error;
};

} // namespace alumnidesk::ui
