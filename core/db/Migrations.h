// The numbered schema migrations. A migration, once released, never changes: a new need is a new number.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

namespace alumnidesk {

class StoreBackend;

struct Migration {
    int version;
    QString description;
    std::function<Status(QSqlDatabase &, const StoreBackend &)> apply;
};

const QVector<Migration> &migrations();

/// The schema version this build writes.
int latestSchemaVersion();

/// Applies migrations (fromVersion, toVersion] and records each in schema_version. The caller owns the
/// transaction, so that a failure leaves the file exactly as it was.
Status applyMigrations(QSqlDatabase &db, const StoreBackend &backend, int fromVersion, int toVersion);

} // namespace alumnidesk
