// Stores and loads alumni one at a time, the way the window and the CLI edit them: every write is
// normalised, validated, done in one transaction and recorded field by field in the audit trail.
#pragma once

#include "common/Result.h"
#include "db/AuditLog.h"
#include "roster/AlumnusAttributes.h"
#include "roster/Alumnus.h"
#include "roster/AlumnusRows.h"
#include "roster/Validation.h"

#include <QSqlDatabase>

namespace alumnidesk {

class Database;
class StoreBackend;

class AlumnusRepository {
public:
    /// `source` names who writes in the audit trail ("ui", "cli", …).
    AlumnusRepository(Database &db, QString source);

    /// The record with its stints, tags and custom attributes.
    Result<Alumnus> load(qint64 id);
    Result<Alumnus> loadByEmployeeId(const QString &employeeId);

    /// Validation problems that would stop a save, including a duplicate employee ID.
    QVector<ValidationIssue> check(const Alumnus &a);

    /// Adds a new alumnus; returns its row id. Errors list every validation problem.
    Result<qint64> add(const Alumnus &a);
    /// Saves changes to an existing alumnus (matched by a.id).
    Status save(const Alumnus &a);
    /// Saves a only if the stored record still holds what `expected` holds (what the editor started from, or
    /// what an undo reverses). When someone else changed it in between, nothing is written and the error
    /// names who changed it and when, so that their change is not silently overwritten.
    Status save(const Alumnus &a, const Alumnus &expected);
    /// Deletes an alumnus; the audit trail keeps a full snapshot, custom attributes included.
    Status remove(qint64 id);
    /// Puts back a deleted alumnus exactly as it was, with the same row id and its custom attributes (undo of
    /// a delete).
    Status restore(const Alumnus &snapshot);

private:
    Result<qint64> addImpl(const Alumnus &a, const QString &action);
    Status saveImpl(const Alumnus &a, const Alumnus *expected);
    Error conflict(const Alumnus &stored);
    Result<Alumnus> withAttributes(Result<Alumnus> loaded);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    AlumnusRows m_rows;
    AlumnusAttributes m_attributes;
    AuditLog m_audit;
    QString m_source;
};

} // namespace alumnidesk
