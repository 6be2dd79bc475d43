#include "eligibility/TenureMath.h"

#include <QCoreApplication>

namespace alumnidesk::eligibility {

namespace {

// The civil date of a Julian day in integer arithmetic (H. Hinnant's days_from_civil inverse), the same as
// QDate for every date from year 1 on and several times faster: a live count does this a few million times.
void ymd(qint64 jd, int *y, int *m, int *d)
{
    constexpr qint64 kFirstOfYearOne = 1721426; // 0001-01-01; before it QDate has no year 0
    if (jd < kFirstOfYearOne) {
        QDate::fromJulianDay(jd).getDate(y, m, d);
        return;
    }
    const qint64 z = jd - 2440588 + 719468; // days since 0000-03-01
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = int(yoe + era * 400 + (*m <= 2 ? 1 : 0));
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
