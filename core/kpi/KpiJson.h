// KPI results as JSON (the CLI's --json, and later the report's data export): ids, names, definitions,
// periods, values, series, breakdowns and cohort cells with their drill-down keys.
#pragma once

#include "kpi/KpiEngine.h"

#include <QJsonObject>

namespace alumnidesk::kpi {

QJsonObject filtersJson(const KpiContext &ctx);
QJsonObject outcomeJson(const KpiOutcome &outcome);

} // namespace alumnidesk::kpi
