// One KPI as the engine knows it: a stable id, a name and a written definition (population, period rule,
// formula) in the user's language, its unit and kind, and two functions over a KpiContext: compute, and
// drill-down from a key in the result to the alumni behind it. New KPIs (eligibility, pipeline, events,
// newsletters) are new definitions in the registry; the engine and the dashboard do not change.
#pragma once

#include "common/Result.h"
#include "kpi/KpiResult.h"
#include "kpi/KpiTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace alumnidesk::kpi {

struct KpiDefinition {
    QString id; ///< stable, e.g. "registered_alumni"; used in JSON, settings and report layouts
    /// Source texts in the "Kpi" translation context (marked with QT_TRANSLATE_NOOP); name() and
    /// definition() translate them at the time of the call, so a language switch needs no rebuild.
    const char *nameSource = "";
    const char *definitionSource = "";
    Unit unit = Unit::Count;
    Kind kind = Kind::Single;
    std::function<Result<KpiResult>(const KpiContext &)> compute;
    /// The alumni ids (ascending) behind a drill-down key of this KPI's result; an unknown key is an Error.
    std::function<Result<QVector<qint64>>(const KpiContext &, const QString &key)> drillDown;

    QString name() const { return QCoreApplication::translate("Kpi", nameSource); }
    QString definition() const { return QCoreApplication::translate("Kpi", definitionSource); }
};

/// Stable names of units and kinds for JSON ("count", "percent", "days", "months"; "single", …).
QString unitKey(Unit u);
QString kindKey(Kind k);

} // namespace alumnidesk::kpi
