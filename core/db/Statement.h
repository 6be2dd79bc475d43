// One SQL statement, prepared once and run many times with positional parameters. The portable
// implementation wraps QSqlQuery; a backend may supply a faster native one (SqliteStatement), which matters
// when a million rows go through the same INSERT. Only what the roster writers need is here.
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace alumnidesk {

class Statement {
public:
    virtual ~Statement() = default;

    /// Binds parameter `index` (0-based). A null QVariant binds NULL.
    virtual void bindValue(int index, const QVariant &value) = 0;
    /// Binds without a QVariant. Text and blob bytes are not copied by the native statement: they must stay
    /// alive and unchanged until exec() has run (a bulk load's staging binds about fifty values a row).
    virtual void bindNull(int index) { bindValue(index, QVariant()); }
    virtual void bindInt(int index, qint64 value) { bindValue(index, value); }
    virtual void bindUtf8(int index, QByteArrayView utf8) { bindValue(index, QString::fromUtf8(utf8)); }
    virtual void bindBlob(int index, QByteArrayView bytes) { bindValue(index, bytes.toByteArray()); }
    /// Runs the statement with the bound values; for a SELECT, rows are then read with next()/value().
    virtual Status exec() = 0;
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    /// The column of the current row as UTF-8 text (NULL reads as empty). Valid until the next call of
    /// next(), finish() or exec(): the native statement hands out the database's own bytes, which is what
    /// lets an export stream a million rows without a QString per value.
    virtual QByteArray utf8(int column) const { return value(column).toString().toUtf8(); }
    /// The column as value(column).toLongLong() gives it, without a QVariant for a stored integer.
    virtual qint64 integer(int column) const { return value(column).toLongLong(); }
    virtual qint64 lastInsertId() const = 0;
    virtual int numRowsAffected() const = 0;
    /// Ends reading a result so the statement holds no lock; it can be run again.
    virtual void finish() = 0;

    /// The portable implementation over QSqlQuery.
    static Result<std::unique_ptr<Statement>> prepareWithQt(QSqlDatabase &db, const QString &sql);
};

} // namespace alumnidesk
