#include "kpi/KpiRegistry.h"

namespace alumnidesk::kpi {

void KpiRegistry::add(KpiDefinition definition)
{
    for (KpiDefinition &d : m_definitions) {
        if (d.id == definition.id) {
            d = std::move(definition);
            return;
        }
    }
    m_definitions.append(std::move(definition));
}

const KpiDefinition *KpiRegistry::find(const QString &id) const
{
    for (const KpiDefinition &d : m_definitions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const KpiRegistry &KpiRegistry::standard()
{
    static const KpiRegistry registry = [] {
        KpiRegistry r;
        addRosterKpis(r);
        addEligibilityKpis(r);
        addPipelineKpis(r);
        return r;
    }();
    return registry;
}

} // namespace alumnidesk::kpi
