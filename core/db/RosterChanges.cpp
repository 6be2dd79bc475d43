#include "db/RosterChanges.h"

#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

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

Result<qint64> lastSeq(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM roster_changes")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Database", "The roster's change feed could not be read."));
    return q.value(0).toLongLong();
}

Result<std::optional<QVector<qint64>>> changedSince(QSqlDatabase &db, qint64 seq, qint64 limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString failed = QCoreApplication::translate("Database", "The roster's change feed could not be read.");
    if (Status st = sql::prepare(q, QStringLiteral("SELECT alumnus_id, import_id FROM roster_changes WHERE seq > ? ORDER BY seq")); !st)
        return st.error();
    q.addBindValue(seq);
    if (!q.exec())
        return sql::queryError(q, failed);
    QSet<qint64> people;
    QVector<qint64> imports;
    while (q.next()) {
        if (!q.value(0).isNull())
            people.insert(q.value(0).toLongLong());
        else if (!q.value(1).isNull())
            imports.append(q.value(1).toLongLong());
        else
            return std::optional<QVector<qint64>>();
        if (people.size() > limit)
            return std::optional<QVector<qint64>>();
    }
    QSqlQuery c(db);
    c.setForwardOnly(true);
    if (Status st = sql::prepare(c, QStringLiteral("SELECT alumnus_id FROM import_changes WHERE import_id = ?")); !st)
        return st.error();
    for (qint64 import : imports) {
        c.addBindValue(import);
        if (!c.exec())
            return sql::queryError(c, failed);
        while (c.next()) {
            people.insert(c.value(0).toLongLong());
            if (people.size() > limit)
                return std::optional<QVector<qint64>>();
        }
    }
    QVector<qint64> out(people.begin(), people.end());
    std::sort(out.begin(), out.end());
    return std::optional<QVector<qint64>>(std::move(out));
}

Result<qint64> prune(QSqlDatabase &db, qint64 limit, qint64 keep)
{
    QSqlQuery q(db);
    // The span of seq, read from both ends of the primary key, bounds the number of entries without a count.
    if (Status st = sql::prepare(q, QStringLiteral("SELECT coalesce(max(seq) - min(seq) + 1, 0) FROM roster_changes")); !st)
        return st.error();
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next() || q.value(0).toLongLong() <= limit)
        return qint64(0);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT seq FROM roster_changes ORDER BY seq DESC LIMIT 1 OFFSET ?")); !st)
        return st.error();
    q.addBindValue(std::max<qint64>(keep - 1, 0));
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next())
        return qint64(0); // fewer entries than `keep`: gaps left by recordEveryone made the span look long
    const qint64 oldestKept = q.value(0).toLongLong();
    q.finish();
    if (Status st = sql::exec(db, QStringLiteral("SAVEPOINT roster_changes_prune")); !st)
        return st.error();
    QSqlQuery mark(db);
    QSqlQuery drop(db);
    Status st = sql::prepare(mark, QStringLiteral("UPDATE roster_changes SET alumnus_id = NULL, import_id = NULL WHERE seq = ?"));
    if (st) {
        mark.addBindValue(oldestKept);
        st = sql::exec(mark);
    }
    if (st)
        st = sql::prepare(drop, QStringLiteral("DELETE FROM roster_changes WHERE seq < ?"));
    if (st) {
        drop.addBindValue(oldestKept);
        st = sql::exec(drop);
    }
    if (!st) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK TO roster_changes_prune"));
        (void)sql::exec(db, QStringLiteral("RELEASE roster_changes_prune"));
        return st.error();
    }
    const qint64 deleted = drop.numRowsAffected();
    if (Status rel = sql::exec(db, QStringLiteral("RELEASE roster_changes_prune")); !rel)
        return rel.error();
    return deleted;
}

} // namespace alumnidesk::rosterchanges
