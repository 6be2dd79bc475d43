// The KPI snapshots of the rosters this process reads, one per file, kept current through the change feed
// (db/RosterChanges.h): the first call loads everyone (seconds at a million alumni); later calls read the
// feed's entries since the last one and re-read only the people they name, or reload everything after a
// bulk load, a large import, or a change the feed did not record (the roster revision moved alone).
// Thread-safe: a dashboard worker and a report may ask at once; a snapshot someone still reads is copied
// before it changes. It keeps the snapshot of one file: loading another drops the ones held. Beside it,
// the candidacies (PipelineSnapshot), read again whenever their signature moved, and the rule sets and
// overrides (EligibilitySnapshot), read again at every call.
#pragma once

#include "common/Result.h"
#include "kpi/EligibilitySnapshot.h"
#include "kpi/KpiSnapshot.h"
#include "kpi/KpiTypes.h"
#include "kpi/PipelineSnapshot.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace alumnidesk::kpi {

struct SnapshotSync {
    enum How {
        Current,     ///< nothing changed since the last call
        Updated,     ///< the people the feed named were re-read
        Loaded,      ///< everyone was read
        Unavailable, ///< no feed, or a date the snapshot cannot mirror: use the SQL facts
    };
    std::shared_ptr<const KpiSnapshot> snapshot; ///< null when Unavailable
    How how = Unavailable;
    qint64 reread = 0; ///< people re-read (Updated) or read (Loaded)
    /// The candidacies, read again when their signature moved; null with the snapshot, or when a date of
    /// theirs cannot be mirrored (the pipeline KPIs then run their SQL).
    std::shared_ptr<const PipelineSnapshot> pipeline;
    bool pipelineRead = false; ///< the candidacies were read in this call
    /// The rule sets and overrides, read in every call; null with the snapshot.
    std::shared_ptr<const EligibilitySnapshot> eligibility;

    /// Hands the snapshots to the KPIs of a context (those null stay on their SQL).
    void attach(KpiContext &ctx) const
    {
        ctx.snapshot = snapshot;
        ctx.pipeline = pipeline;
        ctx.eligibility = eligibility;
    }
};

class KpiSnapshotCache {
public:
    static KpiSnapshotCache &instance();

    /// The snapshot of the roster `key` (its file path) as of now, read through `db` (the calling
    /// thread's connection, outside any transaction of its own).
    Result<SnapshotSync> current(QSqlDatabase &db, const StoreBackend &backend, const QString &key);
    /// Drops the snapshot of a roster (a file closed or replaced).
    void forget(const QString &key);

private:
    Result<SnapshotSync> sync(QSqlDatabase &db, const StoreBackend &backend, const QString &key);

    QMutex m_mutex;
    QHash<QString, std::shared_ptr<KpiSnapshot>> m_snapshots;
    QString m_pipelineKey; ///< the roster m_pipeline is of
    std::shared_ptr<const PipelineSnapshot> m_pipeline;
};

} // namespace alumnidesk::kpi
