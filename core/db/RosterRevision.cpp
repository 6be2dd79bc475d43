#include "db/RosterRevision.h"

#include "db/RosterChanges.h"
#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::rosterrevision {

namespace {

constexpr const char *kTables[] = {"alumni", "stints"};
constexpr const char *kEvents[] = {"INSERT", "UPDATE", "DELETE"};

QString triggerName(const char *table, const char *event)
{
    return QStringLiteral("%1_revision_%2").arg(QLatin1String(table), QString::fromLatin1(event).toLower());
}

} // namespace

QStringList triggers()
{
    QStringList out;
    for (const char *table : kTables) {
        for (const char *event : kEvents) {
            out.append(QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN UPDATE roster_revision SET n = n + 1; END")
                           .arg(triggerName(table, event), QLatin1String(event), QLatin1String(table)));
        }
    }
    return out;
}

Status suspend(QSqlDatabase &db)
{
    QStringList drops;
    for (const char *table : kTables) {
        for (const char *event : kEvents)
            drops.append(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(triggerName(table, event)));
    }
    drops += rosterchanges::dropTriggers();
    return sql::execAll(db, drops);
}

namespace {

Status putBack(QSqlDatabase &db)
{
    // Dropped first, so resuming what was never suspended does no harm.
    if (Status st = suspend(db); !st)
        return st;
    if (Status st = sql::execAll(db, triggers() + rosterchanges::triggers()); !st)
        return st;
    return sql::exec(db, QStringLiteral("UPDATE roster_revision SET n = n + 1"));
}

} // namespace

Result<qint64> current(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT n FROM roster_revision")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Eligibility", "The roster revision could not be read."));
    return q.value(0).toLongLong();
}

Status resume(QSqlDatabase &db)
{
    if (Status st = putBack(db); !st)
        return st;
    return rosterchanges::recordEveryone(db);
}

Status resume(QSqlDatabase &db, qint64 importId)
{
    if (Status st = putBack(db); !st)
        return st;
    return rosterchanges::recordImport(db, importId);
}

} // namespace alumnidesk::rosterrevision
