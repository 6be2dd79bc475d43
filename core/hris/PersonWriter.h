// Writes what the plan decided for one person inside the import's write transaction: inserts a new person
// or updates a changed one, audits it field by field, and remembers in import_changes what rollback needs
// (the record as it was before an update). Shared by ImportExecutor and the streaming import.
#pragma once

#include "common/Result.h"
#include "hris/ImportPlan.h"

#include <QSqlDatabase>

#include <memory>

namespace alumnidesk {
class AlumnusAttributes;
class AlumnusRows;
class AuditLog;
class Statement;
class StoreBackend;
}

namespace alumnidesk::hris {

class PersonWriter {
public:
    /// `auditInserts` false: new people get no audit entry each (a bulk load records one for all of them).
    PersonWriter(QSqlDatabase db, const StoreBackend &backend, qint64 importId, QString auditSource, bool auditInserts = true);
    ~PersonWriter();

    Status prepare();
    /// Unchanged people are skipped.
    Status write(const PlannedPerson &p);

private:
    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    qint64 m_importId;
    QString m_source;
    bool m_auditInserts;
    std::unique_ptr<AlumnusRows> m_rows;
    std::unique_ptr<AlumnusAttributes> m_attributes;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Statement> m_change;
};

/// The record and attributes as import_changes keeps them for a rollback.
QString importSnapshot(const Alumnus &a, const Attributes &attributes);

} // namespace alumnidesk::hris
