#include "kpi/KpiRegistry.h"
#include "kpi/RosterKpiParts.h"

namespace alumnidesk::kpi {

void addRosterKpis(KpiRegistry &registry)
{
    roster::addMembershipKpis(registry);
    roster::addLeaverKpis(registry);
    roster::addRehireKpis(registry);
    roster::addEngagementKpis(registry);
}

} // namespace alumnidesk::kpi
