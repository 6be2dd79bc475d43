// The rule both import paths (the in-memory ImportPlanner and the streaming import) apply to rows that
// describe the same employment twice, and how it is told: a row repeats an earlier row with the same
// employee ID and hire date, whether that earlier row was accepted or rejected; a rejected row whose hire
// date could not be read (an impossible date, a missing one) may have been any employment of that person,
// so every later row of the ID repeats it. A rejected row with no employment in it (no hire date, departure
// date or department) repeats nothing. The later row is rejected, pointing at the earlier line; the
// earlier row keeps its own fate (imported when valid).
#pragma once

#include <QString>

namespace alumnidesk::hris {

/// "Employee ID E1 with the hire date 2020-04-01 already appears on line 2: the same employment twice."
QString duplicateMessage(const QString &employeeId, const QString &hireDate, int firstLine);
/// For a row after a rejected row of the same ID whose hire date could not be read.
QString duplicateOfUnreadableMessage(const QString &employeeId, int firstLine);

} // namespace alumnidesk::hris
