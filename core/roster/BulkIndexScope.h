// The fast way to write many rows inside a write transaction someone else owns (the streaming import):
// a larger page cache, the triggers of the derived tables (search index, alumnus_skills: db/DerivedTables.h)
// and the secondary indexes of alumni, stints and alumnus_tags dropped while rows go in, then the indexes
// re-created from their saved DDL and the derived tables rebuilt in one pass. DDL is transactional, so a
// transaction that is rolled back brings everything back as it was. The connection settings are put back when the scope ends.
#pragma once

#include "common/Result.h"
#include "db/PageCacheCap.h"

#include <QPair>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

#include <functional>
#include <optional>

namespace alumnidesk {

class StoreBackend;

class BulkIndexScope {
public:
    BulkIndexScope(QSqlDatabase db, const StoreBackend &backend);
    ~BulkIndexScope();
    BulkIndexScope(const BulkIndexScope &) = delete;
    BulkIndexScope &operator=(const BulkIndexScope &) = delete;

    Status begin();
    /// Re-creates one of the dropped indexes now (finish() then leaves it): for a lookup that would read
    /// its whole table once per row without it. Nothing when no index of that name was dropped.
    Status restoreIndex(const QString &name);
    /// Re-creates the indexes (ms spent in *indexMs) and rebuilds the derived tables (*searchMs: the time
    /// beyond the indexes', the search index being built beside them), with the page cache capped at
    /// kIndexRebuildCacheKiB from here until the scope ends. `cancelled` stops the search index's build.
    Status finish(qint64 *indexMs = nullptr, qint64 *searchMs = nullptr, const std::function<bool()> &cancelled = {});

private:
    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    QVector<QPair<QString, QString>> m_indexes;
    QVariant m_saved;
    bool m_active = false;
    /// From finish() on (the rebuilds, then what the import writes for everyone until it commits), a small
    /// page cache: put back when the scope ends, before the bulk settings.
    std::optional<PageCacheCap> m_smallCache;
};

} // namespace alumnidesk
