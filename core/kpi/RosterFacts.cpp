#include "kpi/RosterFacts.h"

#include "kpi/KpiSnapshot.h"
#include "kpi/MemoryFacts.h"

#include <QStringList>

namespace alumnidesk::kpi::roster {

namespace {

// A department or departure-type filter over the snapshot's text codes: "" lets everyone through, a
// text no row holds lets nobody through.
struct CodeFilter {
    bool any = true;
    qint32 code = -1;
    bool matches(qint32 c) const { return any || c == code; }
};

CodeFilter codeFilter(const KpiSnapshot &s, const QString &value)
{
    if (value.isEmpty())
        return {};
    return {false, s.code(value)};
}

// Per text code: is it a member status (memberStatusesSql())?
std::vector<char> memberFlags(const KpiSnapshot &s)
{
    std::vector<char> flags(size_t(s.textCount()));
    for (qint32 i = 0; i < s.textCount(); ++i)
        flags[size_t(i)] = s.isMember(i);
    return flags;
}

std::function<QString(qint32)> snapshotTexts(const KpiSnapshot &s)
{
    return [&s](qint32 code) { return s.text(code); };
}

std::function<QString(qint32)> fixedTexts(const QStringList &texts)
{
    return [texts](qint32 code) { return texts.at(code); };
}

const QStringList &yearsAwayKeys()
{
    static const QStringList keys{QStringLiteral("under_1y"), QStringLiteral("1y_3y"), QStringLiteral("3y_5y"),
                                  QStringLiteral("5y_more")};
    return keys;
}

// Months between the departure and the rehire, as SQL over `r`. An average month (365.25 / 12 days), so
// that 31 March → 1 April counts as a day, not a month.
QString monthsToRehireSql()
{
    return QStringLiteral("((julianday(r.hire_date) - julianday(r.prev_departure)) / 30.4375)");
}

} // namespace

QString memberStatusesSql()
{
    return QStringLiteral("('registered', 'active', 'dormant')");
}

QDate beginning()
{
    return QDate(1900, 1, 1);
}

FactQuery peopleByFirstDeparture(const KpiContext &ctx, const Period &p, bool membersOnly)
{
    FactQuery f;
    f.binds << p.fromText() << p.toText();
    f.sql = QStringLiteral("SELECT a.id, fd.first_departure, a.membership_status, a.membership_status IN %1, NULL "
                           "FROM (SELECT alumnus_id, min(departure_date) AS first_departure FROM stints "
                           "WHERE departure_date IS NOT NULL GROUP BY alumnus_id) fd "
                           "JOIN alumni a ON a.id = fd.alumnus_id "
                           "WHERE fd.first_departure BETWEEN ? AND ? AND ")
                .arg(memberStatusesSql())
        + facts::filterSql(ctx, QStringLiteral("a.last_department"), QStringLiteral("a.last_departure_type"), f.binds);
    if (membersOnly)
        f.sql += QStringLiteral(" AND a.membership_status IN ") + memberStatusesSql();
    f.onePerPerson = true;

    const qint32 from = memfacts::dateKey(p.from);
    const qint32 to = memfacts::dateKey(p.to);
    const QString department = ctx.department();
    const QString type = ctx.departureType();
    f.memory = [=](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
        if (from < 0 || to < 0)
            return std::nullopt;
        const CodeFilter dep = codeFilter(s, department);
        const CodeFilter typ = codeFilter(s, type);
        const std::vector<char> member = memberFlags(s);
        MemoryFacts m;
        m.onePerPerson = true;
        m.categoryText = snapshotTexts(s);
        const std::vector<SnapPerson> &people = s.people();
        if (p.from <= beginning())
            m.rows.reserve(people.size()); // a stock: nearly everyone
        for (size_t i = 0; i < people.size(); ++i) {
            const SnapPerson &x = people[i];
            if (x.firstDeparture == 0 || x.firstDeparture < from || x.firstDeparture > to
                || !dep.matches(x.department) || !typ.matches(x.departureType))
                continue;
            const bool isMember = member[size_t(x.status)];
            if (membersOnly && !isMember)
                continue;
            FactRow r;
            r.person = qint32(i);
            r.at = x.firstDeparture;
            r.category = x.status;
            r.num = isMember;
            m.rows.push_back(r);
        }
        return m;
    };
    return f;
}

FactQuery departures(const KpiContext &ctx, const Period &p, DepartureCategory category, DepartureNum num)
{
    QString categorySql = QStringLiteral("''");
    switch (category) {
    case DepartureCategory::None:
        break;
    case DepartureCategory::Type:
        categorySql = QStringLiteral("s.departure_type");
        break;
    case DepartureCategory::Reason:
        categorySql = QStringLiteral("s.departure_reason");
        break;
    case DepartureCategory::Year:
        categorySql = QStringLiteral("substr(s.departure_date, 1, 4)");
        break;
    }
    QString numSql = QStringLiteral("0");
    QVariantList numBinds;
    if (num == DepartureNum::Member) {
        numSql = QStringLiteral("a.membership_status IN ") + memberStatusesSql();
    } else if (num == DepartureNum::RehiredByEnd) {
        numSql = QStringLiteral("(a.stint_count > 1 AND EXISTS (SELECT 1 FROM stints n WHERE n.alumnus_id = "
                                "s.alumnus_id AND n.hire_date > s.departure_date AND n.hire_date <= ?))");
        numBinds << p.toText();
    }
    // The alumni table is read only when `num` needs it (a.…); otherwise the covering index
    // stints_by_departure answers the query alone.
    FactQuery f;
    f.binds << numBinds << p.fromText() << p.toText();
    const bool needsAlumni = num != DepartureNum::None;
    f.sql = QStringLiteral("SELECT s.alumnus_id, s.departure_date, coalesce(%1, ''), %2, NULL FROM stints s %3"
                           "WHERE s.departure_date BETWEEN ? AND ? AND ")
                .arg(categorySql, numSql, needsAlumni ? QStringLiteral("JOIN alumni a ON a.id = s.alumnus_id ") : QString())
        + facts::filterSql(ctx, QStringLiteral("s.department"), QStringLiteral("s.departure_type"), f.binds);

    const qint32 from = memfacts::dateKey(p.from);
    const qint32 to = memfacts::dateKey(p.to);
    const QString department = ctx.department();
    const QString type = ctx.departureType();
    f.memory = [=](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
        if (from < 0 || to < 0)
            return std::nullopt;
        const CodeFilter dep = codeFilter(s, department);
        const CodeFilter typ = codeFilter(s, type);
        const std::vector<char> member = num == DepartureNum::Member ? memberFlags(s) : std::vector<char>();
        const std::vector<SnapPerson> &people = s.people();
        MemoryFacts m;
        if (category == DepartureCategory::Year)
            m.categoryText = [](qint32 year) { return QString::number(year); };
        else
            m.categoryText = snapshotTexts(s);
        // Dead rows (people re-read or removed) have date 0, outside every period.
        auto rowOf = [&](const SnapDeparture &d, FactRow &r) {
            if (d.date < from || d.date > to || !dep.matches(d.department) || !typ.matches(d.type))
                return false;
            r.person = d.person;
            r.at = d.date;
            switch (category) {
            case DepartureCategory::None:
                r.category = 0; // the empty text
                break;
            case DepartureCategory::Type:
                r.category = d.type;
                break;
            case DepartureCategory::Reason:
                r.category = d.reason;
                break;
            case DepartureCategory::Year:
                r.category = d.date / 10000;
                break;
            }
            if (num == DepartureNum::Member)
                r.num = member[size_t(people[size_t(d.person)].status)];
            else if (num == DepartureNum::RehiredByEnd)
                r.num = people[size_t(d.person)].stintCount > 1 && d.nextHire != 0 && d.nextHire <= to;
            return true;
        };
        const std::vector<SnapDeparture> &all = s.departures();
        const auto &byYear = s.departuresByYear();
        const auto first = byYear.lower_bound(from / 10000);
        const auto last = byYear.upper_bound(to / 10000);
        size_t inYears = 0;
        for (auto year = first; year != last; ++year)
            inYears += year->second.size();
        FactRow r;
        if (inYears * 4 > all.size()) {
            // Most rows: one pass in storage order, where each person's rows are adjacent already.
            for (const SnapDeparture &d : all) {
                if (rowOf(d, r))
                    m.rows.push_back(r);
            }
            return m;
        }
        // Only the years the period touches. People with one departure go straight in; the rows of the
        // others are gathered person by person afterwards, as distinct counts need them adjacent.
        std::vector<std::pair<qint32, FactRow>> multi;
        for (auto year = first; year != last; ++year) {
            for (qint32 row : year->second) {
                const SnapDeparture &d = all[size_t(row)];
                if (!rowOf(d, r))
                    continue;
                if (d.multi)
                    multi.push_back({row, r});
                else
                    m.rows.push_back(r);
            }
        }
        // By person, then by row (each person's rows stay in their order).
        std::sort(multi.begin(), multi.end(), [](const auto &a, const auto &b) {
            return a.second.person != b.second.person ? a.second.person < b.second.person : a.first < b.first;
        });
        for (const auto &x : multi)
            m.rows.push_back(x.second);
        return m;
    };
    return f;
}

FactQuery rehires(const KpiContext &ctx, const Period &p, RehireFacts kind)
{
    QString category = QStringLiteral("''");
    QString num = QStringLiteral("0");
    QString measure = QStringLiteral("NULL");
    if (kind == RehireFacts::TimeAway) {
        const QString months = monthsToRehireSql();
        category = QStringLiteral("CASE WHEN %1 < 12 THEN 'under_1y' WHEN %1 < 36 THEN '1y_3y' "
                                  "WHEN %1 < 60 THEN '3y_5y' ELSE '5y_more' END")
                       .arg(months);
        measure = months;
    } else if (kind == RehireFacts::SecondDeparture) {
        num = QStringLiteral("(r.departure_date IS NOT NULL AND r.departure_date < date(r.hire_date, '+12 months'))");
    }
    FactQuery f;
    f.binds << p.fromText() << p.toText();
    // Only people with more than one stint can have been rehired; alumni_boomerangs (a partial index) finds
    // them without reading everyone.
    f.sql = QStringLiteral("SELECT r.alumnus_id, r.hire_date, coalesce(%1, ''), %2, %3 FROM ("
                           "SELECT s.alumnus_id, s.hire_date, s.departure_date, "
                           "lag(s.departure_date) OVER w AS prev_departure, lag(s.department) OVER w AS prev_department, "
                           "lag(s.departure_type) OVER w AS prev_type "
                           "FROM stints s WHERE s.alumnus_id IN (SELECT id FROM alumni WHERE stint_count > 1) "
                           "WINDOW w AS (PARTITION BY s.alumnus_id ORDER BY s.hire_date, s.id)) r "
                           "WHERE r.prev_departure IS NOT NULL AND r.hire_date > r.prev_departure "
                           "AND r.hire_date BETWEEN ? AND ? AND ")
                .arg(category, num, measure)
        + facts::filterSql(ctx, QStringLiteral("r.prev_department"), QStringLiteral("r.prev_type"), f.binds);

    const qint32 from = memfacts::dateKey(p.from);
    const qint32 to = memfacts::dateKey(p.to);
    const QString department = ctx.department();
    const QString type = ctx.departureType();
    f.memory = [=](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
        if (from < 0 || to < 0)
            return std::nullopt;
        const CodeFilter dep = codeFilter(s, department);
        const CodeFilter typ = codeFilter(s, type);
        MemoryFacts m;
        m.categoryText = kind == RehireFacts::TimeAway ? fixedTexts(yearsAwayKeys()) : snapshotTexts(s);
        for (const SnapRehire &x : s.rehires()) {
            if (x.hire < from || x.hire > to || !dep.matches(x.prevDepartment) || !typ.matches(x.prevType))
                continue;
            FactRow r;
            r.person = x.person;
            r.at = x.hire;
            if (kind == RehireFacts::TimeAway) {
                const double months = double(memfacts::daysBetween(x.hire, x.prevDeparture)) / 30.4375;
                m.measures.push_back(months);
                r.category = months < 12 ? 0 : months < 36 ? 1 : months < 60 ? 2 : 3;
            } else if (kind == RehireFacts::SecondDeparture) {
                r.num = x.departure != 0 && x.departure < memfacts::addMonths(x.hire, 12);
            }
            m.rows.push_back(r);
        }
        return m;
    };
    return f;
}

} // namespace alumnidesk::kpi::roster
