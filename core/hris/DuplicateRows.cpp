#include "hris/DuplicateRows.h"

#include <QCoreApplication>

namespace alumnidesk::hris {

QString duplicateMessage(const QString &employeeId, const QString &hireDate, int firstLine)
{
    return QCoreApplication::translate("ImportPlanner",
                                       "Employee ID %1 with the hire date %2 already appears on line %3: the same "
                                       "employment twice.")
        .arg(employeeId, hireDate)
        .arg(firstLine);
}

QString duplicateOfUnreadableMessage(const QString &employeeId, int firstLine)
{
    return QCoreApplication::translate("ImportPlanner",
                                       "Employee ID %1 already appears on line %2, whose hire date could not be read: "
                                       "this may be the same employment twice. Correct line %2, then import both rows "
                                       "again.")
        .arg(employeeId)
        .arg(firstLine);
}

} // namespace alumnidesk::hris
