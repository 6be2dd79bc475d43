#include "kpi/KpiDefinition.h"
#include "kpi/KpiTypes.h"

namespace alumnidesk::kpi {

namespace {

bool isWholeMonths(const Period &p)
{
    return p.from.day() == 1 && p.to == monthEnd(p.to);
}

int monthsSpanned(const Period &p)
{
    return (p.to.year() - p.from.year()) * 12 + p.to.month() - p.from.month() + 1;
}

} // namespace

QDate monthEnd(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

Period defaultPeriod(const QDate &asOf)
{
    const QDate firstOfMonth(asOf.year(), asOf.month(), 1);
    return {firstOfMonth.addMonths(-12), firstOfMonth.addDays(-1)};
}

Period KpiContext::period() const
{
    return filters.period.isValid() ? filters.period : defaultPeriod(asOf);
}

Period KpiContext::previousPeriod() const
{
    const Period p = period();
    if (isWholeMonths(p)) {
        const int months = monthsSpanned(p);
        return {p.from.addMonths(-months), p.from.addDays(-1)};
    }
    const qint64 days = p.from.daysTo(p.to) + 1;
    return {p.from.addDays(-days), p.from.addDays(-1)};
}

QVector<SeriesBucket> KpiContext::buckets() const
{
    const Period p = period();
    QVector<SeriesBucket> out;
    const bool byMonth = monthsSpanned(p) <= 36;
    QDate start = byMonth ? QDate(p.from.year(), p.from.month(), 1) : QDate(p.from.year(), 1, 1);
    while (start <= p.to) {
        const QDate next = byMonth ? start.addMonths(1) : start.addYears(1);
        const Period clipped{std::max(start, p.from), std::min(next.addDays(-1), p.to)};
        out.append({byMonth ? start.toString(QStringLiteral("yyyy-MM")) : QString::number(start.year()), clipped});
        start = next;
    }
    return out;
}

QString unitKey(Unit u)
{
    switch (u) {
    case Unit::Count:
        return QStringLiteral("count");
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::Days:
        return QStringLiteral("days");
    case Unit::Months:
        return QStringLiteral("months");
    }
    return {};
}

QString kindKey(Kind k)
{
    switch (k) {
    case Kind::Single:
        return QStringLiteral("single");
    case Kind::Breakdown:
        return QStringLiteral("breakdown");
    case Kind::Cohort:
        return QStringLiteral("cohort");
    }
    return {};
}

} // namespace alumnidesk::kpi
