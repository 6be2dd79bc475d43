// Which columns a roster export writes, under which headers and in which order. By default every roster
// field under its key (employee_id, family_name, …, the import maps these back by themselves) followed by
// every custom attribute under its name; or the columns the user chose; or a mapping profile's layout,
// with the headers the company's HR system uses and its wording for departure and employment types.
#pragma once

#include "common/Result.h"
#include "hris/ImportField.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace alumnidesk::hris {

struct ExportColumn {
    enum Kind { Field, Attribute };
    Kind kind = Field;
    ImportField field = ImportField::Ignore; ///< Field: which one
    QString attribute;                        ///< Attribute: its name
    QString header;                           ///< as written in the file
    /// Roster key → what the profile's HR system writes (departure and employment types).
    QHash<QString, QString> valueMap;
};

struct ExportColumnPlan {
    QVector<ExportColumn> columns;
    QStringList notes; ///< translated: columns left out (not in the profile), headers that read back differently
};

/// The fields an export writes when no columns are chosen: every roster field, in the mapping editor's
/// order, with the name as family and given name and the reading likewise (not full_name, full_kana).
QVector<ImportField> defaultExportFields();

/// `requested`: field keys or custom attribute names, in the order wanted (empty: the default fields and
/// every attribute). `attributeNames`: the custom attributes the roster holds. With a profile, its columns
/// in its order, limited to what was requested. An unknown key is an error that lists the known ones.
Result<ExportColumnPlan> planExportColumns(const QStringList &requested, const QStringList &attributeNames,
                                           const std::optional<QJsonObject> &profile = {},
                                           const QString &profileName = {});

} // namespace alumnidesk::hris
