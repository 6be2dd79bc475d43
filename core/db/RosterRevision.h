// The roster revision: a counter in the roster_revision table (schema 4) that every change to alumni or
// stints moves, on any connection and across sessions, so that derived data (the eligibility verdicts)
// knows when it is stale. Row triggers move it for everyday edits; a bulk write (the bulk loader, an
// import, an import's rollback) suspends them inside its write transaction and moves the counter once
// before committing, so a million inserted rows do not cost a million counter updates. Should the bulk
// write fail, rolling the transaction back puts the triggers back as well.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace alumnidesk::rosterrevision {

/// The CREATE TRIGGER statements (used by migration 4 and by resume()).
QStringList triggers();
/// Drops the row triggers (and those of the change feed, db/RosterChanges.h); call inside the bulk write's
/// transaction.
Status suspend(QSqlDatabase &db);
/// Re-creates the row triggers and moves the counter once; call in the same transaction before commit.
/// The change feed records that anyone may have changed.
Status resume(QSqlDatabase &db);
/// The counter now (one row: cheap enough to poll from the window).
Result<qint64> current(QSqlDatabase &db);
/// The same after an import or its rollback: the change feed records the people of that import
/// (its import_changes rows), so that a reader re-reads them alone.
Status resume(QSqlDatabase &db, qint64 importId);

} // namespace alumnidesk::rosterrevision
