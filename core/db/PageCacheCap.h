// Caps a connection's page cache for as long as it lives and puts the size back after (StoreBackend::
// capPageCache / restorePageCache): for passes that read or write a large table once and need no cache
// of its size, so that the pass does not also hold the cache's memory.
#pragma once

#include "db/StoreBackend.h"

#include <QSqlDatabase>
#include <QVariant>

namespace alumnidesk {

/// The cache while a bulk load re-creates its indexes and rebuilds the derived tables: SQLite's sort for
/// CREATE INDEX takes as much memory again per thread as the cache (its sorted runs are that size), and
/// a larger one was slower, a smaller one faster: runs that fit the processor's caches sort faster than
/// they cost merging. 1,000,000 alumni, the indexes: 64 MB 8.7–9.7 s (peak 204 MB), 16 MB 5.8–7.4 s
/// (112 MB), 4 MB 5.3–5.6 s (84 MB), 2 MB about the same as 4.
constexpr int kIndexRebuildCacheKiB = 4 * 1024;

class PageCacheCap {
public:
    /// WriteOut: the pages the open transaction changed are written out first (still uncommitted), since a
    /// changed page stays in the cache whatever its size.
    enum class Changed { Keep, WriteOut };

    PageCacheCap(const StoreBackend &backend, QSqlDatabase &db, int kib, Changed changed = Changed::Keep)
        : m_backend(backend)
        , m_db(db)
        , m_saved(capped(backend, db, kib, changed))
    {
    }
    ~PageCacheCap() { m_backend.restorePageCache(m_db, m_saved); }
    PageCacheCap(const PageCacheCap &) = delete;
    PageCacheCap &operator=(const PageCacheCap &) = delete;

private:
    static QVariant capped(const StoreBackend &backend, QSqlDatabase &db, int kib, Changed changed)
    {
        if (changed == Changed::WriteOut)
            backend.flushPageCache(db);
        return backend.capPageCache(db, kib);
    }

    const StoreBackend &m_backend;
    QSqlDatabase &m_db;
    const QVariant m_saved;
};

} // namespace alumnidesk
