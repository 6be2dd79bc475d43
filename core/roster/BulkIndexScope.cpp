#include "roster/BulkIndexScope.h"

#include "common/HeapTrim.h"
#include "db/DerivedTables.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"

#include <QElapsedTimer>

namespace alumnidesk {

BulkIndexScope::BulkIndexScope(QSqlDatabase db, const StoreBackend &backend)
    : m_db(db)
    , m_backend(backend)
{
}

BulkIndexScope::~BulkIndexScope()
{
    m_smallCache.reset();
    if (m_active)
        m_backend.leaveBulkMode(m_db, m_saved);
}

Status BulkIndexScope::begin()
{
    m_saved = m_backend.enterBulkMode(m_db);
    m_active = true;
    if (Status st = derivedtables::suspendAll(m_db, m_backend); !st)
        return st;
    auto dropped = m_backend.dropSecondaryIndexes(m_db, {QStringLiteral("alumni"), QStringLiteral("stints"),
                                                         QStringLiteral("alumnus_tags")});
    if (!dropped)
        return dropped.error();
    m_indexes = dropped.value();
    return {};
}

Status BulkIndexScope::finish(qint64 *indexMs, qint64 *searchMs)
{
    QElapsedTimer timer;
    timer.start();
    m_smallCache.emplace(m_backend, m_db, kIndexRebuildCacheKiB, PageCacheCap::Changed::WriteOut);
    for (const auto &index : std::as_const(m_indexes)) {
        if (Status st = sql::exec(m_db, index.second); !st)
            return st;
    }
    m_indexes.clear();
    if (indexMs)
        *indexMs = timer.restart();
    // What the index sort freed goes back to the system before the search index's buffers are taken.
    trimHeap();
    qint64 search = 0;
    qint64 other = 0;
    if (Status st = derivedtables::rebuildAll(m_db, m_backend, &search, &other); !st)
        return st;
    // The import reports one figure for the derived tables.
    if (searchMs)
        *searchMs = search + other;
    return {};
}

} // namespace alumnidesk
