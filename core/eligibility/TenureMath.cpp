#include "eligibility/TenureMath.h"

#include <QCoreApplication>

namespace alumnidesk::eligibility {

namespace {

void ymd(qint64 jd, int *y, int *m, int *d)
{
    QDate::fromJulianDay(jd).getDate(y, m, d);
}

QString yearsPart(int years)
{
    return QCoreApplication::translate("Eligibility", "%n year(s)", nullptr, years);
}

QString monthsPart(int months)
{
    return QCoreApplication::translate("Eligibility", "%n month(s)", nullptr, months);
}

QString joinParts(const QString &years, const QString &months)
{
    //: How a duration of years and months is written: "3 years 2 months"; in Japanese without a space.
    return QCoreApplication::translate("Eligibility", "%1 %2").arg(years, months);
}

} // namespace

int wholeMonthsJd(qint64 first, qint64 end)
{
    int sy = 0, sm = 0, sd = 0, ey = 0, em = 0, ed = 0;
    ymd(first, &sy, &sm, &sd);
    ymd(end, &ey, &em, &ed);
    return (ey - sy) * 12 + (em - sm) - (ed < sd ? 1 : 0);
}

int wholeMonths(const QDate &first, const QDate &end)
{
    return wholeMonthsJd(first.toJulianDay(), end.toJulianDay());
}

int tenureMonths(const QDate &hire, const QDate &departure, const QDate &asOf)
{
    return wholeMonths(hire, (departure.isValid() ? departure : asOf).addDays(1));
}

int monthsSinceDeparture(const QDate &departure, const QDate &asOf)
{
    return wholeMonths(departure.addDays(1), asOf.addDays(1));
}

int ageYears(const QDate &birth, const QDate &asOf)
{
    return wholeMonths(birth, asOf) / 12;
}

QString monthsText(int months)
{
    const int years = months / 12;
    const int rest = months % 12;
    return joinParts(yearsPart(years), monthsPart(rest));
}

QString thresholdText(int months)
{
    const int years = months / 12;
    const int rest = months % 12;
    if (rest == 0)
        return yearsPart(years);
    if (years == 0)
        return monthsPart(rest);
    return joinParts(yearsPart(years), monthsPart(rest));
}

QString yearsText(int years)
{
    return QCoreApplication::translate("Eligibility", "%n year(s) old", nullptr, years);
}

} // namespace alumnidesk::eligibility
