// What a KPI report shows: the filters and dates of the figures (for the cover) and the computed KPIs in
// the registry's order. Built from the same KpiContext and outcomes the dashboard and the CLI use, so a
// KPI added to the registry appears in the report without any change here.
#pragma once

#include "kpi/KpiEngine.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace alumnidesk::report {

struct KpiReport {
    kpi::KpiFilters filters;
    kpi::Period period;         ///< the period the figures are for (the filters' or the default)
    kpi::Period previousPeriod; ///< what changes are measured against
    QDate asOf;                 ///< the date the data is read as of
    QDateTime generatedAt;      ///< when the report was made
    QString source;             ///< the roster file's name, or empty
    QVector<kpi::KpiOutcome> outcomes;

    /// The report of `outcomes` computed for `ctx`, generated now.
    static KpiReport from(const kpi::KpiContext &ctx, QVector<kpi::KpiOutcome> outcomes);
};

} // namespace alumnidesk::report
