#include "kpi/KpiEngine.h"

#include <QElapsedTimer>

namespace alumnidesk::kpi {

QVector<KpiOutcome> computeAll(const KpiRegistry &registry, const KpiContext &ctx, const std::function<bool()> &cancelled)
{
    QVector<KpiOutcome> out;
    out.reserve(registry.definitions().size());
    for (const KpiDefinition &d : registry.definitions()) {
        if (cancelled && cancelled())
            break;
        QElapsedTimer timer;
        timer.start();
        KpiOutcome o{&d, d.compute(ctx), 0};
        o.elapsedUs = timer.nsecsElapsed() / 1000;
        out.append(std::move(o));
    }
    return out;
}

} // namespace alumnidesk::kpi
