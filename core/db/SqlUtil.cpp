#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace alumnidesk::sql {

Error queryError(const QSqlQuery &q, const QString &what)
{
    QString detail = q.lastError().text();
    if (!q.lastQuery().isEmpty())
        detail += QStringLiteral(" [") + q.lastQuery().simplified().left(300) + QStringLiteral("]");
    return {what, detail};
}

Status exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return queryError(q, QCoreApplication::translate("Database", "A database statement failed."));
    return {};
}

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &s : statements) {
        if (Status st = exec(db, s); !st)
            return st;
    }
    return {};
}

Status prepare(QSqlQuery &q, const QString &statement)
{
    if (!q.prepare(statement))
        return queryError(q, QCoreApplication::translate("Database", "A database statement could not be prepared."));
    return {};
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("Database", "A database statement failed."));
    return {};
}

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace alumnidesk::sql
