// Low-level reading and writing of alumnus records (alumni row, stints, tags) with statements prepared once
// and reused, so the same code serves a single edit and a bulk load of a million rows. No validation, no
// audit, no transaction: AlumnusRepository and the bulk loaders put those around it.
#pragma once

#include "common/Result.h"
#include "db/RowValues.h"
#include "roster/Alumnus.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <string>
#include <unordered_map>

namespace alumnidesk {

class StoreBackend;
class Statement;

class AlumnusRows {
public:
    AlumnusRows(QSqlDatabase db, const StoreBackend &backend);

    /// Inserts the record with its stints and tags; uses a.id when non-zero (restoring a deleted record).
    Result<qint64> insert(const Alumnus &a);
    /// Rewrites the alumni row and brings stints and tags in line with a (stints matched by id).
    Status update(const Alumnus &a);
    Status remove(qint64 id);

    Result<Alumnus> load(qint64 id);
    /// The row id for an employee ID, 0 when there is none.
    Result<qint64> idForEmployeeId(const QString &employeeId);

    /// The alumni table's columns as insert() writes them, and the values it writes for a (derived columns
    /// such as the kana sort key and the latest stint's department included): lets a bulk load stage rows
    /// that INSERT … SELECT then copies exactly as insert() would have written them.
    static QStringList alumniColumns();
    static QVector<QVariant> alumniValues(const Alumnus &a);
    /// alumniValues() appended to `out` without a QVariant each (a text as text, a date as text or NULL).
    static void appendAlumniValues(const Alumnus &a, RowValues &out);
    /// The stints table's columns (without ids) and the values for one stint, in that order.
    static QStringList stintColumns();
    static QVector<QVariant> stintValues(const Stint &s);
    static void appendStintValues(const Stint &s, RowValues &out);

private:
    Status bindAndRunAlumnus(Statement &q, const Alumnus &a);
    Status writeStints(qint64 alumnusId, const QVector<Stint> &stints, bool replacing);
    Status writeTags(qint64 alumnusId, const QStringList &tags, bool replacing);
    Result<qint64> tagId(const QString &name);
    bool stintExists(qint64 stintId, qint64 alumnusId);
    /// The statement stored under key, prepared on first use.
    Statement &statement(const char *key, const QString &sql, Status *st);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
    /// The values of the row being inserted, bound from here without a QVariant each (a bulk load inserts a
    /// million rows through insert()); reused row after row.
    RowValues m_row;
};

} // namespace alumnidesk
