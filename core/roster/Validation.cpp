#include "roster/Validation.h"

#include "roster/Vocabulary.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace alumnidesk {

namespace {

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QStringList normalizedList(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString n = text::normalizeText(item);
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
    }
    return out;
}

} // namespace

Alumnus normalized(const Alumnus &in)
{
    Alumnus a = in;
    normalize(a);
    return a;
}

void normalize(Alumnus &a)
{
    a.employeeId = text::normalizeEmployeeId(a.employeeId);
    a.familyName = text::normalizeName(a.familyName);
    a.givenName = text::normalizeName(a.givenName);
    a.familyKana = text::normalizeKana(a.familyKana);
    a.givenKana = text::normalizeKana(a.givenKana);
    a.email = text::normalizeEmail(a.email);
    a.secondaryEmail = text::normalizeEmail(a.secondaryEmail);
    a.phone = text::normalizePhone(a.phone);
    a.prefecture = text::normalizeText(a.prefecture);
    a.currentEmployer = text::normalizeText(a.currentEmployer);
    a.currentTitle = text::normalizeText(a.currentTitle);
    a.currentIndustry = text::normalizeText(a.currentIndustry);
    a.skills = normalizedList(a.skills);
    a.tags = normalizedList(a.tags);
    // Tags are a set: one canonical order, so reordering them is not a change.
    std::sort(a.tags.begin(), a.tags.end());
    a.relationshipOwner = text::normalizeText(a.relationshipOwner);
    a.notes = a.notes.trimmed();
    a.hrNote = a.hrNote.trimmed();
    for (Stint &s : a.stints) {
        s.groupCompany = text::normalizeText(s.groupCompany);
        s.department = text::normalizeText(s.department);
        s.position = text::normalizeText(s.position);
        s.grade = text::normalizeText(s.grade);
        s.departureReason = text::normalizeText(s.departureReason);
    }
    // One stint (nearly every record an import stages) is in order already: std::stable_sort would still
    // allocate its buffer.
    if (a.stints.size() > 1) {
        std::stable_sort(a.stints.begin(), a.stints.end(), [](const Stint &x, const Stint &y) {
            if (x.hireDate.isValid() != y.hireDate.isValid())
                return x.hireDate.isValid();
            return x.hireDate < y.hireDate;
        });
    }
}

bool isPlausibleEmail(const QString &s)
{
    // Printable ASCII without spaces (nearly every address): checked by hand, as the expression below would.
    if (std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; })) {
        const qsizetype at = s.indexOf(QLatin1Char('@'));
        if (at <= 0 || s.indexOf(QLatin1Char('@'), at + 1) >= 0)
            return false;
        const QStringView domain = QStringView(s).sliced(at + 1);
        return domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.')) && !domain.endsWith(QLatin1Char('.'))
            && !domain.contains(QLatin1String(".."));
    }
    // A control character (NUL, DEL, …) is in no address: \s does not cover them, and a NUL made the search
    // index's SQL read the address two ways.
    if (std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; }))
        return false;
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    return re.match(s).hasMatch();
}

QVector<ValidationIssue> validate(const Alumnus &a, const QDate &today)
{
    QVector<ValidationIssue> issues;
    auto add = [&](const QString &field, const QString &message) { issues.append({field, message}); };

    if (a.employeeId.isEmpty())
        add(QStringLiteral("employee_id"), QCoreApplication::translate("Validation", "Employee ID is missing. Every alumnus needs the ID the HR system gave them."));
    else if (a.employeeId.size() > 64)
        add(QStringLiteral("employee_id"), QCoreApplication::translate("Validation", "Employee ID is longer than 64 characters."));
    if (a.familyName.isEmpty() && a.givenName.isEmpty())
        add(QStringLiteral("family_name"), QCoreApplication::translate("Validation", "Name is missing. Enter at least the family name."));
    // Both parts checked in turn: as for the two joined, without joining them for every record.
    if (!text::isKatakanaReading(a.familyKana) || !text::isKatakanaReading(a.givenKana))
        add(QStringLiteral("family_kana"),
            QCoreApplication::translate("Validation", "The reading (フリガナ) may contain only kana, for example ヤマダ タロウ."));
    if (!a.email.isEmpty() && !isPlausibleEmail(a.email))
        add(QStringLiteral("email"), QCoreApplication::translate("Validation", "“%1” is not an e-mail address (expected name@example.co.jp).").arg(a.email));
    if (!a.secondaryEmail.isEmpty() && !isPlausibleEmail(a.secondaryEmail))
        add(QStringLiteral("secondary_email"),
            QCoreApplication::translate("Validation", "“%1” is not an e-mail address (expected name@example.co.jp).").arg(a.secondaryEmail));
    // Plausible ranges catch a mistyped year (1889 for 1989, 2204 for 2024) and an era read as the wrong one.
    static const QDate earliestBirth(1900, 1, 1);
    // Leavers are often entered months ahead, not years. Worked out once per `today`: an import validates a
    // million records against the same day.
    thread_local QDate latestFor;
    thread_local QDate latestEmploymentDate;
    if (latestFor != today || !latestFor.isValid()) {
        latestEmploymentDate = today.addYears(1);
        latestFor = today;
    }
    if (a.birthDate.isValid() && a.birthDate > today)
        add(QStringLiteral("birth_date"), QCoreApplication::translate("Validation", "Birth date %1 is in the future.").arg(dateText(a.birthDate)));
    if (a.birthDate.isValid() && a.birthDate < earliestBirth)
        add(QStringLiteral("birth_date"),
            QCoreApplication::translate("Validation", "Birth date %1 is before %2: check the year (and the era, if it was written as one).")
                .arg(dateText(a.birthDate), dateText(earliestBirth)));
    if (!vocabulary::isMembershipStatus(a.membershipStatus))
        add(QStringLiteral("membership_status"), QCoreApplication::translate("Validation", "Unknown membership status “%1”.").arg(a.membershipStatus));
    if (a.lastContactDate.isValid() && a.lastContactDate > today)
        add(QStringLiteral("last_contact_date"),
            QCoreApplication::translate("Validation", "Last contact %1 is in the future.").arg(dateText(a.lastContactDate)));

    for (int i = 0; i < a.stints.size(); ++i) {
        const Stint &s = a.stints.at(i);
        const int n = i + 1;
        // The field's name, formatted only for an issue (most records have none).
        auto field = [n](const char *name) -> QString { // a QString, not a builder over a temporary
            return QStringLiteral("stints[%1].").arg(n) + QLatin1String(name);
        };
        if (!s.hireDate.isValid())
            add(field("hire_date"), QCoreApplication::translate("Validation", "Employment %1: the hire date is missing.").arg(n));
        if (s.hireDate.isValid() && s.hireDate > latestEmploymentDate)
            add(field("hire_date"),
                QCoreApplication::translate("Validation", "Employment %1: the hire date %2 is more than a year ahead (after %3): check the year.")
                    .arg(n)
                    .arg(dateText(s.hireDate), dateText(latestEmploymentDate)));
        if (s.departureDate.isValid() && s.departureDate > latestEmploymentDate)
            add(field("departure_date"),
                QCoreApplication::translate("Validation", "Employment %1: the departure date %2 is more than a year ahead (after %3): check the year.")
                    .arg(n)
                    .arg(dateText(s.departureDate), dateText(latestEmploymentDate)));
        if (s.hireDate.isValid() && s.departureDate.isValid() && s.departureDate < s.hireDate)
            add(field("departure_date"),
                QCoreApplication::translate("Validation", "Employment %1: the departure %2 is before the hire %3.").arg(n).arg(dateText(s.departureDate), dateText(s.hireDate)));
        if (s.hireDate.isValid() && a.birthDate.isValid() && s.hireDate < a.birthDate.addYears(14))
            add(field("hire_date"),
                QCoreApplication::translate("Validation", "Employment %1: the hire date %2 is before the person's 14th birthday.").arg(n).arg(dateText(s.hireDate)));
        if (!s.departureDate.isValid() && i + 1 < a.stints.size())
            add(field("departure_date"),
                QCoreApplication::translate("Validation", "Employment %1: only the most recent employment may be without a departure date.").arg(n));
        if (i > 0) {
            const Stint &prev = a.stints.at(i - 1);
            if (prev.departureDate.isValid() && s.hireDate.isValid() && s.hireDate <= prev.departureDate)
                add(field("hire_date"),
                    QCoreApplication::translate("Validation", "Employment %1: rehired on %2, but the previous employment ended on %3.")
                        .arg(n)
                        .arg(dateText(s.hireDate), dateText(prev.departureDate)));
        }
        if (!s.employmentType.isEmpty() && !vocabulary::isEmploymentType(s.employmentType))
            add(field("employment_type"),
                QCoreApplication::translate("Validation", "Employment %1: unknown employment type “%2”.").arg(n).arg(s.employmentType));
        if (!s.departureType.isEmpty() && !vocabulary::isDepartureType(s.departureType))
            add(field("departure_type"),
                QCoreApplication::translate("Validation", "Employment %1: unknown departure type “%2”.").arg(n).arg(s.departureType));
        if (!s.departureType.isEmpty() && !s.departureDate.isValid())
            add(field("departure_date"),
                QCoreApplication::translate("Validation", "Employment %1: a departure type is set but the departure date is missing.").arg(n));
    }
    return issues;
}

QString describe(const QVector<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines.append(i.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace alumnidesk
