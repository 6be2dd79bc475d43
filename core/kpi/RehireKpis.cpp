// Rehires (boomerangs): per period, as a rate of each departure-year cohort, as a share of mid-career
// hires, the time from departure to rehire, and second departures within twelve months.
#include "kpi/KpiShapes.h"
#include "kpi/MidCareerHires.h"
#include "kpi/RosterFacts.h"
#include "kpi/RosterKpiParts.h"

#include <QCoreApplication>

namespace alumnidesk::kpi::roster {

namespace {

FactQuery rehiresIn(const KpiContext &ctx, const Period &p)
{
    return rehires(ctx, p);
}

KpiDefinition boomerangHireShare()
{
    KpiDefinition d;
    d.id = QStringLiteral("boomerang_hire_share");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Boomerang share of mid-career hires");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "People rehired in the period (see Rehires) divided by the mid-career hires HR entered for the months "
               "of the period (alumnidesk-cli kpi set-hires), in percent. Mid-career hires are entered for the whole "
               "company: with a department or departure-type filter only the rehires are filtered. A yearly figure "
               "counts only for a period that covers the whole year.");
    d.unit = Unit::Percent;
    d.kind = Kind::Single;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = ctx.period();
        r.previousPeriod = ctx.previousPeriod();
        QSqlDatabase db = ctx.db;
        auto entries = hires::list(db);
        if (!entries)
            return entries.error();
        auto shareOf = [&](qint64 rehired, const Period &p, QString *missing) -> std::optional<double> {
            const HireTotal total = hires::totalFor(entries.value(), p);
            if (missing)
                *missing = total.missing;
            if (!total.hires || *total.hires == 0)
                return std::nullopt;
            return 100.0 * double(rehired) / double(*total.hires);
        };
        const FactQuery current = rehiresIn(ctx, r.period);
        auto now = facts::count(ctx, current);
        if (!now)
            return now.error();
        auto before = facts::count(ctx, rehiresIn(ctx, r.previousPeriod));
        if (!before)
            return before.error();
        QString missing;
        r.value = shareOf(now->people, r.period, &missing);
        r.previous = shareOf(before->people, r.previousPeriod, nullptr);
        r.numerator = now->people;
        const HireTotal total = hires::totalFor(entries.value(), r.period);
        if (total.hires)
            r.denominator = *total.hires;
        if (!missing.isEmpty())
            r.note = QCoreApplication::translate("Kpi", "No mid-career hires were entered for %1; enter them with "
                                                        "alumnidesk-cli kpi set-hires.")
                         .arg(missing);
        else if (total.hires && *total.hires == 0)
            r.note = QCoreApplication::translate("Kpi", "The mid-career hires entered for the period are zero.");
        auto counts = shapes::series(ctx, current, false);
        if (!counts)
            return counts.error();
        for (SeriesPoint p : counts.value()) {
            p.value = shareOf(qint64(p.value.value_or(0)), p.period, nullptr);
            r.series.append(p);
        }
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        if (key.isEmpty())
            return facts::ids(ctx, rehiresIn(ctx, ctx.period()));
        if (key == QLatin1String("previous"))
            return facts::ids(ctx, rehiresIn(ctx, ctx.previousPeriod()));
        if (auto bucket = facts::bucketForKey(ctx, key))
            return facts::ids(ctx, rehiresIn(ctx, bucket->period));
        return facts::unknownDrillKey(QStringLiteral("boomerang_hire_share"), key);
    };
    return d;
}

FactQuery rehireTimes(const KpiContext &ctx, const Period &p)
{
    return rehires(ctx, p, RehireFacts::TimeAway);
}

KpiDefinition timeToRehire()
{
    KpiDefinition d;
    d.id = QStringLiteral("time_to_rehire");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Time from departure to rehire");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "For each rehire in the period (see Rehires): the time from the departure before it to the rehire's "
               "hire date, in months of 30.44 days. The value is the median over the rehires; the bars group them "
               "by years away.");
    d.unit = Unit::Months;
    d.kind = Kind::Single;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = ctx.period();
        r.previousPeriod = ctx.previousPeriod();
        const FactQuery current = rehireTimes(ctx, r.period);
        auto now = facts::measures(ctx, current);
        if (!now)
            return now.error();
        auto before = facts::measures(ctx, rehireTimes(ctx, r.previousPeriod));
        if (!before)
            return before.error();
        auto values = [](const QVector<QPair<QDate, double>> &m, const Period &p) {
            QVector<double> v;
            for (const auto &x : m) {
                if (p.contains(x.first))
                    v.append(x.second);
            }
            return v;
        };
        r.value = facts::median(values(now.value(), r.period));
        r.previous = facts::median(values(before.value(), r.previousPeriod));
        r.denominator = qint64(now->size());
        for (const SeriesBucket &b : ctx.buckets())
            r.series.append({b.label, b.period, facts::median(values(now.value(), b.period)), QStringLiteral("series:") + b.label});
        auto groups = facts::countBy(ctx, current, QStringLiteral("category"));
        if (!groups)
            return groups.error();
        static const char *const labels[][2] = {
            {"under_1y", QT_TRANSLATE_NOOP("Kpi", "Under 1 year")},
            {"1y_3y", QT_TRANSLATE_NOOP("Kpi", "1 to 3 years")},
            {"3y_5y", QT_TRANSLATE_NOOP("Kpi", "3 to 5 years")},
            {"5y_more", QT_TRANSLATE_NOOP("Kpi", "5 years or more")},
        };
        for (const auto &l : labels) {
            double people = 0;
            for (const auto &g : groups.value()) {
                if (g.first == QLatin1String(l[0]))
                    people = double(g.second.people);
            }
            r.breakdown.append({QString::fromLatin1(l[0]), QCoreApplication::translate("Kpi", l[1]), people,
                                QStringLiteral("row:") + QLatin1String(l[0])});
        }
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        if (key.isEmpty())
            return facts::ids(ctx, rehireTimes(ctx, ctx.period()));
        if (key == QLatin1String("previous"))
            return facts::ids(ctx, rehireTimes(ctx, ctx.previousPeriod()));
        if (auto bucket = facts::bucketForKey(ctx, key))
            return facts::ids(ctx, rehireTimes(ctx, bucket->period));
        if (key.startsWith(QLatin1String("row:")))
            return facts::ids(ctx, rehireTimes(ctx, ctx.period()), QStringLiteral("category = ?"), {key.mid(4)});
        return facts::unknownDrillKey(QStringLiteral("time_to_rehire"), key);
    };
    return d;
}

} // namespace

void addRehireKpis(KpiRegistry &registry)
{
    registry.add(shapes::periodCount(
        QStringLiteral("rehires"), QT_TRANSLATE_NOOP("Kpi", "Rehires"),
        QT_TRANSLATE_NOOP("Kpi", "People rehired in the period: a stint whose hire date falls in the period and is "
                                 "after the departure date of the person's previous stint (a boomerang). The rehire "
                                 "date is that hire date; department and departure type are those of the departure "
                                 "the person returned from. A person rehired twice in the period counts once."),
        rehiresIn));
    registry.add(shapes::cohortShare(
        QStringLiteral("rehire_rate_by_cohort"), QT_TRANSLATE_NOOP("Kpi", "Rehire rate of leavers by departure year"),
        QT_TRANSLATE_NOOP("Kpi", "For each of the ten departure years up to the end of the period: the people who left "
                                 "that year (department and departure type of that departure), how many of them were "
                                 "hired again after that departure by the end of the period, and their share."),
        [](const KpiContext &ctx, const Period &p) {
            return departures(ctx, p, DepartureCategory::Year, DepartureNum::RehiredByEnd);
        },
        QStringLiteral("rehired"), QT_TRANSLATE_NOOP("Kpi", "Leavers"), QT_TRANSLATE_NOOP("Kpi", "Rehired")));
    registry.add(boomerangHireShare());
    registry.add(timeToRehire());
    registry.add(shapes::periodRate(
        QStringLiteral("second_departure_12m"), QT_TRANSLATE_NOOP("Kpi", "Second departure within 12 months of rehire"),
        QT_TRANSLATE_NOOP("Kpi", "People rehired in the period at least twelve months before the as-of date (so that "
                                 "a whole year can be seen), and of them the share who left again less than twelve "
                                 "months after the rehire date."),
        [](const KpiContext &ctx, const Period &p) {
            const Period seen{p.from, std::min(p.to, ctx.asOf.addMonths(-12))};
            return rehires(ctx, seen, RehireFacts::SecondDeparture);
        }));
}

} // namespace alumnidesk::kpi::roster
