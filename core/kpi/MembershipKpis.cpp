// Registered alumni (a stock), their growth, the share of leavers who registered and the status mix.
#include "kpi/KpiShapes.h"
#include "kpi/RosterFacts.h"
#include "kpi/RosterKpiParts.h"
#include "roster/Vocabulary.h"

#include <QMap>

namespace alumnidesk::kpi::roster {

namespace {

// Registered alumni as of each date: today's members whose first departure was on or before it.
FactQuery membersUntil(const KpiContext &ctx, const QDate &until)
{
    return peopleByFirstDeparture(ctx, {beginning(), until}, true);
}

KpiDefinition registeredAlumni()
{
    KpiDefinition d;
    d.id = QStringLiteral("registered_alumni");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Registered alumni");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "Alumni whose membership status is Registered, Active or Dormant today (not Invited, not Withdrawn) "
               "and whose first departure was on or before the last day of the period. The roster keeps no date of "
               "registration, so the value at an earlier date counts today's members who had left by then. "
               "Department and departure type are those of the latest stint.");
    d.unit = Unit::Count;
    d.kind = Kind::Single;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = ctx.period();
        r.previousPeriod = ctx.previousPeriod();
        const FactQuery all = membersUntil(ctx, r.period.to);
        // One fact per person, so counts per first-departure date add up to the stock at any date.
        auto byDate = facts::countBy(ctx, all, QStringLiteral("at"));
        if (!byDate)
            return byDate.error();
        auto until = [&](const QDate &day) {
            const QString text = day.toString(Qt::ISODate);
            qint64 n = 0;
            for (const auto &g : byDate.value()) {
                if (g.first <= text)
                    n += g.second.people;
            }
            return double(n);
        };
        r.value = until(r.period.to);
        r.previous = until(r.previousPeriod.to);
        for (const SeriesBucket &b : ctx.buckets())
            r.series.append({b.label, b.period, until(b.period.to), QStringLiteral("series:") + b.label});
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        if (key.isEmpty())
            return facts::ids(ctx, membersUntil(ctx, ctx.period().to));
        if (key == QLatin1String("previous"))
            return facts::ids(ctx, membersUntil(ctx, ctx.previousPeriod().to));
        if (auto bucket = facts::bucketForKey(ctx, key))
            return facts::ids(ctx, membersUntil(ctx, bucket->period.to));
        return facts::unknownDrillKey(QStringLiteral("registered_alumni"), key);
    };
    return d;
}

} // namespace

void addMembershipKpis(KpiRegistry &registry)
{
    registry.add(registeredAlumni());
    registry.add(shapes::periodCount(
        QStringLiteral("registered_growth"), QT_TRANSLATE_NOOP("Kpi", "New registered alumni"),
        QT_TRANSLATE_NOOP("Kpi", "Alumni registered today (Registered, Active or Dormant) whose first departure falls "
                                 "in the period: the growth of the registered alumni, counted by the month people "
                                 "left. Department and departure type are those of the latest stint."),
        [](const KpiContext &ctx, const Period &p) { return peopleByFirstDeparture(ctx, p, true); }));
    registry.add(shapes::periodRate(
        QStringLiteral("leaver_registration_rate"), QT_TRANSLATE_NOOP("Kpi", "Share of leavers who registered"),
        QT_TRANSLATE_NOOP("Kpi", "People who left in the period (by departure date; department and departure type of "
                                 "that departure), and of them the share whose membership status is Registered, "
                                 "Active or Dormant today. A person who left twice in the period counts once."),
        [](const KpiContext &ctx, const Period &p) {
            return departures(ctx, p, DepartureCategory::None, DepartureNum::Member);
        }));
    KpiDefinition mix = shapes::periodBreakdown(
        QStringLiteral("membership_status_mix"), QT_TRANSLATE_NOOP("Kpi", "Membership status mix"),
        QT_TRANSLATE_NOOP("Kpi", "Alumni whose first departure was on or before the last day of the period, by their "
                                 "membership status today (Invited, Registered, Active, Dormant, Withdrawn). "
                                 "Department and departure type are those of the latest stint."),
        [](const KpiContext &ctx, const Period &p) { return peopleByFirstDeparture(ctx, {beginning(), p.to}, false); },
        [](const QString &key) { return vocabulary::membershipStatusLabel(key); });
    registry.add(std::move(mix));
}

} // namespace alumnidesk::kpi::roster
