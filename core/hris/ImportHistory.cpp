#include "hris/ImportHistory.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RosterRevision.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "db/WriteTransaction.h"
#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace alumnidesk::hris {

namespace {

/// People added by the import from which a rollback removes them in one statement.
constexpr qint64 kBulkRollback = 20000;

} // namespace

Result<QVector<ImportRecord>> listImports(Database &db, int limit)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT id, started_at, user, source, file_name, file_sha256, encoding, "
                                                   "profile, rows, inserted, updated, unchanged, rejected, rolled_back_at "
                                                   "FROM imports ORDER BY id DESC LIMIT ?"));
        !st)
        return st.error();
    q.addBindValue(limit);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<ImportRecord> out;
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.user = q.value(2).toString();
        r.source = q.value(3).toString();
        r.fileName = q.value(4).toString();
        r.sha256 = q.value(5).toString();
        r.encoding = q.value(6).toString();
        r.profile = q.value(7).toString();
        r.rows = q.value(8).toInt();
        r.inserted = q.value(9).toInt();
        r.updated = q.value(10).toInt();
        r.unchanged = q.value(11).toInt();
        r.rejected = q.value(12).toInt();
        if (!q.value(13).isNull())
            r.rolledBackAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

Result<RollbackSummary> rollbackLastImport(Database &db, const QString &source)
{
    QSqlDatabase &sqlDb = db.sql();
    WriteTransaction tx(sqlDb, db.backend());
    if (!tx.started())
        return tx.status().error();
    // Many rows: the roster revision moves once at the end, not once a row (rolled back with the rest).
    if (Status st = rosterrevision::suspend(sqlDb); !st)
        return st.error();
    // Spelled out rather than through a local lambda named tr(): lupdate files such strings under the
    // namespace, where the translation is never looked up.

    QSqlQuery q(sqlDb);
    if (!q.exec(QStringLiteral("SELECT id, last_audit_id, file_name FROM imports WHERE rolled_back_at IS NULL "
                               "ORDER BY id DESC LIMIT 1")))
        return sql::queryError(q,
                               QCoreApplication::translate("ImportHistory", "The import history could not be read."));
    if (!q.next())
        return Error{QCoreApplication::translate("ImportHistory", "There is no import to roll back."), {}};
    RollbackSummary summary;
    summary.importId = q.value(0).toLongLong();
    const qint64 lastAudit = q.value(1).toLongLong();
    q.finish();

    struct Change {
        qint64 alumnusId;
        QString action;
        QString before;
        QString employeeId;
    };
    QVector<Change> changes;
    if (!q.exec(QStringLiteral("SELECT c.alumnus_id, c.action, c.before, a.employee_id FROM import_changes c "
                               "LEFT JOIN alumni a ON a.id = c.alumnus_id WHERE c.import_id = %1")
                    .arg(summary.importId)))
        return sql::queryError(q,
                               QCoreApplication::translate("ImportHistory", "The import history could not be read."));
    while (q.next())
        changes.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();

    // Anyone changed (or deleted) after the import? Then undoing it would discard that work.
    QStringList touched;
    QSqlQuery later(sqlDb);
    // Entries of imports rolled back since (and of their rollbacks) cancel out and do not count.
    if (Status st = sql::prepare(later, QStringLiteral("SELECT l.user, l.at FROM audit_log l WHERE l.entity = 'alumnus' AND "
                                                       "l.entity_key = ? AND l.id > ? AND NOT EXISTS (SELECT 1 FROM imports r "
                                                       "WHERE r.rolled_back_at IS NOT NULL AND l.id BETWEEN r.first_audit_id "
                                                       "AND r.rollback_last_audit_id) ORDER BY l.id DESC LIMIT 1"));
        !st)
        return st.error();
    for (const Change &c : changes) {
        if (c.employeeId.isEmpty()) {
            touched.append(
                QCoreApplication::translate("ImportHistory", "a person the import wrote has been deleted since"));
            continue;
        }
        later.addBindValue(c.employeeId);
        later.addBindValue(lastAudit);
        if (Status st = sql::exec(later); !st)
            return st.error();
        if (later.next())
            touched.append(QCoreApplication::translate("ImportHistory", "%1 (changed by %2 at %3)")
                               .arg(c.employeeId, later.value(0).toString(), later.value(1).toString()));
        later.finish();
    }
    if (!touched.isEmpty())
        return Error{QCoreApplication::translate("ImportHistory",
                                                 "The import cannot be rolled back: people it wrote have been changed "
                                                 "since. Undo those changes first or edit the records by hand."),
                     touched.mid(0, 20).join(QLatin1Char('\n'))};

    AlumnusRows rows(sqlDb, db.backend());
    AlumnusAttributes attributes(sqlDb, db.backend());
    AuditLog audit(sqlDb);
    const qint64 inserts = std::count_if(changes.begin(), changes.end(),
                                         [](const Change &c) { return c.action == QLatin1String("insert"); });
    // Many people to remove (a first import of a whole HR system): one statement, with the search index
    // and the roster's sort indexes rebuilt once after instead of kept current row by row.
    const bool bulk = inserts >= kBulkRollback;
    for (const Change &c : changes) {
        if (c.action == QLatin1String("insert")) {
            if (bulk)
                continue;
            if (Status st = rows.remove(c.alumnusId); !st)
                return st.error();
            if (Status st = audit.record(source, QStringLiteral("delete"), QStringLiteral("alumnus"), c.employeeId, {},
                                         QCoreApplication::translate("ImportHistory", "import rolled back"), {});
                !st)
                return st.error();
            ++summary.removed;
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(c.before.toUtf8()).object();
        Alumnus before = alumnusFromJson(o);
        before.id = c.alumnusId;
        if (Status st = rows.update(before); !st)
            return st.error();
        Attributes attrs;
        for (const QJsonValue &v : o.value(QStringLiteral("attributes")).toArray())
            attrs.append({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
        if (Status st = attributes.replace(c.alumnusId, attrs); !st)
            return st.error();
        if (Status st = audit.record(source, QStringLiteral("restore"), QStringLiteral("alumnus"), c.employeeId, {},
                                     QCoreApplication::translate("ImportHistory", "import rolled back"), {});
            !st)
            return st.error();
        ++summary.restored;
    }
    if (bulk) {
        if (Status st = db.backend().suspendSearchIndex(sqlDb); !st)
            return st.error();
        auto dropped = db.backend().dropSecondaryIndexes(sqlDb, {QStringLiteral("alumni")});
        if (!dropped)
            return dropped.error();
        QSqlQuery del(sqlDb);
        if (!del.exec(QStringLiteral("DELETE FROM alumni WHERE id IN (SELECT alumnus_id FROM import_changes "
                                     "WHERE import_id = %1 AND action = 'insert')")
                          .arg(summary.importId)))
            return sql::queryError(del, QCoreApplication::translate("ImportHistory", "The import could not be rolled back."));
        for (const auto &index : dropped.value()) {
            if (Status st = sql::exec(sqlDb, index.second); !st)
                return st.error();
        }
        if (Status st = db.backend().rebuildSearchIndex(sqlDb); !st)
            return st.error();
        if (Status st = audit.record(source, QStringLiteral("bulk_delete"), QStringLiteral("roster"), QStringLiteral("*"), {},
                                     QCoreApplication::translate("ImportHistory", "import rolled back"),
                                     QString::number(inserts));
            !st)
            return st.error();
        summary.removed += int(inserts);
    }
    QSqlQuery done(sqlDb);
    if (!done.exec(QStringLiteral("UPDATE imports SET rolled_back_at = '%1', rollback_last_audit_id = "
                                  "(SELECT coalesce(max(id), 0) FROM audit_log) WHERE id = %2")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                       .arg(summary.importId)))
        return sql::queryError(done,
                               QCoreApplication::translate("ImportHistory", "The import history could not be updated."));
    if (Status st = rosterrevision::resume(sqlDb, summary.importId); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return summary;
}

} // namespace alumnidesk::hris
