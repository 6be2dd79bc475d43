#include "kpi/KpiSnapshotCache.h"

#include "db/RosterChanges.h"
#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlQuery>

#include <algorithm>

namespace alumnidesk::kpi {

namespace {

// Above this many people, re-reading them one by one costs more than reading everyone.
qint64 rereadLimit(qint64 people)
{
    return std::max<qint64>(20000, people / 10);
}

Result<qint64> single(QSqlDatabase &db, const QString &text)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(text) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Kpi", "The roster could not be read for the KPIs."));
    return q.value(0).toLongLong();
}

// Re-read people leave their old rows behind; past half the roster (or 50,000 rows) a reload compacts them.
bool tooManyDeadRows(const KpiSnapshot &s)
{
    return s.deadRows() > std::max<qint64>(50000, s.livePeople() / 2);
}

} // namespace

KpiSnapshotCache &KpiSnapshotCache::instance()
{
    static KpiSnapshotCache cache;
    return cache;
}

void KpiSnapshotCache::forget(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_snapshots.remove(key);
    if (m_pipelineKey == key)
        m_pipeline.reset();
}

Result<SnapshotSync> KpiSnapshotCache::current(QSqlDatabase &db, const StoreBackend &backend, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    // One read transaction: the feed's position and the rows read describe the same roster.
    QSqlQuery begin(db);
    const bool inTransaction = begin.exec(QStringLiteral("BEGIN"));
    auto result = sync(db, backend, key);
    if (inTransaction)
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    return result;
}

Result<SnapshotSync> KpiSnapshotCache::sync(QSqlDatabase &db, const StoreBackend &backend, const QString &key)
{
    SnapshotSync out;
    if (!db.tables().contains(QStringLiteral("roster_changes")))
        return out; // a roster from before schema 9 (opened read-only): the SQL facts
    auto revision = single(db, QStringLiteral("SELECT n FROM roster_revision"));
    if (!revision)
        return revision.error();
    auto seq = rosterchanges::lastSeq(db);
    if (!seq)
        return seq.error();

    std::shared_ptr<KpiSnapshot> snapshot = m_snapshots.value(key);
    if (snapshot && snapshot->feedSeq == seq.value() && snapshot->revision == revision.value()) {
        out.how = SnapshotSync::Current;
    } else if (snapshot && seq.value() > snapshot->feedSeq && !tooManyDeadRows(*snapshot)) {
        auto changed = rosterchanges::changedSince(db, snapshot->feedSeq, rereadLimit(snapshot->livePeople()));
        if (!changed)
            return changed.error();
        if (changed->has_value()) {
            // A snapshot a caller still reads stays as it is: the update goes to a copy.
            if (snapshot.use_count() > 2)
                snapshot = std::make_shared<KpiSnapshot>(*snapshot);
            if (Status st = snapshot->reload(db, backend, changed->value()); !st)
                return st.error();
            out.how = SnapshotSync::Updated;
            out.reread = changed->value().size();
        } else {
            snapshot.reset();
        }
    } else {
        // Not loaded yet, the feed went backwards (another file at the same path), the revision moved
        // without an entry in the feed, or re-read people left many dead rows behind (a reload compacts).
        snapshot.reset();
    }
    if (!snapshot) {
        // One roster at a time (a million people take some 100 MB): the old snapshot of this file, and
        // those of files read before, go before the new one is built.
        m_snapshots.clear();
        auto loaded = KpiSnapshot::load(db, backend);
        if (!loaded)
            return loaded.error();
        snapshot = loaded.value();
        out.how = SnapshotSync::Loaded;
        out.reread = snapshot->livePeople();
    }
    snapshot->feedSeq = seq.value();
    snapshot->revision = revision.value();
    m_snapshots.insert(key, snapshot);
    if (!snapshot->exact()) {
        out.how = SnapshotSync::Unavailable;
        return out;
    }
    out.snapshot = snapshot;

    auto signature = PipelineSnapshot::signature(db);
    if (!signature)
        return signature.error();
    if (!m_pipeline || m_pipelineKey != key || m_pipeline->signatureRead != signature.value()) {
        m_pipeline.reset();
        auto pipeline = PipelineSnapshot::load(db, backend);
        if (!pipeline)
            return pipeline.error();
        pipeline.value()->signatureRead = signature.value();
        m_pipeline = pipeline.value();
        m_pipelineKey = key;
        out.pipelineRead = true;
    }
    if (m_pipeline->exact())
        out.pipeline = m_pipeline;

    auto eligibility = EligibilitySnapshot::load(db, backend);
    if (!eligibility)
        return eligibility.error();
    out.eligibility = eligibility.value();
    return out;
}

} // namespace alumnidesk::kpi
