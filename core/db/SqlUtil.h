// Small helpers around QSqlQuery that turn driver failures into Errors with the statement attached.
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace alumnidesk::sql {

/// An Error for a failed query: a translated headline plus the driver's text.
Error queryError(const QSqlQuery &q, const QString &what);

/// Executes one statement without parameters.
Status exec(QSqlDatabase &db, const QString &statement);

/// Executes statements in order, stopping at the first failure.
Status execAll(QSqlDatabase &db, const QStringList &statements);

/// Prepares a statement; a failure is a programming error reported as an Error.
Status prepare(QSqlQuery &q, const QString &statement);

/// Executes a prepared statement.
Status exec(QSqlQuery &q);

/// A text value for a NOT NULL column: a null QString is bound as "" rather than NULL.
QVariant textValue(const QString &s);

/// ISO text for a date (empty QVariant for an invalid one, stored as NULL).
QVariant dateValue(const QDate &d);
/// What d.toString(Qt::ISODate) gives ("2024-04-01"), written digit by digit as ten ASCII characters to `out`
/// for a date in years 0–9999; false, with nothing written, for any other date (invalid ones included), which
/// then takes Qt's way. A bulk load writes about ten dates a person.
bool writeIsoDate(const QDate &d, char *out);
QDate dateFrom(const QVariant &v);
/// What t.toUTC().toString(Qt::ISODate) gives ("2024-04-01T00:00:00Z"), written digit by digit for a UTC
/// time in years 0–9999: a bulk load stores a creation time for every person.
QString timestampText(const QDateTime &t);

} // namespace alumnidesk::sql
