// What a column of an HR system's export (or of AlumniDesk's own export) can mean to the roster. The HR
// system owns the employment facts; what happened after departure (consents, membership, current employer,
// notes, tags) is AlumniDesk's, and a file sets it only for people the roster does not know yet.
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
    // What AlumniDesk owns: read for people new to the roster (an export read back into an empty roster
    // gives the same roster), never written over an existing person's values.
    MembershipStatus,
    ConsentNewsletter,
    ConsentEvents,
    ConsentJobOffers,
    CurrentEmployer,
    CurrentTitle,
    CurrentIndustry,
    Skills,
    Tags,
    RelationshipOwner,
    LastContactDate,
    Notes,
    HrMisconduct,
    HrDoNotRehire,
    HrNote,
};

/// True for the fields a file may set only on people new to the roster.
bool isOwnedByAlumniDesk(ImportField f);

/// Every field a column can be mapped to, in the order a mapping editor lists them.
QVector<ImportField> importFields();

/// Stable key (mapping profiles, CLI) and translated label of a field.
QString importFieldKey(ImportField f);
QString importFieldLabel(ImportField f);
bool importFieldFromKey(const QString &key, ImportField *out);

} // namespace alumnidesk::hris
