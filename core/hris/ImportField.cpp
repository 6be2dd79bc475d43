#include "hris/ImportField.h"

#include <QCoreApplication>

namespace alumnidesk::hris {

namespace {

struct Info {
    ImportField field;
    const char *key;
    const char *label;
};

constexpr Info kFields[] = {
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportField", "(leave out)")},
    {ImportField::Custom, "custom", QT_TRANSLATE_NOOP("ImportField", "Custom attribute")},
    {ImportField::EmployeeId, "employee_id", QT_TRANSLATE_NOOP("ImportField", "Employee ID")},
    {ImportField::FullName, "full_name", QT_TRANSLATE_NOOP("ImportField", "Name (family and given)")},
    {ImportField::FamilyName, "family_name", QT_TRANSLATE_NOOP("ImportField", "Family name")},
    {ImportField::GivenName, "given_name", QT_TRANSLATE_NOOP("ImportField", "Given name")},
    {ImportField::FullKana, "full_kana", QT_TRANSLATE_NOOP("ImportField", "Reading (family and given)")},
    {ImportField::FamilyKana, "family_kana", QT_TRANSLATE_NOOP("ImportField", "Reading of family name")},
    {ImportField::GivenKana, "given_kana", QT_TRANSLATE_NOOP("ImportField", "Reading of given name")},
    {ImportField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("ImportField", "Birth date")},
    {ImportField::HireDate, "hire_date", QT_TRANSLATE_NOOP("ImportField", "Hire date")},
    {ImportField::DepartureDate, "departure_date", QT_TRANSLATE_NOOP("ImportField", "Departure date")},
    {ImportField::Department, "department", QT_TRANSLATE_NOOP("ImportField", "Department")},
    {ImportField::Position, "position", QT_TRANSLATE_NOOP("ImportField", "Position")},
    {ImportField::Grade, "grade", QT_TRANSLATE_NOOP("ImportField", "Grade")},
    {ImportField::EmploymentType, "employment_type", QT_TRANSLATE_NOOP("ImportField", "Employment type")},
    {ImportField::DepartureType, "departure_type", QT_TRANSLATE_NOOP("ImportField", "Departure type")},
    {ImportField::DepartureReason, "departure_reason", QT_TRANSLATE_NOOP("ImportField", "Departure reason")},
    {ImportField::GroupCompany, "group_company", QT_TRANSLATE_NOOP("ImportField", "Group company")},
    {ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportField", "E-mail")},
    {ImportField::SecondaryEmail, "secondary_email", QT_TRANSLATE_NOOP("ImportField", "Second e-mail")},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone")},
    {ImportField::Prefecture, "prefecture", QT_TRANSLATE_NOOP("ImportField", "Prefecture")},
    {ImportField::MembershipStatus, "membership_status", QT_TRANSLATE_NOOP("ImportField", "Membership status")},
    {ImportField::ConsentNewsletter, "consent_newsletter", QT_TRANSLATE_NOOP("ImportField", "Consent: newsletter")},
    {ImportField::ConsentEvents, "consent_events", QT_TRANSLATE_NOOP("ImportField", "Consent: events")},
    {ImportField::ConsentJobOffers, "consent_job_offers", QT_TRANSLATE_NOOP("ImportField", "Consent: job offers")},
    {ImportField::CurrentEmployer, "current_employer", QT_TRANSLATE_NOOP("ImportField", "Current employer")},
    {ImportField::CurrentTitle, "current_title", QT_TRANSLATE_NOOP("ImportField", "Current title")},
    {ImportField::CurrentIndustry, "current_industry", QT_TRANSLATE_NOOP("ImportField", "Industry")},
    {ImportField::Skills, "skills", QT_TRANSLATE_NOOP("ImportField", "Skills")},
    {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("ImportField", "Tags")},
    {ImportField::RelationshipOwner, "relationship_owner", QT_TRANSLATE_NOOP("ImportField", "Relationship owner")},
    {ImportField::LastContactDate, "last_contact_date", QT_TRANSLATE_NOOP("ImportField", "Last contact")},
    {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("ImportField", "Notes")},
    {ImportField::HrMisconduct, "hr_misconduct", QT_TRANSLATE_NOOP("ImportField", "HR only: misconduct")},
    {ImportField::HrDoNotRehire, "hr_do_not_rehire", QT_TRANSLATE_NOOP("ImportField", "HR only: do not rehire")},
    {ImportField::HrNote, "hr_note", QT_TRANSLATE_NOOP("ImportField", "HR only: note")},
};

const Info *find(ImportField f)
{
    for (const Info &i : kFields) {
        if (i.field == f)
            return &i;
    }
    return &kFields[0];
}

} // namespace

bool isOwnedByAlumniDesk(ImportField f)
{
    return int(f) >= int(ImportField::MembershipStatus);
}

QVector<ImportField> importFields()
{
    QVector<ImportField> out;
    for (const Info &i : kFields)
        out.append(i.field);
    return out;
}

QString importFieldKey(ImportField f)
{
    return QString::fromLatin1(find(f)->key);
}

QString importFieldLabel(ImportField f)
{
    return QCoreApplication::translate("ImportField", find(f)->label);
}

bool importFieldFromKey(const QString &key, ImportField *out)
{
    for (const Info &i : kFields) {
        if (key == QLatin1String(i.key)) {
            *out = i.field;
            return true;
        }
    }
    return false;
}

} // namespace alumnidesk::hris
