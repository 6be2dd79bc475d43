#include "db/SqliteStatement.h"

#include "db/BoundValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <sqlite3.h>

namespace alumnidesk {

namespace {

// Live statements by connection, so that closing a connection can finalize what still uses it. Connections
// live on different threads; the registry is shared.
QMutex registryMutex;
QHash<sqlite3 *, QSet<SqliteStatement *>> &registry()
{
    static QHash<sqlite3 *, QSet<SqliteStatement *>> live;
    return live;
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
    , m_text(sqlite3_bind_parameter_count(stmt))
{
    QMutexLocker lock(&registryMutex);
    registry()[db].insert(this);
}

SqliteStatement::~SqliteStatement()
{
    QMutexLocker lock(&registryMutex);
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        auto it = registry().find(m_db);
        if (it != registry().end()) {
            it->remove(this);
            if (it->isEmpty())
                registry().erase(it);
        }
    }
}

void SqliteStatement::finalizeAll(sqlite3 *db)
{
    QMutexLocker lock(&registryMutex);
    const QSet<SqliteStatement *> live = registry().take(db);
    for (SqliteStatement *s : live) {
        sqlite3_finalize(s->m_stmt);
        s->m_stmt = nullptr;
        s->m_hasRow = false;
        s->m_rowPending = false;
    }
}

Error SqliteStatement::closedError() const
{
    return {QCoreApplication::translate("Database", "The database this statement belonged to has been closed."), {}};
}

Result<std::unique_ptr<Statement>> SqliteStatement::prepare(sqlite3 *db, const QString &sqlText)
{
    const QByteArray utf8 = sqlText.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" [") + sqlText.simplified().left(300)
            + QLatin1Char(']');
        sqlite3_finalize(stmt);
        return Error{QCoreApplication::translate("Database", "A database statement could not be prepared."), detail};
    }
    return std::unique_ptr<Statement>(new SqliteStatement(db, stmt));
}

bool SqliteStatement::readyToBind()
{
    if (!m_stmt)
        return false;
    if (m_rowPending) // binding again ends the reading of the last result
        finish();
    return true;
}

Error SqliteStatement::error() const
{
    return {QCoreApplication::translate("Database", "A database statement failed."),
            QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" [") + QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(300)
                + QLatin1Char(']')};
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    if (!readyToBind())
        return;
    const int i = index + 1;
    switch (boundKind(value)) {
    case BoundKind::Null:
        sqlite3_bind_null(m_stmt, i);
        return;
    case BoundKind::Integer:
        sqlite3_bind_int64(m_stmt, i, value.toLongLong());
        return;
    case BoundKind::Real:
        sqlite3_bind_double(m_stmt, i, value.toDouble());
        return;
    case BoundKind::Blob: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    case BoundKind::Text:
        break;
    }
    if (index < m_text.size()) {
        // Into the parameter's own buffer, which only grows (alive until the statement is reset).
        QByteArray &buffer = m_text[index];
        qsizetype length = 0;
        if (value.typeId() == QMetaType::QString)
            length = writeUtf8(*static_cast<const QString *>(value.constData()), buffer);
        else
            length = writeUtf8(value.toString(), buffer);
        sqlite3_bind_text(m_stmt, i, buffer.constData(), int(length), SQLITE_STATIC);
    } else {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void SqliteStatement::bindNull(int index)
{
    if (!readyToBind())
        return;
    sqlite3_bind_null(m_stmt, index + 1);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    if (!readyToBind())
        return;
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    if (!readyToBind())
        return;
    // A null pointer would bind NULL: empty text stays empty text.
    sqlite3_bind_text(m_stmt, index + 1, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    if (!readyToBind())
        return;
    sqlite3_bind_blob(m_stmt, index + 1, bytes.isEmpty() ? "" : bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

Status SqliteStatement::exec()
{
    if (!m_stmt)
        return closedError();
    sqlite3_reset(m_stmt);
    m_rowPending = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_hasRow = true;
        m_rowPending = true;
        return {};
    }
    if (rc != SQLITE_DONE) {
        Error e = error();
        sqlite3_reset(m_stmt);
        return e;
    }
    m_hasRow = false;
    m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    m_changes = sqlite3_changes(m_db);
    sqlite3_reset(m_stmt);
    return {};
}

bool SqliteStatement::next()
{
    if (m_hasRow) {
        m_hasRow = false; // the row exec() stepped onto
        return true;
    }
    if (!m_rowPending || !m_stmt)
        return false;
    if (sqlite3_step(m_stmt) == SQLITE_ROW)
        return true;
    finish();
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    if (!m_stmt)
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                                          sqlite3_column_bytes(m_stmt, column)));
    }
}

QByteArray SqliteStatement::utf8(int column) const
{
    if (!m_stmt)
        return {};
    // sqlite3_column_text before sqlite3_column_bytes, as SQLite documents: the text form first.
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray::fromRawData(text, text ? sqlite3_column_bytes(m_stmt, column) : 0);
}

qint64 SqliteStatement::integer(int column) const
{
    // Anything but a stored integer goes the QVariant way, so a text or real converts exactly as value() would.
    if (m_stmt && sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER)
        return sqlite3_column_int64(m_stmt, column);
    return value(column).toLongLong();
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_lastInsertId;
}

int SqliteStatement::numRowsAffected() const
{
    return m_changes;
}

void SqliteStatement::finish()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rowPending = false;
    m_hasRow = false;
}

} // namespace alumnidesk
