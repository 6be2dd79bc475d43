#include "report/KpiReport.h"

namespace alumnidesk::report {

KpiReport KpiReport::from(const kpi::KpiContext &ctx, QVector<kpi::KpiOutcome> outcomes)
{
    KpiReport r;
    r.filters = ctx.filters;
    r.period = ctx.period();
    r.previousPeriod = ctx.previousPeriod();
    r.asOf = ctx.asOf;
    r.generatedAt = QDateTime::currentDateTime();
    r.outcomes = std::move(outcomes);
    return r;
}

} // namespace alumnidesk::report
