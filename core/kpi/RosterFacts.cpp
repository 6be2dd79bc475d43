#include "kpi/RosterFacts.h"

namespace alumnidesk::kpi::roster {

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
    return f;
}

FactQuery departures(const KpiContext &ctx, const Period &p, const QString &category, const QString &num,
                     const QVariantList &numBinds)
{
    // The alumni table is read only when `category` or `num` need it (a.…); otherwise the covering index
    // stints_by_departure answers the query alone.
    FactQuery f;
    f.binds << numBinds << p.fromText() << p.toText();
    const bool needsAlumni = category.contains(QLatin1String("a.")) || num.contains(QLatin1String("a."));
    f.sql = QStringLiteral("SELECT s.alumnus_id, s.departure_date, coalesce(%1, ''), %2, NULL FROM stints s %3"
                           "WHERE s.departure_date BETWEEN ? AND ? AND ")
                .arg(category, num, needsAlumni ? QStringLiteral("JOIN alumni a ON a.id = s.alumnus_id ") : QString())
        + facts::filterSql(ctx, QStringLiteral("s.department"), QStringLiteral("s.departure_type"), f.binds);
    return f;
}

FactQuery rehires(const KpiContext &ctx, const Period &p, const QString &category, const QString &num, const QString &measure)
{
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
    return f;
}

QString monthsToRehireSql()
{
    // An average month (365.25 / 12 days), so that 31 March → 1 April counts as a day, not a month.
    return QStringLiteral("((julianday(r.hire_date) - julianday(r.prev_departure)) / 30.4375)");
}

} // namespace alumnidesk::kpi::roster
