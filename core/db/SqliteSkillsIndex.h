// The alumnus_skills table (schema of the rehire pipeline) is derived from alumni.skills: one row per skill
// and person, so matching reads the people with a required skill from an index. On SQLite it is kept current
// by two row triggers that split the list with json_each; a bulk load drops the triggers and fills the table
// in one set-based pass instead (the same statement the migration uses for an existing roster).
#pragma once

#include <QString>
#include <QStringList>

namespace alumnidesk::sqliteskills {

/// CREATE TRIGGER statements that keep alumnus_skills current row by row.
QStringList triggers();
/// DROP TRIGGER statements for them.
QStringList dropTriggers();
/// INSERT … SELECT that fills alumnus_skills from every alumni row.
QString fillStatement();

} // namespace alumnidesk::sqliteskills
