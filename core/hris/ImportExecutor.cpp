#include "hris/ImportExecutor.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RosterRevision.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "hris/PersonWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk::hris {

namespace {

Error cancelledError()
{
    return {QCoreApplication::translate("ImportExecutor", "Cancelled; the roster was left as it was."), {}};
}

} // namespace

Result<qint64> recordImportStart(QSqlDatabase &sqlDb, const ImportSource &source, const ImportSummary &summary)
{
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
    return record.lastInsertId().toLongLong();
}

Status recordImportEnd(QSqlDatabase &sqlDb, const ImportSummary &summary)
{
    // Rollback refuses when someone changed these people after the import: it needs to know where the
    // import's own audit entries end.
    QSqlQuery last(sqlDb);
    if (Status st = sql::prepare(last, QStringLiteral("UPDATE imports SET rows = ?, inserted = ?, updated = ?, unchanged = ?, "
                                                      "rejected = ?, last_audit_id = (SELECT coalesce(max(id), 0) FROM "
                                                      "audit_log) WHERE id = ?"));
        !st)
        return st;
    for (const QVariant &v : {QVariant(summary.rows), QVariant(summary.inserted), QVariant(summary.updated),
                              QVariant(summary.unchanged), QVariant(summary.rejectedRows), QVariant(summary.importId)})
        last.addBindValue(v);
    if (!last.exec())
        return sql::queryError(last, QCoreApplication::translate("ImportExecutor", "The import could not be recorded."));
    return {};
}

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

    auto importId = recordImportStart(sqlDb, source, summary);
    if (!importId)
        return importId.error();
    summary.importId = importId.value();

    PersonWriter writer(sqlDb, db.backend(), summary.importId, source.source);
    if (Status st = writer.prepare(); !st)
        return st.error();

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
        if (Status st = writer.write(p); !st)
            return st.error();
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return cancelledError();

    if (Status st = recordImportEnd(sqlDb, summary); !st)
        return st.error();
    if (progress)
        progress(total, total);
    if (Status st = rosterrevision::resume(sqlDb, summary.importId); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return summary;
}

} // namespace alumnidesk::hris
