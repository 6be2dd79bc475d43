#include "db/RosterChanges.h"

#include "db/SqlUtil.h"

#include <QSqlQuery>

namespace alumnidesk::rosterchanges {

namespace {

struct Feed {
    const char *name;
    const char *event;
    const char *table;
    const char *body;
};

// An UPDATE that moves a stint to another person (or renumbers an alumnus) records both ids.
constexpr Feed kFeeds[] = {
    {"alumni_changes_insert", "INSERT", "alumni", "INSERT INTO roster_changes(alumnus_id) VALUES (new.id);"},
    {"alumni_changes_update", "UPDATE", "alumni",
     "INSERT INTO roster_changes(alumnus_id) VALUES (new.id); "
     "INSERT INTO roster_changes(alumnus_id) SELECT old.id WHERE old.id <> new.id;"},
    {"alumni_changes_delete", "DELETE", "alumni", "INSERT INTO roster_changes(alumnus_id) VALUES (old.id);"},
    {"stints_changes_insert", "INSERT", "stints", "INSERT INTO roster_changes(alumnus_id) VALUES (new.alumnus_id);"},
    {"stints_changes_update", "UPDATE", "stints",
     "INSERT INTO roster_changes(alumnus_id) VALUES (new.alumnus_id); "
     "INSERT INTO roster_changes(alumnus_id) SELECT old.alumnus_id WHERE old.alumnus_id <> new.alumnus_id;"},
    {"stints_changes_delete", "DELETE", "stints", "INSERT INTO roster_changes(alumnus_id) VALUES (old.alumnus_id);"},
};

} // namespace

QStringList schema()
{
    QStringList out{QStringLiteral("CREATE TABLE roster_changes (seq INTEGER PRIMARY KEY, alumnus_id INTEGER, import_id INTEGER)")};
    out += triggers();
    return out;
}

QStringList triggers()
{
    QStringList out;
    for (const Feed &f : kFeeds) {
        out.append(QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN %4 END")
                       .arg(QLatin1String(f.name), QLatin1String(f.event), QLatin1String(f.table), QLatin1String(f.body)));
    }
    return out;
}

QStringList dropTriggers()
{
    QStringList out;
    for (const Feed &f : kFeeds)
        out.append(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(f.name)));
    return out;
}

Status recordImport(QSqlDatabase &db, qint64 importId)
{
    QSqlQuery q(db);
    if (Status st = sql::prepare(q, QStringLiteral("INSERT INTO roster_changes(import_id) VALUES (?)")); !st)
        return st;
    q.addBindValue(importId);
    return sql::exec(q);
}

Status recordEveryone(QSqlDatabase &db)
{
    // The new entry first, then the older ones go: seq keeps growing (it is the largest rowid), and a
    // reader that had seen any of the deleted entries sees this one and reloads.
    return sql::execAll(db, {QStringLiteral("INSERT INTO roster_changes(alumnus_id, import_id) VALUES (NULL, NULL)"),
                             QStringLiteral("DELETE FROM roster_changes WHERE seq < (SELECT max(seq) FROM roster_changes)")});
}

} // namespace alumnidesk::rosterchanges
