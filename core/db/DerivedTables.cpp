#include "db/DerivedTables.h"

#include "common/HeapTrim.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <optional>

namespace alumnidesk::derivedtables {

namespace {

struct DerivedTable {
    bool isSearchIndex; ///< timed apart: it is the largest
    Status (StoreBackend::*suspend)(QSqlDatabase &) const;
    Status (StoreBackend::*rebuild)(QSqlDatabase &) const;
};

constexpr DerivedTable kTables[] = {
    {true, &StoreBackend::suspendSearchIndex, &StoreBackend::rebuildSearchIndex},
    {false, &StoreBackend::suspendSkillsIndex, &StoreBackend::rebuildSkillsIndex},
};

} // namespace

Status suspendAll(QSqlDatabase &db, const StoreBackend &backend)
{
    for (const DerivedTable &t : kTables) {
        if (Status st = (backend.*t.suspend)(db); !st)
            return st;
    }
    return {};
}

Status rebuildAll(QSqlDatabase &db, const StoreBackend &backend, qint64 *searchMs, qint64 *otherMs)
{
    qint64 search = 0;
    qint64 other = 0;
    QElapsedTimer timer;
    for (const DerivedTable &t : kTables) {
        timer.start();
        if (Status st = (backend.*t.rebuild)(db); !st)
            return st;
        (t.isSearchIndex ? search : other) += timer.elapsed();
        // A rebuild's buffers (the search index's hash, a sort) go back to the system before the next one
        // takes its own: together they were a third of a million-row import's peak.
        trimHeap();
    }
    if (searchMs)
        *searchMs = search;
    if (otherMs)
        *otherMs = other;
    return {};
}

Status rebuildAll(QSqlDatabase &db, const StoreBackend &backend, const QStringList &createIndexes,
                  const std::function<bool()> &cancelled, RebuildTimes *times)
{
    RebuildTimes spent;
    QElapsedTimer timer;
    timer.start();
    // Without a worker (no temporary folder, no room in it) the search index is rebuilt on this thread
    // after the indexes; if that fails too, the worker's error says why.
    auto build = backend.startSearchIndexBuild(db, cancelled);
    std::unique_ptr<StoreBackend::SearchIndexBuild> worker;
    std::optional<Error> workerError;
    if (build)
        worker = std::move(build).value();
    else
        workerError = build.error();
    spent.search += timer.restart();
    // While the build runs it has the second core; the sort's helper threads only took CPU from it (and
    // memory). Once it is done they have the core to themselves (about 1 s less at 1,000,000 rows). They
    // end with the indexes, however those end (a cancel or an error between two included).
    struct SortHelpers {
        QSqlDatabase &db;
        const StoreBackend &backend;
        bool on = false;
        ~SortHelpers()
        {
            if (on)
                backend.useSortHelpers(db, false);
        }
    };
    {
        SortHelpers helpers{db, backend};
        for (const QString &index : createIndexes) {
            if (cancelled && cancelled())
                return Error{QCoreApplication::translate("Roster", "Cancelled; the roster was left as it was."), {}};
            if (!helpers.on && !(worker && worker->running()))
                helpers.on = backend.useSortHelpers(db, true);
            if (Status st = sql::exec(db, index); !st)
                return st;
        }
    }
    spent.alongside = timer.restart();
    trimHeap();
    for (const DerivedTable &t : kTables) {
        if (t.isSearchIndex)
            continue;
        if (Status st = (backend.*t.rebuild)(db); !st)
            return st;
        spent.other += timer.restart();
        trimHeap();
    }
    if (worker) {
        if (Status st = worker->finish(db); !st)
            return st;
    } else if (Status st = backend.rebuildSearchIndex(db); !st) {
        if (!workerError)
            return st;
        Error e = *workerError;
        e.detail = e.detail.isEmpty() ? st.error().fullText() : e.detail + QLatin1Char('\n') + st.error().fullText();
        return e;
    }
    spent.search += timer.elapsed();
    trimHeap();
    if (times)
        *times = spent;
    return {};
}

} // namespace alumnidesk::derivedtables
