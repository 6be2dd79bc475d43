#include "roster/RosterStats.h"

#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk {

Result<RosterStats> computeRosterStats(QSqlDatabase &db)
{
    RosterStats s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString failed = QCoreApplication::translate("Roster", "The roster statistics could not be computed.");
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(stint_count > 1), 0), coalesce(sum(stint_count), 0) FROM alumni")) || !q.next())
        return sql::queryError(q, failed);
    s.alumni = q.value(0).toLongLong();
    s.boomerangs = q.value(1).toLongLong();
    s.stints = q.value(2).toLongLong();
    if (!q.exec(QStringLiteral("SELECT last_departure_type, count(*) FROM alumni GROUP BY last_departure_type")))
        return sql::queryError(q, failed);
    while (q.next())
        s.byDepartureType.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT membership_status, count(*) FROM alumni GROUP BY membership_status")))
        return sql::queryError(q, failed);
    while (q.next())
        s.byStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT CAST(substr(last_departure_date, 1, 4) AS INTEGER), count(*) FROM alumni "
                               "WHERE last_departure_date IS NOT NULL GROUP BY 1")))
        return sql::queryError(q, failed);
    while (q.next())
        s.byDepartureYear.insert(q.value(0).toInt(), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT count(DISTINCT last_department) FROM alumni WHERE last_department <> ''")) || !q.next())
        return sql::queryError(q, failed);
    s.departments = q.value(0).toInt();
    return s;
}

} // namespace alumnidesk
