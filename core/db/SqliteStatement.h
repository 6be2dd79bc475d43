// Statement over sqlite3's own API on the connection Qt opened. Binding through QSqlQuery builds a
// placeholder name and does a hash lookup for every value; at a million rows of 34 columns that was a third
// of a bulk load's time.
#pragma once

#include "db/Statement.h"

#include <QByteArray>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace alumnidesk {

class SqliteStatement final : public Statement {
public:
    static Result<std::unique_ptr<Statement>> prepare(sqlite3 *db, const QString &sql);
    ~SqliteStatement() override;

    /// Finalizes every statement still alive on db, before the connection closes. SQLite refuses to close a
    /// connection with live statements and Qt then leaves it open for good, keeping the file (and its WAL)
    /// open; statements that outlive their connection this way fail cleanly instead.
    static void finalizeAll(sqlite3 *db);

    void bindValue(int index, const QVariant &value) override;
    void bindNull(int index) override;
    void bindInt(int index, qint64 value) override;
    void bindUtf8(int index, QByteArrayView utf8) override;
    void bindBlob(int index, QByteArrayView bytes) override;
    Status exec() override;
    bool next() override;
    QVariant value(int column) const override;
    QByteArray utf8(int column) const override;
    qint64 integer(int column) const override;
    qint64 lastInsertId() const override;
    int numRowsAffected() const override;
    void finish() override;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt);
    Error error() const;
    Error closedError() const;
    /// False when the statement is gone; ends the reading of a pending result first.
    bool readyToBind();

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    QVector<QByteArray> m_text; ///< UTF-8 of bound strings, alive until the statement is reset
    bool m_hasRow = false;      ///< exec() stepped onto a first row that next() has not yet returned
    bool m_rowPending = false;
    qint64 m_lastInsertId = 0;
    int m_changes = 0;
};

} // namespace alumnidesk
