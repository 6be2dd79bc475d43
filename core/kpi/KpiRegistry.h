// The KPIs a dashboard, report or CLI shows, in display order. Each feature adds its own definitions
// (roster, eligibility and pipeline KPIs, each family from its own files).
#pragma once

#include "kpi/KpiDefinition.h"

#include <QVector>

namespace alumnidesk::kpi {

class KpiRegistry {
public:
    /// Adds a definition; an id already present is replaced in place (so a feature can refine one).
    void add(KpiDefinition definition);
    const QVector<KpiDefinition> &definitions() const { return m_definitions; }
    const KpiDefinition *find(const QString &id) const;

    /// Every KPI AlumniDesk knows, in display order.
    static const KpiRegistry &standard();

private:
    QVector<KpiDefinition> m_definitions;
};

/// The KPIs the roster itself supports (membership, leavers, cohorts, rehires, engagement).
void addRosterKpis(KpiRegistry &registry);
/// Eligible for rehire under the filters' rule set, as a count and a share (EligibilityKpis.cpp).
void addEligibilityKpis(KpiRegistry &registry);
/// The rehire pipeline: stages, funnel, conversion, time in stage, sources (PipelineKpis.cpp).
void addPipelineKpis(KpiRegistry &registry);

} // namespace alumnidesk::kpi
