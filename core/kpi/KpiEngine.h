// Computes the KPIs of a registry for one context: what a dashboard refresh, a report and the CLI call.
// Runs on the caller's thread with the caller's connection (a dashboard calls it from a worker with a
// connection of its own); one failing KPI does not stop the others.
#pragma once

#include "kpi/KpiRegistry.h"

#include <QVector>

namespace alumnidesk::kpi {

struct KpiOutcome {
    const KpiDefinition *definition = nullptr;
    Result<KpiResult> result = Error{};
    qint64 elapsedUs = 0; ///< wall time of compute(), for benchmarks and diagnostics
};

/// Every definition of `registry` in order. `cancelled`, when given, is polled between KPIs.
QVector<KpiOutcome> computeAll(const KpiRegistry &registry, const KpiContext &ctx,
                               const std::function<bool()> &cancelled = {});

} // namespace alumnidesk::kpi
