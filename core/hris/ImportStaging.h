// The streaming import's staging area: a TEMP table on the import's own connection (in a temporary file,
// not in memory) holding each accepted row of the file in a compact binary form, keyed by its line. Lets
// set-based SQL find what needs the whole file — the same employment twice, people with several rows —
// and hands the rows back person by person in file order. Dropped when the staging object goes.
#pragma once

#include "common/Result.h"
#include "hris/RecordInterpreter.h"

#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace alumnidesk {
class Statement;
class StoreBackend;
}

namespace alumnidesk::hris {

class ImportStaging {
public:
    ImportStaging(QSqlDatabase db, const StoreBackend &backend);
    ~ImportStaging();
    ImportStaging(const ImportStaging &) = delete;
    ImportStaging &operator=(const ImportStaging &) = delete;

    Status create();
    Status add(const ImportRow &row);
    /// After the last add(): indexes the rows by person.
    Status finishAdding();

    struct Duplicate {
        int line;
        int firstLine;
        QString employeeId;
        QString hireDate;
    };
    /// Rows that repeat an earlier row's employee ID and hire date; they are taken out of the staging.
    Result<QVector<Duplicate>> removeDuplicates();

    /// Distinct people staged, and how many of them the roster does not know.
    Result<qint64> people();
    Result<qint64> peopleNotInRoster();

    /// Calls `visit` for every person with that person's rows in file order, people in the order of their
    /// first row. Stops at the first error `visit` returns.
    Status forEachPerson(const std::function<Status(const QVector<const ImportRow *> &group)> &visit);

private:
    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    std::unique_ptr<Statement> m_insert;
    bool m_created = false;
};

} // namespace alumnidesk::hris
