#include "demo/DemoCareer.h"

#include <algorithm>

namespace alumnidesk::demo {

namespace {

constexpr int kAttempts = 16; // redraws before the always-valid fallback; a draw rarely needs more than two

const QDate &earliestHire()
{
    static const QDate d(1985, 1, 1);
    return d;
}

struct Pickers {
    WeightedPicker departureKind;
    WeightedPicker department;
    WeightedPicker groupCompany;
    WeightedPicker reasons[DepartureKindCount];
    QString regular = QStringLiteral("regular");
    QString contract = QStringLiteral("contract");
    QString partTime = QStringLiteral("part_time");
    QString dispatched = QStringLiteral("dispatched");
    QString executive = QStringLiteral("executive");
    QString other = QStringLiteral("other");
};

const Pickers &pickers()
{
    static const Pickers p = [] {
        Pickers out;
        QVector<quint32> kinds;
        for (int k = 0; k < DepartureKindCount; ++k)
            kinds.append(departureKindWeight(DepartureKind(k)));
        out.departureKind = WeightedPicker(kinds);
        out.department = weightedPickerOf(departments());
        out.groupCompany = weightedPickerOf(groupCompanies());
        for (int k = 0; k < DepartureKindCount; ++k)
            out.reasons[k] = weightedPickerOf(departureReasons(DepartureKind(k)));
        return out;
    }();
    return p;
}

QDate uniformDate(DemoRandom &rng, const QDate &lo, const QDate &hi)
{
    const qint64 span = hi.toJulianDay() - lo.toJulianDay();
    return QDate::fromJulianDay(lo.toJulianDay() + qint64(rng.below(quint64(span) + 1)));
}

// A roster holds more recent leavers than leavers from the 1990s (older records were often never
// imported), so dates lean toward the end of their range.
QDate recentBiasedDate(DemoRandom &rng, const QDate &lo, const QDate &hi)
{
    const QDate a = uniformDate(rng, lo, hi);
    if (!rng.percent(60))
        return a;
    return std::max(a, uniformDate(rng, lo, hi));
}

QDate monthEnd(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

int yearsBetween(const QDate &from, const QDate &to)
{
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

// New graduates join on 1 April (新卒一括採用); mid-career hires on the first of a month. A snap that
// would pass `hi` keeps the drawn date.
QDate snapHire(const QDate &raw, bool newGraduate, const QDate &hi)
{
    QDate d;
    if (newGraduate) {
        d = QDate(raw.year(), 4, 1);
        if (d < raw)
            d = d.addYears(1);
    } else {
        d = raw.day() == 1 ? raw : QDate(raw.year(), raw.month(), 1).addMonths(1);
    }
    return d <= hi ? d : raw;
}

// Most people leave at the end of a month, many at the end of the fiscal year (31 March), some on the 20th.
QDate snapDeparture(DemoRandom &rng, const QDate &raw, const QDate &lo, const QDate &hi)
{
    const int r = rng.between(0, 99);
    QDate d = raw;
    if (r < 65) {
        d = monthEnd(raw);
    } else if (r < 75) {
        d = QDate(raw.year(), 3, 31);
        if (d < raw)
            d = d.addYears(1);
    } else if (r < 87) {
        d = raw.day() <= 20 ? QDate(raw.year(), raw.month(), 20) : monthEnd(raw);
    }
    if (d < lo || d > hi)
        d = std::clamp(raw, lo, hi);
    return d;
}

int hireAge(DemoRandom &rng, bool newGraduate)
{
    if (newGraduate) {
        const int r = rng.between(0, 99);
        return r < 60 ? 22 : (r < 70 ? 18 : (r < 80 ? 20 : 24));
    }
    return rng.percent(60) ? rng.between(25, 35) : rng.between(23, 45);
}

// Tenure in months: many leave within five years, some after twenty or more.
int tenureMonths(DemoRandom &rng, DepartureKind kind)
{
    if (kind == ContractEnd)
        return rng.between(6, 59);
    static const WeightedPicker buckets(QVector<quint32>{12, 28, 20, 20, 13, 7});
    static constexpr int lo[] = {0, 12, 36, 60, 120, 240};
    static constexpr int hi[] = {11, 35, 59, 119, 239, 419};
    const int b = buckets.pick(rng);
    int months = rng.between(lo[b], hi[b]);
    if (kind == CompanyInitiated)
        months = std::max(months, 24);
    if (kind == GroupTransfer)
        months = std::max(months, 12);
    return months;
}

Position pickPosition(DemoRandom &rng, int age, int tenureYears)
{
    static const WeightedPicker byAge[] = {
        WeightedPicker(QVector<quint32>{95, 5, 0, 0, 0, 0, 0, 0}),
        WeightedPicker(QVector<quint32>{55, 30, 12, 3, 0, 0, 0, 0}),
        WeightedPicker(QVector<quint32>{30, 20, 20, 12, 15, 3, 0, 0}),
        WeightedPicker(QVector<quint32>{20, 10, 15, 10, 25, 10, 9, 1}),
        WeightedPicker(QVector<quint32>{20, 5, 10, 5, 25, 15, 15, 5}),
    };
    if (tenureYears < 1 && age < 35)
        return Staff;
    const int band = age < 28 ? 0 : (age < 35 ? 1 : (age < 45 ? 2 : (age < 55 ? 3 : 4)));
    return Position(byAge[band].pick(rng));
}

DepartureKind earlierDepartureKind(DemoRandom &rng)
{
    const int r = rng.between(0, 99);
    return r < 88 ? Voluntary : (r < 94 ? ContractEnd : (r < 97 ? GroupTransfer : CompanyInitiated));
}

// Fills what a stint says besides its dates; returns the position at its end.
Position describeStint(DemoRandom &rng, Stint &s, const QDate &birth, const QDate &asOf, DepartureKind kind,
                       int retirementAge, int department)
{
    const Pickers &p = pickers();
    const bool departed = s.departureDate.isValid();
    const int age = yearsBetween(birth, asOf);
    const int tenureYears = yearsBetween(s.hireDate, asOf);
    s.department = departments().at(department).name;
    s.groupCompany = groupCompanies().at(p.groupCompany.pick(rng)).name;

    if (departed && kind == ContractEnd) {
        const int r = rng.between(0, 99);
        s.employmentType = r < 70 ? p.contract : (r < 90 ? p.partTime : p.dispatched);
    } else if (departed && kind == Retirement) {
        // After 60 people stay on as 嘱託 (contract) until 65.
        s.employmentType = retirementAge >= 65 ? p.contract : p.regular;
    } else {
        const int r = rng.between(0, 999);
        if (r < 4 && age >= 45)
            s.employmentType = p.executive;
        else if (r < 884)
            s.employmentType = p.regular;
        else if (r < 944)
            s.employmentType = p.contract;
        else if (r < 984)
            s.employmentType = p.partTime;
        else if (r < 999)
            s.employmentType = p.other;
        else
            s.employmentType = p.dispatched;
    }

    Position position = Staff;
    if (s.employmentType == p.executive)
        position = ExecutiveOfficer;
    else if (s.employmentType == p.regular)
        position = pickPosition(rng, age, tenureYears);
    s.position = positionName(position);
    s.grade = s.employmentType == p.regular ? gradeFor(position, tenureYears) : QString();

    if (departed) {
        s.departureType = departureTypeKey(kind);
        s.departureReason = kind == Retirement ? retirementReason(retirementAge)
                                               : departureReasons(kind).at(p.reasons[kind].pick(rng)).text;
    }
    return position;
}

bool isManagerial(Position p)
{
    return p >= Manager && p != PositionCount;
}

bool singleCareer(DemoRandom &rng, const QDate &today, DepartureKind kind, Career &c)
{
    const QDate latestHire = today.addYears(-1);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const bool newGraduate = rng.percent(45);
        const int age = hireAge(rng, newGraduate);
        const int months = tenureMonths(rng, kind);
        const QDate hireHi = std::min(latestHire, today.addMonths(-months).addDays(-28));
        if (hireHi < earliestHire())
            continue;
        Stint s;
        s.hireDate = snapHire(recentBiasedDate(rng, earliestHire(), hireHi), newGraduate, hireHi);
        const QDate raw = std::clamp(s.hireDate.addMonths(months).addDays(rng.between(0, 27)), s.hireDate, today);
        s.departureDate = snapDeparture(rng, raw, s.hireDate, today);
        const QDate birth = s.hireDate.addYears(-age).addDays(-rng.between(0, 364));
        if (yearsBetween(birth, s.departureDate) >= 60)
            continue; // would have retired first
        c.birthDate = birth;
        c.departmentIndex = pickers().department.pick(rng);
        c.wasManager = isManagerial(describeStint(rng, s, birth, s.departureDate, kind, 0, c.departmentIndex));
        c.stints = {s};
        c.lastKind = kind;
        return true;
    }
    return false;
}

bool retiredCareer(DemoRandom &rng, const QDate &today, Career &c)
{
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const int retirementAge = rng.percent(80) ? 60 : 65;
        // A year of slack: retirement falls at the month's or the fiscal year's end after the birthday.
        const QDate lo = std::max(QDate(1940, 1, 1), today.addYears(-retirementAge - 26));
        const QDate hi = today.addYears(-retirementAge - 1);
        if (hi < lo)
            return false;
        const QDate birth = recentBiasedDate(rng, lo, hi);
        const bool newGraduate = rng.percent(55);
        // Mid-career hires up to 44, because the hire date is rounded to the next month (and may pass a birthday).
        int age = newGraduate ? (rng.percent(80) ? 22 : 18) : rng.between(25, 44);
        while (birth.addYears(age) < earliestHire())
            ++age;
        if (age > 44)
            continue;
        Stint s;
        const QDate raw = newGraduate ? birth.addYears(age) : birth.addYears(age).addDays(rng.between(0, 300));
        s.hireDate = snapHire(raw, newGraduate, today.addYears(-1));
        const QDate birthday = birth.addYears(retirementAge);
        QDate departure = monthEnd(birthday);
        if (rng.percent(40)) {
            departure = QDate(birthday.year(), 3, 31);
            if (departure < birthday)
                departure = departure.addYears(1);
        }
        if (departure > today)
            continue;
        s.departureDate = departure;
        c.birthDate = birth;
        c.departmentIndex = pickers().department.pick(rng);
        c.wasManager = isManagerial(
            describeStint(rng, s, birth, departure, Retirement, retirementAge, c.departmentIndex));
        c.stints = {s};
        c.lastKind = Retirement;
        return true;
    }
    return false;
}

// A boomerang (出戻り): left, came back after one to eight years, and either left again or still works here.
bool boomerangCareer(DemoRandom &rng, const QDate &today, DepartureKind kind, int stintCount, Career &c)
{
    const QDate latestHire = today.addYears(-1);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const bool current = rng.percent(25);
        const bool newGraduate = rng.percent(50);
        const int age = newGraduate ? 22 : rng.between(23, 35);
        QVector<int> months(stintCount);
        QVector<int> gaps(stintCount - 1);
        int total = 0;
        for (int i = 0; i < stintCount; ++i) {
            const bool last = i + 1 == stintCount;
            if (!last)
                months[i] = rng.percent(60) ? rng.between(24, 60) : rng.between(12, 119);
            else
                months[i] = current ? rng.between(12, 96) : tenureMonths(rng, kind);
            total += months[i] + 3; // slack for the snapping of dates to 1 April and month ends
            if (!last) {
                gaps[i] = rng.percent(70) ? rng.between(12, 48) : rng.between(49, 96);
                total += gaps[i];
            }
        }
        const QDate startHi = std::min(latestHire, today.addMonths(-total));
        if (startHi < earliestHire())
            continue;
        QVector<Stint> stints(stintCount);
        bool fits = true;
        for (int i = 0; i < stintCount && fits; ++i) {
            Stint &s = stints[i];
            s.hireDate = i == 0 ? snapHire(recentBiasedDate(rng, earliestHire(), startHi), newGraduate, startHi)
                                : snapHire(stints[i - 1].departureDate.addMonths(gaps[i - 1]), false, latestHire);
            if (s.hireDate > latestHire) {
                fits = false;
            } else if (i + 1 < stintCount || !current) {
                const QDate raw = s.hireDate.addMonths(months[i]).addDays(rng.between(0, 27));
                fits = raw <= today;
                if (fits)
                    s.departureDate = snapDeparture(rng, raw, s.hireDate, today);
            }
        }
        if (!fits)
            continue;
        const QDate birth = stints.first().hireDate.addYears(-age).addDays(-rng.between(0, 364));
        const QDate end = current ? today : stints.last().departureDate;
        if (yearsBetween(birth, end) >= 60)
            continue;
        c.birthDate = birth;
        c.currentlyEmployed = current;
        int department = pickers().department.pick(rng);
        for (int i = 0; i < stintCount; ++i) {
            Stint &s = stints[i];
            if (i > 0 && !rng.percent(50))
                department = pickers().department.pick(rng); // half come back to their old department
            const bool last = i + 1 == stintCount;
            const DepartureKind k = last ? kind : earlierDepartureKind(rng);
            if (!last || !current)
                c.lastKind = k;
            const QDate asOf = s.departureDate.isValid() ? s.departureDate : today;
            c.wasManager = isManagerial(describeStint(rng, s, birth, asOf, k, 0, department)) || c.wasManager;
        }
        c.departmentIndex = department;
        c.stints = stints;
        return true;
    }
    return false;
}

// Always valid, for the rare draw that no attempt could fit (e.g. a `today` close to 1985).
Career fallbackCareer(DemoRandom &rng, const QDate &today)
{
    Career c;
    Stint s;
    s.hireDate = std::max(earliestHire(), today.addYears(-3));
    s.departureDate = std::max(s.hireDate, today.addYears(-1));
    c.birthDate = s.hireDate.addYears(-25);
    c.departmentIndex = pickers().department.pick(rng);
    describeStint(rng, s, c.birthDate, s.departureDate, Voluntary, 0, c.departmentIndex);
    c.stints = {s};
    return c;
}

} // namespace

Career makeCareer(DemoRandom &rng, const QDate &today)
{
    DepartureKind kind = DepartureKind(pickers().departureKind.pick(rng));
    const int boomerangDraw = rng.between(0, 999);
    // About 5% are boomerangs: 4.5% with two stints, 0.5% with three.
    const int stintCount = boomerangDraw < 45 ? 2 : (boomerangDraw < 50 ? 3 : 1);
    Career c;
    bool made = false;
    if (stintCount > 1) {
        // A returnee's later departure is treated like any other leaver's; this roster has no rehired
        // retirees, so their retirement share goes to voluntary departures.
        made = boomerangCareer(rng, today, kind == Retirement ? Voluntary : kind, stintCount, c);
    } else if (kind == Retirement) {
        made = retiredCareer(rng, today, c);
    } else {
        made = singleCareer(rng, today, kind, c);
    }
    return made ? c : fallbackCareer(rng, today);
}

} // namespace alumnidesk::demo
