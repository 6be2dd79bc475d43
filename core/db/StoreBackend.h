// The seam between portable roster SQL and what one kind of database does its own way: connection set-up,
// write transactions, the full-text search index and bulk-load switches. SQLite is the first backend; a
// PostgreSQL backend (QPSQL, pg_trgm/pg_bigm) is meant to be an addition here, not a rewrite elsewhere.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace alumnidesk {

class StoreBackend {
public:
    virtual ~StoreBackend() = default;

    /// Qt SQL driver name ("QSQLITE", "QPSQL").
    virtual QString driverName() const = 0;

    /// Run once on every new connection, before anything else (pragmas, custom tokenizers).
    virtual Status configureConnection(QSqlDatabase &db) const = 0;

    /// Starts a write transaction that will not deadlock with concurrent readers.
    virtual Status beginWrite(QSqlDatabase &db) const = 0;

    /// DDL that creates the search index over the alumni table and keeps it current.
    virtual QStringList searchIndexSchema() const = 0;

    /// An SQL condition, with the named parameter :search, that is true for the alumni rows whose search
    /// text matches; `idExpr` is the alumni id column as the surrounding query names it.
    virtual QString searchCondition(const QString &idExpr) const = 0;

    /// The value to bind to :search for what the user typed; empty when nothing in it can be searched.
    virtual QString searchParameter(const QString &userQuery) const = 0;

    /// Stops keeping the search index current row by row (bulk loads), and rebuilds it in one pass after.
    virtual Status suspendSearchIndex(QSqlDatabase &db) const = 0;
    virtual Status rebuildSearchIndex(QSqlDatabase &db) const = 0;
};

} // namespace alumnidesk
