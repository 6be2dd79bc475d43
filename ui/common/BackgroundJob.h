// Runs one piece of core work (reading a large file, an import, a rollback) on a thread of its own so the
// window stays responsive. The work never touches a widget: it reports progress into atomics that a timer
// on the UI thread reads, and polls a cancel flag. finished() arrives on the UI thread after the thread has
// ended, so whatever the work wrote (into state it shares by shared_ptr) can then be read without locks.
// Core work that needs the database opens its own connection on the worker: a connection belongs to the
// thread that made it.
#pragma once

#include <QObject>

#include <atomic>
#include <functional>

class QThread;
class QTimer;

namespace alumnidesk::ui {

class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(BackgroundJob &job)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    /// Cancels the work and waits for it: nothing may run on after its owner is gone.
    ~BackgroundJob() override;

    /// Starts `work` on a new thread; waits for a previous run to end first (after cancelling it).
    void start(Work work);
    bool isRunning() const { return m_thread != nullptr; }

    /// Asks the work to stop at its next check; it may still finish (a commit already under way).
    void cancel() { m_cancel = true; }
    void cancelAndWait();
    bool isCancelRequested() const { return m_cancel.load(); }
    /// For core functions that take the flag itself (executeImport).
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }

    // Called by the work, on the worker thread.
    void setProgress(qint64 done, qint64 total);
    /// Which step the work is at (the page that started it decides what the numbers mean).
    void setPhase(int phase) { m_phase = phase; }

    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    int phase() const { return m_phase.load(); }

    /// Tests: called on the worker thread whenever the work reports progress, so a test can cancel at a
    /// known point of the work instead of racing it with a timer.
    void setProgressObserver(std::function<void(BackgroundJob &job)> observer) { m_observer = std::move(observer); }

signals:
    /// Polled from the worker's counters, a few times a second at most.
    void progressChanged(qint64 done, qint64 total);
    /// The work has returned and its thread has ended.
    void finished();

private:
    void onThreadFinished();
    void poll();

    QThread *m_thread = nullptr;
    QTimer *m_poll;
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic_int m_phase{0};
    qint64 m_shownDone = -1;
    qint64 m_shownTotal = -1;
    std::function<void(BackgroundJob &job)> m_observer;
};

} // namespace alumnidesk::ui
