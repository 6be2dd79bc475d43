#include "roster/BulkIndexScope.h"

#include "db/DerivedTables.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"


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

Status BulkIndexScope::restoreIndex(const QString &name)
{
    for (auto it = m_indexes.begin(); it != m_indexes.end(); ++it) {
        if (it->first != name)
            continue;
        if (Status st = sql::exec(m_db, it->second); !st)
            return st;
        m_indexes.erase(it);
        return {};
    }
    // Not dropped (not in this schema): nothing to restore; the lookup is only slower.
    return {};
}

Status BulkIndexScope::finish(qint64 *indexMs, qint64 *searchMs, const std::function<bool()> &cancelled)
{
    m_smallCache.emplace(m_backend, m_db, kIndexRebuildCacheKiB, PageCacheCap::Changed::WriteOut);
    // The indexes are re-created while the search index is built on another thread (when the backend can).
    QStringList createIndexes;
    for (const auto &index : std::as_const(m_indexes))
        createIndexes.append(index.second);
    derivedtables::RebuildTimes times;
    if (Status st = derivedtables::rebuildAll(m_db, m_backend, createIndexes, cancelled, &times); !st)
        return st;
    m_indexes.clear();
    if (indexMs)
        *indexMs = times.alongside;
    // The import reports one figure for the derived tables.
    if (searchMs)
        *searchMs = times.search + times.other;
    return {};
}

} // namespace alumnidesk
