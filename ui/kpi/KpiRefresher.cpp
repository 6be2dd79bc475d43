#include "kpi/KpiRefresher.h"

#include "common/BackgroundJob.h"

#include "db/Database.h"
#include "eligibility/RuleSetStore.h"
#include "kpi/KpiSnapshotCache.h"
#include "roster/RosterQuery.h"

namespace alumnidesk::ui {

struct KpiRefresher::Computed {
    QVector<kpi::KpiOutcome> outcomes;
    QStringList departments;
    QStringList ruleSetKeys;
    QStringList ruleSetNames;
    QString error;
    bool done = false;
};

struct KpiRefresher::Drilled {
    QString kpiId;
    QString key;
    Result<QVector<qint64>> ids = Error{};
    bool done = false;
};

KpiRefresher::KpiRefresher(QObject *parent)
    : QObject(parent)
    , m_refreshJob(new BackgroundJob(this))
    , m_drillJob(new BackgroundJob(this))
{
    connect(m_refreshJob, &BackgroundJob::finished, this, [this] {
        const std::shared_ptr<Computed> c = m_computed;
        if (!c || !c->done)
            return;
        if (!c->error.isEmpty())
            emit failed(c->error);
        else {
            emit ruleSetsRead(c->ruleSetKeys, c->ruleSetNames);
            emit refreshed(c->outcomes, c->departments);
        }
    });
    connect(m_drillJob, &BackgroundJob::finished, this, [this] {
        const std::shared_ptr<Drilled> d = m_drilled;
        if (!d || !d->done)
            return;
        if (!d->ids)
            emit failed(d->ids.errorText());
        else
            emit drilled(d->kpiId, d->key, d->ids.value());
    });
}

KpiRefresher::~KpiRefresher() = default;

bool KpiRefresher::isRefreshing() const
{
    return m_refreshJob->isRunning();
}

void KpiRefresher::refresh(const Database *db, const kpi::KpiFilters &filters, const QDate &asOf)
{
    m_refreshJob->cancelAndWait();
    m_computed.reset();
    if (!db)
        return;
    auto computed = std::make_shared<Computed>();
    m_computed = computed;
    m_refreshJob->start([db, filters, asOf, computed](BackgroundJob &job) {
        auto conn = db->openConnection();
        if (!conn) {
            computed->error = conn.errorText();
            computed->done = true;
            return;
        }
        RosterQuery query(conn.value()->db(), db->backend());
        if (auto departments = query.departments())
            computed->departments = departments.value();
        eligibility::RuleSetStore ruleSets(conn.value()->db(), db->backend(), QStringLiteral("ui"));
        if (auto sets = ruleSets.current()) {
            for (const eligibility::RuleSetVersion &v : sets.value()) {
                computed->ruleSetKeys << v.definition.key;
                computed->ruleSetNames << v.definition.name.text();
            }
        }
        kpi::KpiContext ctx;
        ctx.db = conn.value()->db();
        ctx.filters = filters;
        ctx.asOf = asOf;
        // The roster in memory, brought up to date with the people changed since the last refresh; the
        // KPIs then count there (a KPI without an in-memory form, or a failed read, runs its SQL).
        if (auto sync = kpi::KpiSnapshotCache::instance().current(ctx.db, db->backend(), db->path())) {
            sync->attach(ctx);
        }
        computed->outcomes = kpi::computeAll(kpi::KpiRegistry::standard(), ctx, [&job] { return job.isCancelRequested(); });
        computed->done = !job.isCancelRequested();
    });
}

void KpiRefresher::drillDown(const Database *db, const kpi::KpiFilters &filters, const QDate &asOf, const QString &kpiId,
                             const QString &key)
{
    m_drillJob->cancelAndWait();
    m_drilled.reset();
    const kpi::KpiDefinition *definition = kpi::KpiRegistry::standard().find(kpiId);
    if (!db || !definition)
        return;
    auto drilled = std::make_shared<Drilled>();
    drilled->kpiId = kpiId;
    drilled->key = key;
    m_drilled = drilled;
    m_drillJob->start([db, filters, asOf, definition, drilled](BackgroundJob &job) {
        auto conn = db->openConnection();
        if (!conn) {
            drilled->ids = conn.error();
            drilled->done = true;
            return;
        }
        kpi::KpiContext ctx;
        ctx.db = conn.value()->db();
        ctx.filters = filters;
        ctx.asOf = asOf;
        // The people from the snapshot in memory, as the figures were counted (SQL for facts without it).
        if (auto sync = kpi::KpiSnapshotCache::instance().current(ctx.db, db->backend(), db->path()))
            sync->attach(ctx);
        drilled->ids = definition->drillDown(ctx, drilled->key);
        drilled->done = !job.isCancelRequested();
    });
}

} // namespace alumnidesk::ui
