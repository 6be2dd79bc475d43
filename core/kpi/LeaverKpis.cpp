// Leavers per period, by departure type and by reason, and the departure-year cohorts.
#include "kpi/KpiShapes.h"
#include "kpi/RosterFacts.h"
#include "kpi/RosterKpiParts.h"
#include "roster/Vocabulary.h"

namespace alumnidesk::kpi::roster {

void addLeaverKpis(KpiRegistry &registry)
{
    registry.add(shapes::periodCount(
        QStringLiteral("leavers"), QT_TRANSLATE_NOOP("Kpi", "Leavers"),
        QT_TRANSLATE_NOOP("Kpi", "People with a departure date in the period (from its first to its last day, both "
                                 "included), filtered by the department and departure type of that departure. A "
                                 "person who left twice in the period counts once."),
        [](const KpiContext &ctx, const Period &p) { return departures(ctx, p); }));
    registry.add(shapes::periodBreakdown(
        QStringLiteral("leavers_by_type"), QT_TRANSLATE_NOOP("Kpi", "Leavers by departure type"),
        QT_TRANSLATE_NOOP("Kpi", "People with a departure date in the period, by the departure type of that departure "
                                 "(voluntary, company-initiated, retirement, …)."),
        [](const KpiContext &ctx, const Period &p) { return departures(ctx, p, DepartureCategory::Type); },
        [](const QString &key) { return vocabulary::departureTypeLabel(key); }));
    registry.add(shapes::periodBreakdown(
        QStringLiteral("leavers_by_reason"), QT_TRANSLATE_NOOP("Kpi", "Leavers by reason"),
        QT_TRANSLATE_NOOP("Kpi", "People with a departure date in the period, by the departure reason HR recorded for "
                                 "that departure."),
        [](const KpiContext &ctx, const Period &p) { return departures(ctx, p, DepartureCategory::Reason); },
        [](const QString &key) { return key; }));
    registry.add(shapes::cohortShare(
        QStringLiteral("departure_cohorts"), QT_TRANSLATE_NOOP("Kpi", "Cohorts by departure year"),
        QT_TRANSLATE_NOOP("Kpi", "For each of the ten departure years up to the end of the period: the people who left "
                                 "that year (department and departure type of that departure), how many of them are "
                                 "registered today (Registered, Active or Dormant) and their share."),
        [](const KpiContext &ctx, const Period &p) {
            return departures(ctx, p, DepartureCategory::Year, DepartureNum::Member);
        },
        QStringLiteral("registered"), QT_TRANSLATE_NOOP("Kpi", "Leavers"), QT_TRANSLATE_NOOP("Kpi", "Registered")));
}

} // namespace alumnidesk::kpi::roster
