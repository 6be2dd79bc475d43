// Named column-mapping profiles kept in the roster file, so that the window's import wizard and
// `alumnidesk-cli import --profile NAME` read a company's HR export the same way every month.
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::hris {

Result<QStringList> profileNames(Database &db);
/// The profile's JSON (see ColumnMapping::toProfile); an error names the profiles that exist.
Result<QJsonObject> loadProfile(Database &db, const QString &name);
/// Saves (or replaces) a profile under name.
Status saveProfile(Database &db, const QString &name, const QJsonObject &profile);
Status deleteProfile(Database &db, const QString &name);

} // namespace alumnidesk::hris
