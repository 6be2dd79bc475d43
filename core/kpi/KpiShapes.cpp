#include "kpi/KpiShapes.h"

#include <QCoreApplication>

#include <algorithm>

namespace alumnidesk::kpi::shapes {

namespace {

std::optional<double> share(const PeopleCount &c)
{
    if (c.people == 0)
        return std::nullopt;
    return 100.0 * double(c.numerator) / double(c.people);
}

// The facts and condition a Single shape's drill-down key points at.
Result<QVector<qint64>> drillPeriod(const KpiContext &ctx, const QString &id, const FactsFor &facts, bool rate,
                                    const QString &key)
{
    const QString numerator = rate ? QStringLiteral("num") : QString();
    if (key.isEmpty())
        return facts::ids(ctx, facts(ctx, ctx.period()), numerator);
    if (key == QLatin1String("population") && rate)
        return facts::ids(ctx, facts(ctx, ctx.period()));
    if (key == QLatin1String("previous"))
        return facts::ids(ctx, facts(ctx, ctx.previousPeriod()), numerator);
    if (auto bucket = facts::bucketForKey(ctx, key))
        return facts::ids(ctx, facts(ctx, bucket->period), numerator);
    return facts::unknownDrillKey(id, key);
}

KpiDefinition single(const QString &id, const char *name, const char *definition, FactsFor facts, bool rate)
{
    KpiDefinition d;
    d.id = id;
    d.nameSource = name;
    d.definitionSource = definition;
    d.unit = rate ? Unit::Percent : Unit::Count;
    d.kind = Kind::Single;
    d.compute = [facts, rate](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = ctx.period();
        r.previousPeriod = ctx.previousPeriod();
        const FactQuery current = facts(ctx, r.period);
        // Facts are rows whose `at` lies in the period they are asked for, so the facts of both periods
        // together, split by `at`, are each period's own: one pass instead of two.
        const Period both{std::min(r.period.from, r.previousPeriod.from), std::max(r.period.to, r.previousPeriod.to)};
        auto counts = facts::countTwo(ctx, facts(ctx, both), r.period, r.previousPeriod);
        if (!counts)
            return counts.error();
        const PeopleCount &now = counts->first;
        const PeopleCount &before = counts->second;
        if (rate) {
            r.value = share(now);
            r.previous = share(before);
            r.numerator = now.numerator;
            r.denominator = now.people;
        } else {
            r.value = double(now.people);
            r.previous = double(before.people);
        }
        auto points = series(ctx, current, rate);
        if (!points)
            return points.error();
        r.series = std::move(points.value());
        return r;
    };
    d.drillDown = [id, facts, rate](const KpiContext &ctx, const QString &key) {
        return drillPeriod(ctx, id, facts, rate, key);
    };
    return d;
}

} // namespace

QString notRecorded()
{
    return QCoreApplication::translate("Kpi", "(not recorded)");
}

Result<QVector<SeriesPoint>> series(const KpiContext &ctx, const FactQuery &periodFacts, bool rate)
{
    const QVector<SeriesBucket> buckets = ctx.buckets();
    const bool byMonth = !buckets.isEmpty() && buckets.first().label.size() == 7;
    auto groups = facts::countBy(ctx, periodFacts, byMonth ? QStringLiteral("substr(at, 1, 7)") : QStringLiteral("substr(at, 1, 4)"));
    if (!groups)
        return groups.error();
    QVector<SeriesPoint> out;
    for (const SeriesBucket &b : buckets) {
        PeopleCount c;
        for (const auto &g : groups.value()) {
            if (g.first == b.label)
                c = g.second;
        }
        SeriesPoint p;
        p.label = b.label;
        p.period = b.period;
        p.value = rate ? share(c) : std::optional<double>(double(c.people));
        p.drillKey = QStringLiteral("series:") + b.label;
        out.append(p);
    }
    return out;
}

KpiDefinition periodCount(const QString &id, const char *name, const char *definition, FactsFor facts)
{
    return single(id, name, definition, std::move(facts), false);
}

KpiDefinition periodRate(const QString &id, const char *name, const char *definition, FactsFor facts)
{
    return single(id, name, definition, std::move(facts), true);
}

KpiDefinition periodBreakdown(const QString &id, const char *name, const char *definition, FactsFor facts, LabelFor label)
{
    KpiDefinition d;
    d.id = id;
    d.nameSource = name;
    d.definitionSource = definition;
    d.unit = Unit::Count;
    d.kind = Kind::Breakdown;
    d.compute = [facts, label](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = ctx.period();
        const FactQuery current = facts(ctx, r.period);
        auto groups = facts::countBy(ctx, current, QStringLiteral("category"));
        if (!groups)
            return groups.error();
        if (current.onePerPerson) {
            // Each person is in one group: the groups add up to everyone, no second pass needed.
            qint64 people = 0;
            for (const auto &g : groups.value())
                people += g.second.people;
            r.value = double(people);
        } else {
            auto total = facts::count(ctx, current);
            if (!total)
                return total.error();
            r.value = double(total->people);
        }
        for (const auto &g : groups.value())
            r.breakdown.append({g.first, g.first.isEmpty() ? notRecorded() : label(g.first), double(g.second.people),
                                QStringLiteral("row:") + g.first});
        std::stable_sort(r.breakdown.begin(), r.breakdown.end(),
                         [](const BreakdownRow &a, const BreakdownRow &b) { return a.value > b.value; });
        return r;
    };
    d.drillDown = [id, facts](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        const FactQuery current = facts(ctx, ctx.period());
        if (key.isEmpty())
            return facts::ids(ctx, current);
        if (key.startsWith(QLatin1String("row:")))
            return facts::ids(ctx, current, QStringLiteral("category = ?"), {key.mid(4)});
        return facts::unknownDrillKey(id, key);
    };
    return d;
}

} // namespace alumnidesk::kpi::shapes

namespace alumnidesk::kpi::shapes {

Period cohortPeriod(const KpiContext &ctx)
{
    const QDate end = ctx.period().to;
    return {QDate(end.year() - 9, 1, 1), end};
}

KpiDefinition cohortShare(const QString &id, const char *name, const char *definition, FactsFor facts,
                          const QString &numeratorKey, const char *peopleLabel, const char *numeratorLabel)
{
    KpiDefinition d;
    d.id = id;
    d.nameSource = name;
    d.definitionSource = definition;
    d.unit = Unit::Percent;
    d.kind = Kind::Cohort;
    d.compute = [facts, numeratorKey, peopleLabel, numeratorLabel](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = cohortPeriod(ctx);
        const FactQuery all = facts(ctx, r.period);
        auto total = facts::count(ctx, all);
        if (!total)
            return total.error();
        r.numerator = total->numerator;
        r.denominator = total->people;
        r.value = share(total.value());
        auto rows = facts::countBy(ctx, all, QStringLiteral("category"));
        if (!rows)
            return rows.error();
        const QString people = QStringLiteral("people");
        const QString shareKey = QStringLiteral("share");
        r.cohortColumns = {{people, QCoreApplication::translate("Kpi", peopleLabel), Unit::Count},
                           {numeratorKey, QCoreApplication::translate("Kpi", numeratorLabel), Unit::Count},
                           {shareKey, QCoreApplication::translate("Kpi", "Share"), Unit::Percent}};
        for (int year = r.period.from.year(); year <= r.period.to.year(); ++year) {
            const QString row = QString::number(year);
            PeopleCount c;
            for (const auto &g : rows.value()) {
                if (g.first == row)
                    c = g.second;
            }
            r.cohortRows.append(row);
            const QString prefix = QStringLiteral("cell:") + row + QLatin1Char(':');
            r.cohortCells.append({row, people, double(c.people), prefix + people});
            r.cohortCells.append({row, numeratorKey, double(c.numerator), prefix + numeratorKey});
            r.cohortCells.append({row, shareKey, share(c), prefix + shareKey});
        }
        return r;
    };
    d.drillDown = [id, facts, numeratorKey](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        const FactQuery all = facts(ctx, cohortPeriod(ctx));
        if (key.isEmpty())
            return facts::ids(ctx, all, QStringLiteral("num"));
        if (key == QLatin1String("population"))
            return facts::ids(ctx, all);
        const QStringList parts = key.split(QLatin1Char(':'));
        if (parts.size() == 3 && parts.at(0) == QLatin1String("cell")) {
            if (parts.at(2) == QLatin1String("people"))
                return facts::ids(ctx, all, QStringLiteral("category = ?"), {parts.at(1)});
            if (parts.at(2) == numeratorKey || parts.at(2) == QLatin1String("share"))
                return facts::ids(ctx, all, QStringLiteral("category = ? AND num"), {parts.at(1)});
        }
        return facts::unknownDrillKey(id, key);
    };
    return d;
}

} // namespace alumnidesk::kpi::shapes
