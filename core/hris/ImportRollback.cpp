// The rollback of the last import in bounded memory: the import's recorded changes (import_changes) are
// never loaded whole. Whether someone changed those people since is one pass over the audit entries written
// after the import; the people it added are removed a chunk at a time with set-based statements; the people
// it changed get their records back a chunk at a time. All of it in one write transaction.
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
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk::hris {

namespace {

constexpr int kListedPeople = 20; ///< people named in the refusal's detail

Error historyReadError(const QSqlQuery &q)
{
    return sql::queryError(q, QCoreApplication::translate("ImportHistory", "The import history could not be read."));
}

Error rollbackError(const QSqlQuery &q)
{
    return sql::queryError(q, QCoreApplication::translate("ImportHistory", "The import could not be rolled back."));
}

Result<qint64> single(QSqlQuery &q)
{
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next())
        return historyReadError(q);
    const qint64 value = q.value(0).isNull() ? -1 : q.value(0).toLongLong();
    q.finish();
    return value;
}

/// Up to kListedPeople lines naming the people the import wrote who were deleted or changed since; empty
/// when nobody was. Reads the audit entries written after the import, not the import's changes one by one.
Result<QStringList> touchedSince(QSqlDatabase &db, qint64 importId, qint64 lastAudit)
{
    QStringList touched;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT count(*) FROM import_changes c WHERE c.import_id = ? AND NOT EXISTS "
                                                   "(SELECT 1 FROM alumni a WHERE a.id = c.alumnus_id)"));
        !st)
        return st.error();
    q.addBindValue(importId);
    auto deleted = single(q);
    if (!deleted)
        return deleted.error();
    for (qint64 i = 0; i < std::min<qint64>(deleted.value(), kListedPeople); ++i)
        touched.append(QCoreApplication::translate("ImportHistory", "a person the import wrote has been deleted since"));
    if (touched.size() >= kListedPeople)
        return touched;
    // Newest first: each person is named with the latest change. Entries of imports rolled back since (and
    // of their rollbacks) cancel out and do not count. `+l.entity` keeps the scan on the audit log's ids
    // after the import rather than on every entry about a person.
    if (Status st = sql::prepare(q, QStringLiteral("SELECT a.employee_id, l.user, l.at FROM audit_log l JOIN alumni a ON "
                                                   "a.employee_id = l.entity_key JOIN import_changes c ON c.import_id = ? AND "
                                                   "c.alumnus_id = a.id WHERE +l.entity = 'alumnus' AND l.id > ? AND NOT EXISTS "
                                                   "(SELECT 1 FROM imports r WHERE r.rolled_back_at IS NOT NULL AND l.id BETWEEN "
                                                   "r.first_audit_id AND r.rollback_last_audit_id) ORDER BY l.id DESC"));
        !st)
        return st.error();
    q.addBindValue(importId);
    q.addBindValue(lastAudit);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QSet<QString> named;
    while (touched.size() < kListedPeople && q.next()) {
        const QString employeeId = q.value(0).toString();
        if (named.contains(employeeId))
            continue;
        named.insert(employeeId);
        touched.append(QCoreApplication::translate("ImportHistory", "%1 (changed by %2 at %3)")
                           .arg(employeeId, q.value(1).toString(), q.value(2).toString()));
    }
    q.finish();
    return touched;
}

/// Gives the people the import changed their records back, `chunk` people at a time.
Result<int> restoreChanged(Database &db, const QString &source, qint64 importId, int chunk)
{
    QSqlDatabase &sqlDb = db.sql();
    AlumnusRows rows(sqlDb, db.backend());
    AlumnusAttributes attributes(sqlDb, db.backend());
    AuditLog audit(sqlDb);
    QSqlQuery q(sqlDb);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT c.alumnus_id, c.before, a.employee_id FROM import_changes c "
                                                   "JOIN alumni a ON a.id = c.alumnus_id WHERE c.import_id = ? AND "
                                                   "c.action = 'update' AND c.alumnus_id > ? ORDER BY c.alumnus_id LIMIT ?"));
        !st)
        return st.error();
    struct Change {
        qint64 alumnusId;
        QString before;
        QString employeeId;
    };
    QVector<Change> changes;
    changes.reserve(chunk);
    qint64 after = -1;
    int restored = 0;
    for (;;) {
        changes.clear();
        q.addBindValue(importId);
        q.addBindValue(after);
        q.addBindValue(chunk);
        if (Status st = sql::exec(q); !st)
            return st.error();
        while (q.next())
            changes.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        q.finish();
        if (changes.isEmpty())
            return restored;
        after = changes.constLast().alumnusId;
        for (const Change &c : std::as_const(changes)) {
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
            ++restored;
        }
    }
}

/// Removes the people the import added, `chunk` people a statement: SQLite keeps a statement's undo
/// journal (and with temp_store = MEMORY that is the heap) for every page the statement changes, so one
/// DELETE of 200,000 people and their stints held about 190 MB. With `audit`, one entry per person first.
Result<qint64> removeAdded(QSqlDatabase &db, const QString &source, qint64 importId, int chunk, bool auditEach)
{
    QSqlQuery bound(db);
    if (Status st = sql::prepare(bound, QStringLiteral("SELECT max(alumnus_id) FROM (SELECT alumnus_id FROM import_changes WHERE "
                                                       "import_id = ? AND action = 'insert' AND alumnus_id > ? ORDER BY "
                                                       "alumnus_id LIMIT ?)"));
        !st)
        return st.error();
    const QString added = QStringLiteral("SELECT alumnus_id FROM import_changes WHERE import_id = ? AND action = 'insert' AND "
                                         "alumnus_id > ? AND alumnus_id <= ?");
    QSqlQuery audit(db);
    if (auditEach) {
        if (Status st = sql::prepare(audit, QStringLiteral("INSERT INTO audit_log(at, user, source, action, entity, entity_key, "
                                                           "field, old_value, new_value) SELECT ?, ?, ?, 'delete', 'alumnus', "
                                                           "a.employee_id, NULL, ?, NULL FROM alumni a WHERE a.id IN (%1) "
                                                           "ORDER BY a.id")
                                                            .arg(added));
            !st)
            return st.error();
    }
    QSqlQuery remove(db);
    if (Status st = sql::prepare(remove, QStringLiteral("DELETE FROM alumni WHERE id IN (%1)").arg(added)); !st)
        return st.error();
    const QString user = AuditLog(db).user();
    const QString why = QCoreApplication::translate("ImportHistory", "import rolled back");
    qint64 after = -1;
    qint64 removed = 0;
    for (;;) {
        bound.addBindValue(importId);
        bound.addBindValue(after);
        bound.addBindValue(chunk);
        auto last = single(bound);
        if (!last)
            return last.error();
        if (last.value() < 0)
            return removed;
        if (auditEach) {
            audit.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            audit.addBindValue(user);
            audit.addBindValue(source);
            audit.addBindValue(why);
            audit.addBindValue(importId);
            audit.addBindValue(after);
            audit.addBindValue(last.value());
            if (!audit.exec())
                return rollbackError(audit);
        }
        remove.addBindValue(importId);
        remove.addBindValue(after);
        remove.addBindValue(last.value());
        if (!remove.exec())
            return rollbackError(remove);
        removed += remove.numRowsAffected();
        after = last.value();
    }
}

// SQLite's temporary files — statement journals, the sorter's runs when the roster's indexes are built
// again — on disk for the rollback rather than in the heap (the connection keeps them in memory): with
// a million people staying, rebuilding their indexes after removing 200,000 otherwise held about 150 MB.
// Set before the transaction (SQLite refuses inside one) and put back after.
class TemporaryFilesOnDisk {
public:
    explicit TemporaryFilesOnDisk(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
            m_before = q.value(0).toInt();
        q.finish();
        if (m_before != kFile)
            (void)sql::exec(m_db, QStringLiteral("PRAGMA temp_store = FILE"));
    }
    ~TemporaryFilesOnDisk()
    {
        if (m_before >= 0 && m_before != kFile)
            (void)sql::exec(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_before));
    }
    TemporaryFilesOnDisk(const TemporaryFilesOnDisk &) = delete;
    TemporaryFilesOnDisk &operator=(const TemporaryFilesOnDisk &) = delete;

private:
    static constexpr int kFile = 1;
    QSqlDatabase &m_db;
    int m_before = -1;
};

} // namespace

Result<RollbackSummary> rollbackLastImport(Database &db, const QString &source, const RollbackOptions &options)
{
    QSqlDatabase &sqlDb = db.sql();
    const TemporaryFilesOnDisk onDisk(sqlDb);
    WriteTransaction tx(sqlDb, db.backend());
    if (!tx.started())
        return tx.status().error();
    // Many rows: the roster revision moves once at the end, not once a row (rolled back with the rest).
    if (Status st = rosterrevision::suspend(sqlDb); !st)
        return st.error();
    // Spelled out rather than through a local lambda named tr(): lupdate files such strings under the
    // namespace, where the translation is never looked up.

    QSqlQuery q(sqlDb);
    if (!q.exec(QStringLiteral("SELECT id, last_audit_id FROM imports WHERE rolled_back_at IS NULL ORDER BY id DESC LIMIT 1")))
        return historyReadError(q);
    if (!q.next())
        return Error{QCoreApplication::translate("ImportHistory", "There is no import to roll back."), {}};
    RollbackSummary summary;
    summary.importId = q.value(0).toLongLong();
    const qint64 lastAudit = q.value(1).toLongLong();
    q.finish();

    // Anyone changed (or deleted) after the import? Then undoing it would discard that work.
    auto touched = touchedSince(sqlDb, summary.importId, lastAudit);
    if (!touched)
        return touched.error();
    if (!touched.value().isEmpty())
        return Error{QCoreApplication::translate("ImportHistory",
                                                 "The import cannot be rolled back: people it wrote have been changed "
                                                 "since. Undo those changes first or edit the records by hand."),
                     touched.value().join(QLatin1Char('\n'))};

    if (Status st = sql::prepare(q, QStringLiteral("SELECT count(*) FROM import_changes WHERE import_id = ? AND action = 'insert'"));
        !st)
        return st.error();
    q.addBindValue(summary.importId);
    auto inserts = single(q);
    if (!inserts)
        return inserts.error();
    const int chunk = std::max(1, options.chunk);
    auto restored = restoreChanged(db, source, summary.importId, chunk);
    if (!restored)
        return restored.error();
    summary.restored = restored.value();

    // Many people to remove (a first import of a whole HR system): with the search index and the roster's
    // sort indexes rebuilt once after instead of kept current row by row, and one audit entry.
    const bool bulk = inserts.value() >= options.bulkThreshold;
    QVector<QPair<QString, QString>> dropped;
    if (bulk) {
        if (Status st = db.backend().suspendSearchIndex(sqlDb); !st)
            return st.error();
        auto indexes = db.backend().dropSecondaryIndexes(sqlDb, {QStringLiteral("alumni")});
        if (!indexes)
            return indexes.error();
        dropped = std::move(indexes).value();
    }
    auto removed = removeAdded(sqlDb, source, summary.importId, chunk, !bulk);
    if (!removed)
        return removed.error();
    summary.removed = int(removed.value());
    if (bulk) {
        for (const auto &index : std::as_const(dropped)) {
            if (Status st = sql::exec(sqlDb, index.second); !st)
                return st.error();
        }
        if (Status st = db.backend().rebuildSearchIndex(sqlDb); !st)
            return st.error();
        AuditLog audit(sqlDb);
        if (Status st = audit.record(source, QStringLiteral("bulk_delete"), QStringLiteral("roster"), QStringLiteral("*"), {},
                                     QCoreApplication::translate("ImportHistory", "import rolled back"),
                                     QString::number(removed.value()));
            !st)
            return st.error();
    }
    QSqlQuery done(sqlDb);
    done.prepare(QStringLiteral("UPDATE imports SET rolled_back_at = ?, rollback_last_audit_id = "
                                "(SELECT coalesce(max(id), 0) FROM audit_log) WHERE id = ?"));
    done.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    done.addBindValue(summary.importId);
    if (!done.exec())
        return sql::queryError(done,
                               QCoreApplication::translate("ImportHistory", "The import history could not be updated."));
    if (Status st = rosterrevision::resume(sqlDb, summary.importId); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return summary;
}

} // namespace alumnidesk::hris
