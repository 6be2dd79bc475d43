#include "hris/ImportReadAhead.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace alumnidesk::hris {

namespace {

// Rows per batch and batches in flight: enough to keep both threads busy, a few MB at most.
constexpr int kBatchRows = 256;
constexpr int kBatches = 6;

struct Batch {
    std::vector<ReadAheadRow> rows;
    int used = 0;
};

// Full batches go to the caller, emptied ones back to the reader; both queues together hold kBatches.
class BatchQueues {
public:
    BatchQueues()
    {
        for (int i = 0; i < kBatches; ++i) {
            auto b = std::make_unique<Batch>();
            b->rows.resize(kBatchRows);
            m_empty.push_back(std::move(b));
        }
    }

    // Reader side. nullptr when the caller stopped.
    std::unique_ptr<Batch> takeEmpty()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_empty.empty(); });
        if (m_stopped)
            return nullptr;
        auto b = std::move(m_empty.front());
        m_empty.pop_front();
        return b;
    }
    void putFull(std::unique_ptr<Batch> b)
    {
        {
            std::lock_guard lock(m_mutex);
            m_full.push_back(std::move(b));
        }
        m_changed.notify_all();
    }
    void finishReading()
    {
        {
            std::lock_guard lock(m_mutex);
            m_readingDone = true;
        }
        m_changed.notify_all();
    }

    // Caller side. nullptr at the end of the reading.
    std::unique_ptr<Batch> takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_readingDone || !m_full.empty(); });
        if (m_full.empty())
            return nullptr;
        auto b = std::move(m_full.front());
        m_full.pop_front();
        return b;
    }
    void putEmpty(std::unique_ptr<Batch> b)
    {
        b->used = 0;
        {
            std::lock_guard lock(m_mutex);
            m_empty.push_back(std::move(b));
        }
        m_changed.notify_all();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_empty;
    std::deque<std::unique_ptr<Batch>> m_full;
    bool m_readingDone = false;
    bool m_stopped = false;
};

} // namespace

Result<ImportFileContents> readImportFileAhead(const QString &path, const ImportFileOptions &options,
                                               const ReadAheadPrepare &prepare, const ReadAheadConsume &consume,
                                               const std::function<void(qint64, qint64)> &progress,
                                               const std::function<bool()> &cancelled)
{
    BatchQueues queues;
    std::atomic<qint64> bytesDone{0};
    std::atomic<qint64> bytesTotal{-1};
    std::optional<Result<ImportFileContents>> readResult;

    std::thread reader([&] {
        std::unique_ptr<Batch> batch;
        const Error stoppedError{QCoreApplication::translate("ImportFile", "Cancelled."), {}};
        auto result = streamImportFile(
            path, options,
            [&](ImportRow &&row) -> Status {
                if (!batch) {
                    batch = queues.takeEmpty();
                    if (!batch)
                        return stoppedError;
                }
                ReadAheadRow &out = batch->rows[size_t(batch->used++)];
                out.line = row.line;
                out.rejected = row.rejected();
                out.issues = std::move(row.issues);
                if (out.rejected) {
                    out.values.clear();
                    // A row with no employment in it cannot repeat a later row's: no key to stage.
                    out.employeeId = row.hasStint ? row.employeeId : QString();
                    out.hireDate = row.stint.hireDate;
                } else {
                    prepare(row, out.values);
                }
                if (batch->used == kBatchRows)
                    queues.putFull(std::move(batch));
                return {};
            },
            [&](qint64 done, qint64 total) {
                bytesDone.store(done, std::memory_order_relaxed);
                bytesTotal.store(total, std::memory_order_relaxed);
            },
            [&queues] { return queues.stopped(); });
        if (batch && batch->used > 0)
            queues.putFull(std::move(batch));
        readResult.emplace(std::move(result));
        queues.finishReading();
    });

    Status consumed;
    qint64 shownBytes = -1;
    while (auto batch = queues.takeFull()) {
        if (consumed) {
            if (cancelled && cancelled()) {
                consumed = Error{QCoreApplication::translate("ImportFile", "Cancelled."), {}};
            } else {
                for (int i = 0; i < batch->used && consumed; ++i)
                    consumed = consume(batch->rows[size_t(i)]);
            }
            if (!consumed)
                queues.stop(); // the reader stops at its next row; what it already read is dropped
            else if (progress && bytesDone.load(std::memory_order_relaxed) != shownBytes) {
                shownBytes = bytesDone.load(std::memory_order_relaxed);
                progress(shownBytes, bytesTotal.load(std::memory_order_relaxed));
            }
        }
        queues.putEmpty(std::move(batch));
    }
    reader.join();
    if (!consumed)
        return consumed.error();
    if (cancelled && cancelled())
        return Error{QCoreApplication::translate("ImportFile", "Cancelled."), {}};
    if (progress)
        progress(bytesDone.load(), bytesTotal.load());
    return std::move(*readResult);
}

} // namespace alumnidesk::hris
