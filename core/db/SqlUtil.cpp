#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

#include <cstring>

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

bool writeIsoDate(const QDate &d, char *out)
{
    if (!d.isValid())
        return false;
    int y = 0;
    int m = 0;
    int day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return false;
    out[0] = char('0' + y / 1000);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[7] = '-';
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
    return true;
}

// Written digit by digit: QDate::toString goes through a printf-style formatter. Years outside 0–9999 (never
// stored in practice) take Qt's way.
QVariant dateValue(const QDate &d)
{
    if (!d.isValid())
        return QVariant(QMetaType::fromType<QString>());
    char text[10];
    if (!writeIsoDate(d, text))
        return QVariant(d.toString(Qt::ISODate));
    return QVariant(QString::fromLatin1(text, 10));
}

QString timestampText(const QDateTime &t)
{
    if (!t.isValid() || t.timeSpec() != Qt::UTC)
        return t.toUTC().toString(Qt::ISODate);
    char text[20];
    if (!writeIsoDate(t.date(), text))
        return t.toString(Qt::ISODate);
    const QTime time = t.time();
    const int h = time.hour();
    const int min = time.minute();
    const int sec = time.second();
    const char rest[10] = {'T', char('0' + h / 10), char('0' + h % 10), ':', char('0' + min / 10), char('0' + min % 10),
                           ':', char('0' + sec / 10), char('0' + sec % 10), 'Z'};
    std::memcpy(text + 10, rest, sizeof rest);
    return QString::fromLatin1(text, 20);
}

QDate dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace alumnidesk::sql
