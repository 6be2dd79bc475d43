// The roster KPIs, one file per family; addRosterKpis (RosterKpis.cpp) adds them in display order.
#pragma once

#include "kpi/KpiRegistry.h"

namespace alumnidesk::kpi::roster {

void addMembershipKpis(KpiRegistry &registry);
void addLeaverKpis(KpiRegistry &registry);
void addRehireKpis(KpiRegistry &registry);
void addEngagementKpis(KpiRegistry &registry);

} // namespace alumnidesk::kpi::roster
