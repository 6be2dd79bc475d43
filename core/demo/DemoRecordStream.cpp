#include "demo/DemoRecordStream.h"

#include <QElapsedTimer>

namespace alumnidesk::demo {

namespace {

constexpr int kBatchRows = 1024;
constexpr std::size_t kBatchesAhead = 4; // bounds the memory held by records not yet written

} // namespace

DemoRecordStream::DemoRecordStream(const DemoGenerator &generator, int rows)
    : m_generator(generator)
    , m_rows(rows)
    , m_worker([this] { run(); })
{
}

DemoRecordStream::~DemoRecordStream()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void DemoRecordStream::run()
{
    QElapsedTimer timer;
    for (int first = 0; first < m_rows; first += kBatchRows) {
        timer.start();
        QVector<Alumnus> batch;
        const int end = std::min(m_rows, first + kBatchRows);
        batch.reserve(end - first);
        for (int i = first; i < end; ++i)
            batch.append(m_generator.alumnus(i));
        const qint64 spent = timer.nsecsElapsed();

        std::unique_lock<std::mutex> lock(m_mutex);
        m_generateNanos += spent;
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatchesAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

QVector<Alumnus> DemoRecordStream::next()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return {};
    QVector<Alumnus> batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

qint64 DemoRecordStream::generateMs() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_generateNanos / 1000000;
}

} // namespace alumnidesk::demo
