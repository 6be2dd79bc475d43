#include "common/BackgroundJob.h"

#include <QThread>
#include <QTimer>

namespace alumnidesk::ui {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    // A progress bar cannot show more than a few updates a second; polling keeps the worker from flooding
    // the event queue with a signal per row.
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &BackgroundJob::poll);
}

BackgroundJob::~BackgroundJob()
{
    cancelAndWait();
}

void BackgroundJob::start(Work work)
{
    cancelAndWait();
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_phase = 0;
    m_shownDone = m_shownTotal = -1;
    m_thread = QThread::create([this, work = std::move(work)] { work(*this); });
    // Queued to this object's (the UI) thread: finished() is handled after the worker has let go of everything.
    connect(m_thread, &QThread::finished, this, &BackgroundJob::onThreadFinished, Qt::QueuedConnection);
    m_poll->start();
    m_thread->start();
}

void BackgroundJob::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    // The queued finished notification would otherwise arrive for a run that its owner already gave up.
    m_thread->disconnect(this);
    delete m_thread;
    m_thread = nullptr;
    m_poll->stop();
}

void BackgroundJob::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    if (m_observer)
        m_observer(*this);
}

void BackgroundJob::poll()
{
    const qint64 done = m_done.load();
    const qint64 total = m_total.load();
    if (done == m_shownDone && total == m_shownTotal)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    emit progressChanged(done, total);
}

void BackgroundJob::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_poll->stop();
    poll();
    emit finished();
}

} // namespace alumnidesk::ui
