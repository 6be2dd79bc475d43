#include "hris/ImportExecutor.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RosterRevision.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk::hris {

namespace {

QString snapshot(const Alumnus &a, const Attributes &attributes)
{
    QJsonObject o = toJson(a);
    QJsonArray attrs;
    for (const auto &attr : attributes)
        attrs.append(QJsonArray{attr.first, attr.second});
    o.insert(QStringLiteral("attributes"), attrs);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error cancelledError()
{
    return {QCoreApplication::translate("ImportExecutor", "Cancelled; the roster was left as it was."), {}};
}

} // namespace

Result<ImportSummary> executeImport(Database &db, const ImportPlan &plan, const ImportSource &source,
                                    const ImportProgress &progress, const std::atomic_bool *cancel)
{
    QSqlDatabase &sqlDb = db.sql();
    WriteTransaction tx(sqlDb, db.backend());
    if (!tx.started())
        return tx.status().error();
    // Many rows: the roster revision moves once at the end, not once a row (rolled back with the rest).
    if (Status st = rosterrevision::suspend(sqlDb); !st)
        return st.error();

    ImportSummary summary;
    summary.rows = plan.rows;
    summary.inserted = plan.count(PlannedPerson::Insert);
    summary.updated = plan.count(PlannedPerson::Update);
    summary.unchanged = plan.count(PlannedPerson::Unchanged);
    summary.rejectedRows = plan.rejectedRows;

    QSqlQuery record(sqlDb);
    if (Status st = sql::prepare(record, QStringLiteral(
                                             "INSERT INTO imports(started_at, user, source, file_name, file_sha256, encoding, "
                                             "profile, rows, inserted, updated, unchanged, rejected, first_audit_id) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                             "(SELECT coalesce(max(id), 0) + 1 FROM audit_log))"));
        !st)
        return st.error();
    const QVariant values[] = {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), currentOsUser(), source.source,
                               source.fileName, source.sha256, source.encoding, sql::textValue(source.profile),
                               summary.rows, summary.inserted, summary.updated, summary.unchanged, summary.rejectedRows};
    for (const QVariant &v : values)
        record.addBindValue(v);
    if (Status st = sql::exec(record); !st)
        return st.error();
    summary.importId = record.lastInsertId().toLongLong();

    AlumnusRows rows(sqlDb, db.backend());
    AlumnusAttributes attributes(sqlDb, db.backend());
    AuditLog audit(sqlDb);
    auto change = db.backend().prepare(sqlDb, QStringLiteral("INSERT INTO import_changes(import_id, alumnus_id, action, before) "
                                                             "VALUES (?, ?, ?, ?)"));
    if (!change)
        return change.error();

    const int total = int(plan.people.size());
    int done = 0;
    for (const PlannedPerson &p : plan.people) {
        if ((done & 0xFF) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return cancelledError();
            if (progress)
                progress(done, total);
        }
        ++done;
        if (p.action == PlannedPerson::Unchanged)
            continue;
        qint64 id = p.before.id;
        if (p.action == PlannedPerson::Insert) {
            auto inserted = rows.insert(p.after);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            if (Status st = audit.record(source.source, QStringLiteral("insert"), QStringLiteral("alumnus"),
                                         p.after.employeeId, {}, {}, p.after.displayName());
                !st)
                return st.error();
        } else {
            Alumnus toWrite = p.after;
            toWrite.createdAt = p.before.createdAt;
            if (Status st = rows.update(toWrite); !st)
                return st.error();
            for (const FieldChange &c : p.changes) {
                if (Status st = audit.record(source.source, QStringLiteral("update"), QStringLiteral("alumnus"),
                                             p.after.employeeId, c.field, c.oldValue, c.newValue);
                    !st)
                    return st.error();
            }
        }
        if (Status st = attributes.set(id, p.attributes); !st)
            return st.error();
        Statement &c = *change.value();
        c.bindValue(0, summary.importId);
        c.bindValue(1, id);
        c.bindValue(2, p.action == PlannedPerson::Insert ? QStringLiteral("insert") : QStringLiteral("update"));
        c.bindValue(3, p.action == PlannedPerson::Insert ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(snapshot(p.before, p.attributesBefore)));
        if (Status st = c.exec(); !st)
            return st.error();
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return cancelledError();

    // Rollback refuses when someone changed these people after the import: it needs to know where the
    // import's own audit entries end.
    QSqlQuery last(sqlDb);
    if (!last.exec(QStringLiteral("UPDATE imports SET last_audit_id = (SELECT coalesce(max(id), 0) FROM audit_log) "
                                  "WHERE id = %1")
                       .arg(summary.importId)))
        return sql::queryError(last, QCoreApplication::translate("ImportExecutor", "The import could not be recorded."));
    change.value().reset();
    if (progress)
        progress(total, total);
    if (Status st = rosterrevision::resume(sqlDb); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return summary;
}

} // namespace alumnidesk::hris
