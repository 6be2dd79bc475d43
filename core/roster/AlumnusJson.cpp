#include "roster/AlumnusJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace alumnidesk {

namespace {

void putText(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

void putDate(QJsonObject &o, const char *key, const QDate &d)
{
    if (d.isValid())
        o.insert(QLatin1String(key), d.toString(Qt::ISODate));
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonObject stintJson(const Stint &s)
{
    QJsonObject o;
    if (s.id)
        o.insert(QLatin1String("id"), s.id);
    putText(o, "group_company", s.groupCompany);
    putDate(o, "hire_date", s.hireDate);
    putDate(o, "departure_date", s.departureDate);
    putText(o, "department", s.department);
    putText(o, "position", s.position);
    putText(o, "grade", s.grade);
    putText(o, "employment_type", s.employmentType);
    putText(o, "departure_type", s.departureType);
    putText(o, "departure_reason", s.departureReason);
    return o;
}

} // namespace

QJsonObject toJson(const Alumnus &a, bool includeHrOnly)
{
    QJsonObject o;
    if (a.id)
        o.insert(QLatin1String("id"), a.id);
    o.insert(QLatin1String("employee_id"), a.employeeId);
    putText(o, "family_name", a.familyName);
    putText(o, "given_name", a.givenName);
    putText(o, "family_kana", a.familyKana);
    putText(o, "given_kana", a.givenKana);
    putDate(o, "birth_date", a.birthDate);
    putText(o, "email", a.email);
    putText(o, "secondary_email", a.secondaryEmail);
    putText(o, "phone", a.phone);
    putText(o, "prefecture", a.prefecture);
    QJsonArray stints;
    for (const Stint &s : a.stints)
        stints.append(stintJson(s));
    o.insert(QLatin1String("stints"), stints);
    putText(o, "current_employer", a.currentEmployer);
    putText(o, "current_title", a.currentTitle);
    putText(o, "current_industry", a.currentIndustry);
    o.insert(QLatin1String("skills"), toArray(a.skills));
    o.insert(QLatin1String("tags"), toArray(a.tags));
    o.insert(QLatin1String("membership_status"), a.membershipStatus);
    QJsonObject consents;
    consents.insert(QLatin1String("newsletter"), a.consentNewsletter);
    consents.insert(QLatin1String("events"), a.consentEvents);
    consents.insert(QLatin1String("job_offers"), a.consentJobOffers);
    o.insert(QLatin1String("consents"), consents);
    putText(o, "relationship_owner", a.relationshipOwner);
    putDate(o, "last_contact_date", a.lastContactDate);
    putText(o, "notes", a.notes);
    if (includeHrOnly) {
        QJsonObject hr;
        hr.insert(QLatin1String("misconduct"), a.hrMisconduct);
        hr.insert(QLatin1String("do_not_rehire"), a.hrDoNotRehire);
        if (!a.hrNote.isEmpty())
            hr.insert(QLatin1String("note"), a.hrNote);
        o.insert(QLatin1String("hr_only"), hr);
    }
    if (!a.attributes.isEmpty()) {
        QJsonArray attributes;
        for (const auto &attr : a.attributes)
            attributes.append(QJsonArray{attr.first, attr.second});
        o.insert(QLatin1String("attributes"), attributes);
    }
    if (a.createdAt.isValid())
        o.insert(QLatin1String("created_at"), a.createdAt.toString(Qt::ISODate));
    if (a.updatedAt.isValid())
        o.insert(QLatin1String("updated_at"), a.updatedAt.toString(Qt::ISODate));
    return o;
}

Alumnus alumnusFromJson(const QJsonObject &o)
{
    Alumnus a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.employeeId = text(o, "employee_id");
    a.familyName = text(o, "family_name");
    a.givenName = text(o, "given_name");
    a.familyKana = text(o, "family_kana");
    a.givenKana = text(o, "given_kana");
    a.birthDate = date(o, "birth_date");
    a.email = text(o, "email");
    a.secondaryEmail = text(o, "secondary_email");
    a.phone = text(o, "phone");
    a.prefecture = text(o, "prefecture");
    for (const QJsonValue &v : o.value(QLatin1String("stints")).toArray()) {
        const QJsonObject so = v.toObject();
        Stint s;
        s.id = so.value(QLatin1String("id")).toInteger();
        s.groupCompany = text(so, "group_company");
        s.hireDate = date(so, "hire_date");
        s.departureDate = date(so, "departure_date");
        s.department = text(so, "department");
        s.position = text(so, "position");
        s.grade = text(so, "grade");
        s.employmentType = text(so, "employment_type");
        s.departureType = text(so, "departure_type");
        s.departureReason = text(so, "departure_reason");
        a.stints.append(s);
    }
    a.currentEmployer = text(o, "current_employer");
    a.currentTitle = text(o, "current_title");
    a.currentIndustry = text(o, "current_industry");
    a.skills = fromArray(o.value(QLatin1String("skills")));
    a.tags = fromArray(o.value(QLatin1String("tags")));
    for (const QJsonValue &v : o.value(QLatin1String("attributes")).toArray())
        a.attributes.append({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    a.membershipStatus = o.value(QLatin1String("membership_status")).toString(QStringLiteral("invited"));
    const QJsonObject consents = o.value(QLatin1String("consents")).toObject();
    a.consentNewsletter = consents.value(QLatin1String("newsletter")).toBool();
    a.consentEvents = consents.value(QLatin1String("events")).toBool();
    a.consentJobOffers = consents.value(QLatin1String("job_offers")).toBool();
    a.relationshipOwner = text(o, "relationship_owner");
    a.lastContactDate = date(o, "last_contact_date");
    a.notes = text(o, "notes");
    const QJsonObject hr = o.value(QLatin1String("hr_only")).toObject();
    a.hrMisconduct = hr.value(QLatin1String("misconduct")).toBool();
    a.hrDoNotRehire = hr.value(QLatin1String("do_not_rehire")).toBool();
    a.hrNote = hr.value(QLatin1String("note")).toString();
    a.createdAt = QDateTime::fromString(text(o, "created_at"), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(text(o, "updated_at"), Qt::ISODate);
    return a;
}

QVector<QPair<QString, QString>> auditFields(const Alumnus &a)
{
    auto boolText = [](bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); };
    auto dateText = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    QJsonArray stints;
    for (const Stint &s : a.stints) {
        QJsonObject so = stintJson(s);
        so.remove(QLatin1String("id"));
        stints.append(so);
    }
    return {
        {QStringLiteral("employee_id"), a.employeeId},
        {QStringLiteral("family_name"), a.familyName},
        {QStringLiteral("given_name"), a.givenName},
        {QStringLiteral("family_kana"), a.familyKana},
        {QStringLiteral("given_kana"), a.givenKana},
        {QStringLiteral("birth_date"), dateText(a.birthDate)},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("secondary_email"), a.secondaryEmail},
        {QStringLiteral("phone"), a.phone},
        {QStringLiteral("prefecture"), a.prefecture},
        {QStringLiteral("stints"), QString::fromUtf8(QJsonDocument(stints).toJson(QJsonDocument::Compact))},
        {QStringLiteral("current_employer"), a.currentEmployer},
        {QStringLiteral("current_title"), a.currentTitle},
        {QStringLiteral("current_industry"), a.currentIndustry},
        {QStringLiteral("skills"), a.skills.join(QStringLiteral(", "))},
        {QStringLiteral("tags"), a.tags.join(QStringLiteral(", "))},
        {QStringLiteral("membership_status"), a.membershipStatus},
        {QStringLiteral("consent_newsletter"), boolText(a.consentNewsletter)},
        {QStringLiteral("consent_events"), boolText(a.consentEvents)},
        {QStringLiteral("consent_job_offers"), boolText(a.consentJobOffers)},
        {QStringLiteral("relationship_owner"), a.relationshipOwner},
        {QStringLiteral("last_contact_date"), dateText(a.lastContactDate)},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("hr_misconduct"), boolText(a.hrMisconduct)},
        {QStringLiteral("hr_do_not_rehire"), boolText(a.hrDoNotRehire)},
        {QStringLiteral("hr_note"), a.hrNote},
    };
}

bool sameAuditedContent(const Alumnus &a, const Alumnus &b)
{
    return auditFields(a) == auditFields(b);
}

} // namespace alumnidesk
