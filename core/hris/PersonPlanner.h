// Decides what an import does with one person, given that person's rows of the file (in file order): the
// rules of ownership (see ImportPlanner.h), merging into the stored record, validation of the merged record
// and the field-by-field diff. Reads the roster, writes nothing. Shared by the in-memory ImportPlanner and
// the streaming import, so that both decide alike.
#pragma once

#include "hris/ImportPlan.h"
#include "hris/RecordInterpreter.h"

#include <QDate>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace alumnidesk {
class AlumnusAttributes;
class AlumnusRows;
class StoreBackend;
}

namespace alumnidesk::hris {

class PersonPlanner {
public:
    PersonPlanner(QSqlDatabase db, const StoreBackend &backend);
    ~PersonPlanner();

    /// The plan for the person of `group` (all accepted rows of one employee ID). Nothing when the rows do
    /// not fit together (then the reasons are appended to `issues`). `knownId` is the person's row id when
    /// the caller looked it up already (0: new), nothing to have it looked up.
    Result<std::optional<PlannedPerson>> plan(const QVector<const ImportRow *> &group, ImportIssueList &issues,
                                              std::optional<qint64> knownId = std::nullopt);

    AlumnusRows &rows() { return *m_rows; }

private:
    std::unique_ptr<AlumnusRows> m_rows;
    std::unique_ptr<AlumnusAttributes> m_attributes;
    QDate m_today = QDate::currentDate(); ///< what validation compares with (the clock reads the time zone each time)
};

} // namespace alumnidesk::hris
