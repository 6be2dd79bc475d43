#include "hris/MappingProfiles.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk::hris {

Result<QStringList> profileNames(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name FROM import_profiles ORDER BY name")))
        return sql::queryError(q, QCoreApplication::translate("MappingProfiles", "The mapping profiles could not be read."));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<QJsonObject> loadProfile(Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT profile FROM import_profiles WHERE name = ?"));
    q.addBindValue(name);
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next()) {
        auto names = profileNames(db);
        const QString known = names && !names->isEmpty() ? names->join(QStringLiteral(", "))
                                                         : QCoreApplication::translate("MappingProfiles", "(none yet)");
        return Error{QCoreApplication::translate("MappingProfiles", "There is no mapping profile “%1”. Profiles: %2.").arg(name, known), {}};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    if (!doc.isObject())
        return Error{QCoreApplication::translate("MappingProfiles", "The mapping profile “%1” is damaged.").arg(name), error.errorString()};
    return doc.object();
}

Status saveProfile(Database &db, const QString &name, const QJsonObject &profile)
{
    if (name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("MappingProfiles", "A mapping profile needs a name."), {}};
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO import_profiles(name, profile, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at"));
    q.addBindValue(name.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return sql::exec(q);
}

Status deleteProfile(Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("DELETE FROM import_profiles WHERE name = ?"));
    q.addBindValue(name);
    return sql::exec(q);
}

} // namespace alumnidesk::hris
