// SQLite specifics: WAL, foreign keys, busy timeout, and the search index (FTS5 with AlumniDesk's ngram
// tokenizer, an external-content table over the alumni rows kept current by triggers).
#pragma once

#include "db/StoreBackend.h"

namespace alumnidesk {

class SqliteBackend final : public StoreBackend {
public:
    QString driverName() const override;
    Status configureConnection(QSqlDatabase &db) const override;
    Status beginWrite(QSqlDatabase &db) const override;
    QStringList searchIndexSchema() const override;
    QString searchCondition(const QString &idExpr) const override;
    QString searchParameter(const QString &userQuery) const override;
    Status suspendSearchIndex(QSqlDatabase &db) const override;
    Status rebuildSearchIndex(QSqlDatabase &db) const override;

    /// Applies only what is safe on a read-only connection (no journal mode change, no writes).
    static Status configureReadOnly(QSqlDatabase &db);

private:
    static QStringList searchTriggers();
};

} // namespace alumnidesk
