// Tables derived from the roster rows by triggers (the full-text search index, alumnus_skills): row by row
// they stay current on every edit, but a bulk load suspends their triggers while rows go in and rebuilds
// each in one set-based pass afterwards, inside the same transaction. This list is the one place that knows
// them, so a loader cannot forget one (a table added here is suspended and rebuilt by every bulk path).
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace alumnidesk {

class StoreBackend;

namespace derivedtables {

/// Drops the row triggers of every derived table; call inside the bulk write's transaction.
Status suspendAll(QSqlDatabase &db, const StoreBackend &backend);
/// Rebuilds every derived table from the rows and puts its triggers back; call in the same transaction
/// before commit. `searchMs` and `otherMs` (when given) receive the time spent on the search index and on
/// the rest.
Status rebuildAll(QSqlDatabase &db, const StoreBackend &backend, qint64 *searchMs = nullptr, qint64 *otherMs = nullptr);

/// Time spent by rebuildAll(…, createIndexes, …), wall clock on the connection's thread.
struct RebuildTimes {
    qint64 alongside = 0; ///< re-creating the indexes
    qint64 search = 0;    ///< the search index: what it took beyond `alongside` (its source read, waiting, putting it in place)
    qint64 other = 0;     ///< the other derived tables
};
/// The same, re-creating the indexes of a bulk load (their CREATE statements, one after the other, in the
/// same transaction) while the search index is built elsewhere when the backend can
/// (StoreBackend::startSearchIndexBuild), otherwise before it. The indexes' sort gets helper threads
/// (StoreBackend::useSortHelpers) once no build runs beside it. `cancelled` is asked between the indexes and
/// by the build (on this thread); a cancel fails with an error the caller replaces by its own.
Status rebuildAll(QSqlDatabase &db, const StoreBackend &backend, const QStringList &createIndexes,
                  const std::function<bool()> &cancelled, RebuildTimes *times = nullptr);

} // namespace derivedtables
} // namespace alumnidesk
