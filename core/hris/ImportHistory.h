// The record of every import (file, hash, counts, who, when) and the rollback of the last one: people it
// added are removed, people it changed get back the record they had. A rollback is refused, and says who,
// when someone changed one of those people after the import — it would throw their work away.
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QVector>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::hris {

struct ImportRecord {
    qint64 id = 0;
    QDateTime startedAt;
    QString user;
    QString source;
    QString fileName;
    QString sha256;
    QString encoding;
    QString profile;
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    QDateTime rolledBackAt; ///< invalid while the import stands
};

/// Newest first.
Result<QVector<ImportRecord>> listImports(Database &db, int limit = 100);

struct RollbackSummary {
    qint64 importId = 0;
    int removed = 0;  ///< people the import had added
    int restored = 0; ///< people the import had changed
};

struct RollbackOptions {
    /// People added by the import from which they are removed with the search index and the roster's sort
    /// indexes suspended (rebuilt once after) and one audit entry instead of one each.
    qint64 bulkThreshold = 20000;
    /// People read or removed a statement: what bounds the rollback's memory whatever the import's size.
    int chunk = 5000;
};

/// Rolls back the most recent import that is not rolled back yet, in one transaction (ImportRollback.cpp).
Result<RollbackSummary> rollbackLastImport(Database &db, const QString &source, const RollbackOptions &options = {});

} // namespace alumnidesk::hris
