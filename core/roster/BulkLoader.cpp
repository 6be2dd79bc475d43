#include "roster/BulkLoader.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/DerivedTables.h"
#include "db/RosterRevision.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "db/WriteTransaction.h"
#include "roster/CheckConstraintPause.h"
#include "roster/Validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk {

namespace {

Error notBegun()
{
    return {QCoreApplication::translate("Roster", "Internal error: a bulk load was not begun."), {}};
}

Error cancelled()
{
    return {QCoreApplication::translate("Roster", "Cancelled; the roster was left as it was."), {}};
}

} // namespace

BulkLoader::BulkLoader(Database &db)
    : m_db(db.sql())
    , m_backend(db.backend())
{
}

BulkLoader::~BulkLoader()
{
    rollback();
}

Status BulkLoader::fail(Failure failure, Status status)
{
    m_failure = failure;
    rollback();
    return status;
}

void BulkLoader::rollback()
{
    // Statements first: none may be pending when the transaction ends.
    m_rows.reset();
    m_transaction.reset();
    m_indexes.clear();
    m_checks.reset();
    m_smallCache.reset();
    restoreCacheSize();
}

void BulkLoader::restoreCacheSize()
{
    if (!m_bulkMode)
        return;
    m_backend.leaveBulkMode(m_db, m_savedBulkState);
    m_bulkMode = false;
    m_savedBulkState = QVariant();
}

Status BulkLoader::begin(EmptyRule rule)
{
    m_failure = Failure::None;
    m_added = 0;
    m_insertNanos = 0;
    m_timings = {};
    m_transaction = std::make_unique<WriteTransaction>(m_db, m_backend);
    if (!m_transaction->started())
        return fail(Failure::Database, m_transaction->status());

    // Counted inside the transaction, so no other writer can add someone between the check and the load.
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM alumni")) || !count.next())
        return fail(Failure::Database,
                    sql::queryError(count, QCoreApplication::translate("Roster", "The roster could not be read.")));
    m_existing = count.value(0).toLongLong();
    count.finish();
    if (rule == RequireEmptyRoster && m_existing > 0)
        return fail(Failure::RosterNotEmpty,
                    Error{QCoreApplication::translate("Roster", "The roster already holds %Ln alumni; this needs an "
                                                                "empty roster.",
                                                      nullptr, int(m_existing)),
                          {}});

    m_savedBulkState = m_backend.enterBulkMode(m_db);
    m_bulkMode = true;
    m_checks.emplace(m_db, m_backend);
    if (Status st = derivedtables::suspendAll(m_db, m_backend); !st)
        return fail(Failure::Database, st);
    if (Status st = dropSecondaryIndexes(); !st)
        return fail(Failure::Database, st);
    // The roster revision moves once, at commit, instead of twice a row (alumni and stints).
    if (Status st = rosterrevision::suspend(m_db); !st)
        return fail(Failure::Database, st);
    m_rows = std::make_unique<AlumnusRows>(m_db, m_backend);
    return {};
}

// Keeping a B-tree index current row by row costs more than building it once from sorted keys, so the
// indexes go while rows are inserted and come back from their saved DDL.
Status BulkLoader::dropSecondaryIndexes()
{
    auto dropped = m_backend.dropSecondaryIndexes(m_db, {QStringLiteral("alumni"), QStringLiteral("stints"),
                                                         QStringLiteral("alumnus_tags")});
    if (!dropped)
        return dropped.error();
    m_indexes = dropped.value();
    return {};
}

Result<qint64> BulkLoader::add(const Alumnus &a)
{
    if (!m_rows) {
        m_failure = Failure::Database;
        return notBegun();
    }
    QElapsedTimer timer;
    timer.start();
    auto id = m_rows->insert(normalized(a));
    m_insertNanos += timer.nsecsElapsed();
    if (!id) {
        m_failure = Failure::Database;
        return id.error();
    }
    ++m_added;
    return id;
}

// The indexes re-created and the derived tables rebuilt with a small page cache (kIndexRebuildCacheKiB), kept
// until the load commits or is rolled back: what follows writes a row for everyone too (the change feed).
BulkLoader::Failure BulkLoader::rebuild(const std::atomic_bool *cancel)
{
    auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    m_smallCache.emplace(m_backend, m_db, kIndexRebuildCacheKiB, PageCacheCap::Changed::WriteOut);
    // The indexes are re-created while the search index is built on another thread (when the backend can).
    QStringList createIndexes;
    for (const auto &index : std::as_const(m_indexes))
        createIndexes.append(index.second);
    derivedtables::RebuildTimes times;
    const Status st = derivedtables::rebuildAll(m_db, m_backend, createIndexes, isCancelled, &times);
    m_timings.indexes = times.alongside;
    m_timings.searchIndex = times.search;
    m_timings.derived = times.other;
    if (!st) {
        m_rebuildStatus = isCancelled() ? cancelled() : st;
        return isCancelled() ? Failure::Cancelled : Failure::Database;
    }
    if (isCancelled()) {
        m_rebuildStatus = cancelled();
        return Failure::Cancelled;
    }
    return Failure::None;
}

Status BulkLoader::commit(const QString &auditSource, const QString &auditNewValue, const std::atomic_bool *cancel)
{
    if (!m_rows)
        return fail(Failure::Database, notBegun());
    m_timings.insert = m_insertNanos / 1000000;
    m_rows.reset();
    if (m_checks) {
        const Status verified = m_checks->resumeAndVerify();
        m_checks.reset();
        if (!verified)
            return fail(Failure::Database, verified);
    }
    auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    if (Failure failure = rebuild(cancel); failure != Failure::None)
        return fail(failure, m_rebuildStatus);
    QElapsedTimer timer;
    timer.start();

    if (isCancelled())
        return fail(Failure::Cancelled, cancelled());
    if (Status st = rosterrevision::resume(m_db); !st)
        return fail(Failure::Database, st);
    AuditLog audit(m_db);
    if (Status st = audit.record(auditSource, QStringLiteral("bulk_insert"), QStringLiteral("roster"),
                                 QStringLiteral("*"), {}, {}, auditNewValue);
        !st)
        return fail(Failure::Database, st);
    if (Status st = m_transaction->commit(); !st)
        return fail(Failure::Database, st);
    m_transaction.reset();
    m_indexes.clear();
    m_backend.compactAfterBulkLoad(m_db);
    m_smallCache.reset();
    restoreCacheSize();
    m_timings.commit = timer.elapsed();
    return {};
}

} // namespace alumnidesk
