// Runs one SQL statement through the sqlite3 command-line tool on the same file, so that every AlumniDesk
// figure can be printed beside what plain SQLite does, measured by sqlite3's own `.timer`.
#pragma once

#include <QString>

namespace alumnidesk::bench {

/// True when a `sqlite3` program is on the PATH.
bool sqliteCliAvailable();

/// Wall time in milliseconds that sqlite3 reports for the statement ("Run Time: real"), or -1 on failure.
/// The statement is run `repeat` times and the median is returned.
double sqliteCliMs(const QString &dbPath, const QString &sql, int repeat = 1);

} // namespace alumnidesk::bench
