// Custom attributes of an alumnus: the columns of an HR export that are not roster fields (性別, 評価, …),
// kept by name so nothing a file carried is dropped.
#pragma once

#include "common/Result.h"

#include <QPair>
#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace alumnidesk {

class StoreBackend;
class Statement;

using Attributes = QVector<QPair<QString, QString>>; ///< name → value, ordered by name (as Alumnus::attributes)

class AlumnusAttributes {
public:
    AlumnusAttributes(QSqlDatabase db, const StoreBackend &backend);
    ~AlumnusAttributes();

    Result<Attributes> load(qint64 alumnusId);
    /// Sets these attributes (others stay).
    Status set(qint64 alumnusId, const Attributes &attributes);
    /// Makes the stored attributes exactly these (rollback).
    Status replace(qint64 alumnusId, const Attributes &attributes);

private:
    Statement *prepared(std::unique_ptr<Statement> &slot, const QString &sql, Status *st);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    std::unique_ptr<Statement> m_load;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_clear;
};

} // namespace alumnidesk
