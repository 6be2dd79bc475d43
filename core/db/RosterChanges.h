// The roster's change feed (schema 9): which people changed since a point, so that data derived in memory
// from the whole roster (the KPI snapshot) can follow an edit by re-reading those people instead of a
// million. Everyday writes record the alumnus id through light row triggers on alumni and stints (one
// small INSERT); bulk writes drop those triggers together with the roster revision's (rosterrevision::
// suspend) and record one entry at the end: the import whose import_changes list the people, or
// "everyone" (a bulk load), after which a reader reloads everything.
//
// roster_changes(seq, alumnus_id, import_id): seq grows with every entry; alumnus_id set = that person;
// import_id set = everyone in that import's import_changes; both NULL = everyone.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

namespace alumnidesk::rosterchanges {

/// CREATE TABLE and CREATE TRIGGER statements of migration 9.
QStringList schema();
/// The CREATE TRIGGER statements alone (re-created by resume()).
QStringList triggers();
/// DROP TRIGGER statements.
QStringList dropTriggers();
/// Records that the people of an import (or of its rollback) changed.
Status recordImport(QSqlDatabase &db, qint64 importId);
/// Records that anyone may have changed; entries before it are of no further use and are deleted.
Status recordEveryone(QSqlDatabase &db);

/// The newest entry's seq (0 for an empty feed).
Result<qint64> lastSeq(QSqlDatabase &db);
/// The people the feed names after `seq`, ascending, or nullopt when it says "everyone" or names more
/// than `limit` people (then re-reading everyone is cheaper). Read inside the caller's transaction.
Result<std::optional<QVector<qint64>>> changedSince(QSqlDatabase &db, qint64 seq, qint64 limit);

/// Keeps the feed short: when it spans more than `limit` entries, the entries before the newest `keep` are
/// deleted and the oldest kept one becomes "everyone", so a reader that had not yet seen it reloads
/// everything (it would have re-read about as many people anyway) and a reader past it is not disturbed.
/// Returns how many entries were deleted.
Result<qint64> prune(QSqlDatabase &db, qint64 limit = 20000, qint64 keep = 10000);

} // namespace alumnidesk::rosterchanges
