// What a column of an HR system's export can mean to the roster. The HR system owns these facts; what
// happened after departure (consents, membership, current employer, notes, tags) is AlumniDesk's and no
// import column maps to it.
#pragma once

#include <QString>
#include <QVector>

namespace alumnidesk::hris {

enum class ImportField {
    Ignore,          ///< the user chose to leave the column out
    Custom,          ///< kept as a custom attribute under its header (e.g. 性別)
    EmployeeId,
    FullName,        ///< 氏名 with family and given name in one column
    FamilyName,
    GivenName,
    FullKana,
    FamilyKana,
    GivenKana,
    BirthDate,
    HireDate,
    DepartureDate,
    Department,
    Position,
    Grade,
    EmploymentType,
    DepartureType,
    DepartureReason, ///< may carry the type too, e.g. 自己都合（キャリアアップ）
    GroupCompany,
    Email,
    SecondaryEmail,
    Phone,
    Prefecture,
};

/// Every field a column can be mapped to, in the order a mapping editor lists them.
QVector<ImportField> importFields();

/// Stable key (mapping profiles, CLI) and translated label of a field.
QString importFieldKey(ImportField f);
QString importFieldLabel(ImportField f);
bool importFieldFromKey(const QString &key, ImportField *out);

} // namespace alumnidesk::hris
