// Makes demo records on a second thread, a batch at a time, while the caller writes the previous batches to
// the database. Generating a million records costs a few seconds of CPU that would otherwise add to the
// load; on two cores it overlaps with the inserts. The records are the same as DemoGenerator::alumnus()
// gives, in row order: each row has its own random stream, so the thread changes nothing in the roster.
#pragma once

#include "demo/DemoGenerator.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace alumnidesk::demo {

class DemoRecordStream {
public:
    DemoRecordStream(const DemoGenerator &generator, int rows);
    ~DemoRecordStream(); ///< stops the worker and waits for it
    DemoRecordStream(const DemoRecordStream &) = delete;
    DemoRecordStream &operator=(const DemoRecordStream &) = delete;

    /// The next batch, in row order; empty once every row has been handed out.
    QVector<Alumnus> next();

    /// Time the worker spent generating, in milliseconds (meaningful once next() returned an empty batch).
    qint64 generateMs() const;

private:
    void run();

    const DemoGenerator &m_generator;
    const int m_rows;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QVector<Alumnus>> m_ready;
    bool m_stop = false;
    bool m_finished = false;
    qint64 m_generateNanos = 0;
    std::thread m_worker;
};

} // namespace alumnidesk::demo
