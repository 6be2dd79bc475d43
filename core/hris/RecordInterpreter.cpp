#include "hris/RecordInterpreter.h"

#include "csv/FormulaGuard.h"
#include "roster/Validation.h"
#include "roster/Vocabulary.h"
#include "text/DateText.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace alumnidesk::hris {

namespace {

// 9 or 10 digits, the first not 0 (what ^[1-9][0-9]{8,9}$ matched): a number Excel took the zero from.
bool looksLikeNumberWithoutZero(const QString &phone)
{
    if (phone.size() != 9 && phone.size() != 10)
        return false;
    if (phone.front() < QLatin1Char('1') || phone.front() > QLatin1Char('9'))
        return false;
    return std::all_of(phone.cbegin() + 1, phone.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

bool ImportRow::rejected() const
{
    return std::any_of(issues.begin(), issues.end(), [](const ImportIssue &i) { return i.severity == ImportIssue::Error; });
}

RecordInterpreter::RecordInterpreter(const ColumnMapping &mapping)
    : m_mapping(mapping)
{
    for (size_t f = 0; f < m_columnOf.size(); ++f)
        m_columnOf[f] = m_mapping.columnOf(ImportField(f));
}

int RecordInterpreter::columnNumber(ImportField field) const
{
    return columnOf(field) + 1;
}

QStringList RecordInterpreter::splitList(const QString &cell)
{
    auto separator = [](char16_t c) {
        return c == u',' || c == u'、' || c == u'，' || c == u';' || c == u'；' || c == u'\n';
    };
    QStringList out;
    const QStringView text(cell);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !separator(text[i].unicode()))
            continue;
        const QStringView part = text.sliced(start, i - start).trimmed();
        if (!part.isEmpty())
            out.append(part.toString());
        start = i + 1;
    }
    return out;
}

QString RecordInterpreter::cell(const QStringList &fields, ImportField field) const
{
    const int c = columnOf(field);
    return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString();
}

QPair<QString, QString> RecordInterpreter::departureTypeAndReason(const QString &raw)
{
    return departureTypeAndReason(raw, vocabulary::TextLookup());
}

QPair<QString, QString> RecordInterpreter::departureTypeAndReason(const QString &raw, const vocabulary::TextLookup &lookup)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    if (const QString key = lookup.departureType(text); !key.isEmpty())
        return {key, QString()};
    // "自己都合（キャリアアップ）", "会社都合(事業所閉鎖)", "自己都合：転職"
    // The shape needs an opening bracket or a separator: without one (most reasons) the match is not tried.
    static const QString shapeMarks = QStringLiteral("（(:：・-－");
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return shapeMarks.contains(c); }))
        return {QString(), text};
    static const QRegularExpression shape(QStringLiteral(R"(^(.+?)\s*(?:[（(](.*)[）)]|[:：・\-－]\s*(.+))$)"));
    const auto m = shape.match(text);
    if (m.hasMatch()) {
        const QString key = lookup.departureType(m.captured(1));
        if (!key.isEmpty()) {
            const QString reason = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
            return {key, reason.trimmed()};
        }
    }
    return {QString(), text};
}

ImportRow RecordInterpreter::interpret(int line, const QStringList &rawFields) const
{
    // What an export protected against Excel formulas ('=SUM(A1)) is read as it was (=SUM(A1)).
    const QStringList fields = csv::formulaUnguarded(rawFields);
    ImportRow row;
    row.line = line;
    const QVector<ColumnChoice> &columns = m_mapping.columns();
    auto issue = [&](ImportIssue::Severity severity, ImportField field, const QString &value, const QString &reason) {
        const int c = columnOf(field);
        row.issues.append({severity, line, c + 1, c >= 0 ? columns.at(c).header : QString(), value, reason});
    };
    auto error = [&](ImportField field, const QString &value, const QString &reason) {
        issue(ImportIssue::Error, field, value, reason);
    };

    QVector<QPair<QString, QString>> extras;
    if (fields.size() > columns.size()) {
        // A note typed past the last column: keep it, so nothing the file says is lost, and say so.
        for (int c = int(columns.size()); c < fields.size(); ++c) {
            if (fields.at(c).trimmed().isEmpty())
                continue;
            const QString name = QCoreApplication::translate("RecordInterpreter", "(column %1 without header)").arg(c + 1);
            extras.append({name, fields.at(c).trimmed()});
            row.issues.append({ImportIssue::Warning, line, c + 1, QString(), fields.at(c),
                               QCoreApplication::translate("RecordInterpreter",
                                                           "This row has %1 values but the header has %2; the extra "
                                                           "value is kept as the custom attribute “%3”.")
                                   .arg(fields.size())
                                   .arg(columns.size())
                                   .arg(name)});
        }
    } else if (fields.size() < columns.size()) {
        row.issues.append({ImportIssue::Warning, line, 0, QString(), QString(),
                           QCoreApplication::translate("RecordInterpreter",
                                                       "This row has %1 values but the header has %2; the missing ones "
                                                       "are read as empty.")
                               .arg(fields.size())
                               .arg(columns.size())});
    }

    // Identity
    const QString rawId = cell(fields, ImportField::EmployeeId);
    row.employeeId = text::normalizeEmployeeId(rawId);
    if (row.employeeId.isEmpty())
        error(ImportField::EmployeeId, rawId,
              QCoreApplication::translate("RecordInterpreter", "The employee ID is missing; the row cannot be matched."));
    row.person.employeeId = row.employeeId;

    if (columnOf(ImportField::FullName) >= 0) {
        const auto parts = text::splitFullName(cell(fields, ImportField::FullName));
        row.person.familyName = parts.family;
        row.person.givenName = parts.given;
    } else {
        row.person.familyName = text::normalizeName(cell(fields, ImportField::FamilyName));
        row.person.givenName = text::normalizeName(cell(fields, ImportField::GivenName));
    }
    if (row.person.familyName.isEmpty() && row.person.givenName.isEmpty())
        error(columnOf(ImportField::FullName) >= 0 ? ImportField::FullName : ImportField::FamilyName, QString(),
              QCoreApplication::translate("RecordInterpreter", "The name is missing."));

    auto kana = [&](ImportField field, QString *out) {
        const QString raw = cell(fields, field);
        *out = text::normalizeKana(raw);
        if (!text::isKatakanaReading(*out)) {
            error(field, raw,
                  QCoreApplication::translate("RecordInterpreter", "The reading may contain only kana (e.g. ヤマダ タロウ)."));
            out->clear();
        }
    };
    if (columnOf(ImportField::FullKana) >= 0) {
        QString full;
        kana(ImportField::FullKana, &full);
        const auto parts = text::splitFullName(full);
        row.person.familyKana = parts.family;
        row.person.givenKana = parts.given;
    } else {
        kana(ImportField::FamilyKana, &row.person.familyKana);
        kana(ImportField::GivenKana, &row.person.givenKana);
    }

    auto date = [&](ImportField field) -> QDate {
        const QString raw = cell(fields, field);
        const text::ParsedDate p = text::parseDate(raw);
        if (!p.error.isEmpty())
            error(field, raw, p.error);
        return p.date;
    };
    row.person.birthDate = date(ImportField::BirthDate);

    // Contacts
    const QString rawEmail = cell(fields, ImportField::Email);
    row.person.email = text::normalizeEmail(rawEmail);
    if (!row.person.email.isEmpty() && !isPlausibleEmail(row.person.email))
        error(ImportField::Email, rawEmail,
              QCoreApplication::translate("RecordInterpreter", "This is not an e-mail address (expected name@example.co.jp)."));
    const QString rawEmail2 = cell(fields, ImportField::SecondaryEmail);
    row.person.secondaryEmail = text::normalizeEmail(rawEmail2);
    if (!row.person.secondaryEmail.isEmpty() && !isPlausibleEmail(row.person.secondaryEmail))
        error(ImportField::SecondaryEmail, rawEmail2,
              QCoreApplication::translate("RecordInterpreter", "This is not an e-mail address (expected name@example.co.jp)."));
    const QString rawPhone = cell(fields, ImportField::Phone);
    row.person.phone = text::normalizePhone(rawPhone);
    if (looksLikeNumberWithoutZero(row.person.phone))
        issue(ImportIssue::Warning, ImportField::Phone, rawPhone,
              QCoreApplication::translate("RecordInterpreter",
                                          "Japanese numbers start with 0: Excel may have dropped the leading zero."));
    row.person.prefecture = text::normalizeText(cell(fields, ImportField::Prefecture));

    // The stint
    Stint &s = row.stint;
    s.hireDate = date(ImportField::HireDate);
    s.departureDate = date(ImportField::DepartureDate);
    s.groupCompany = text::normalizeText(cell(fields, ImportField::GroupCompany));
    s.department = text::normalizeText(cell(fields, ImportField::Department));
    s.position = text::normalizeText(cell(fields, ImportField::Position));
    s.grade = text::normalizeText(cell(fields, ImportField::Grade));

    const QString rawEmployment = cell(fields, ImportField::EmploymentType);
    if (!rawEmployment.isEmpty()) {
        s.employmentType = m_mapping.employmentTypeValues.value(rawEmployment, m_vocabulary.employmentType(rawEmployment));
        if (s.employmentType.isEmpty())
            error(ImportField::EmploymentType, rawEmployment,
                  QCoreApplication::translate("RecordInterpreter",
                                              "Unknown employment type; map it to one of the roster's types: in the "
                                              "import window with Map Values…, on the command line in a mapping "
                                              "profile given with --profile."));
    }
    const QString rawType = cell(fields, ImportField::DepartureType);
    const QString rawReason = cell(fields, ImportField::DepartureReason);
    const auto fromReason = departureTypeAndReason(rawReason, m_vocabulary);
    s.departureReason = fromReason.second;
    // With the type in a column of its own, a reason that is only a type's wording (定年退職, 懲戒解雇,
    // 希望退職) is what HR wrote as the reason, not a type to take out of it: keep it.
    if (!rawType.isEmpty() && !fromReason.first.isEmpty() && fromReason.second.isEmpty())
        s.departureReason = rawReason;
    if (!rawType.isEmpty()) {
        // A type column may carry the reason too (転籍（関連会社）): the type is taken out of it, and the
        // bracketed text is the reason when the file has no reason of its own.
        const auto typeAndReason = departureTypeAndReason(rawType, m_vocabulary);
        s.departureType = m_mapping.departureTypeValues.value(rawType, typeAndReason.first);
        if (rawReason.isEmpty() && !typeAndReason.first.isEmpty())
            s.departureReason = typeAndReason.second;
        if (s.departureType.isEmpty())
            error(ImportField::DepartureType, rawType,
                  QCoreApplication::translate("RecordInterpreter",
                                              "Unknown departure type; map it to one of the roster's types: in the "
                                              "import window with Map Values…, on the command line in a mapping "
                                              "profile given with --profile."));
    } else {
        s.departureType = fromReason.first;
    }
    if (s.hireDate.isValid() && s.departureDate.isValid() && s.departureDate < s.hireDate)
        error(ImportField::DepartureDate, cell(fields, ImportField::DepartureDate),
              QCoreApplication::translate("RecordInterpreter", "The departure date is before the hire date %1.")
                  .arg(s.hireDate.toString(Qt::ISODate)));
    // A date that is there but impossible has had its own error above; only an empty cell is "missing".
    if (!s.departureType.isEmpty() && !s.departureDate.isValid() && columnOf(ImportField::DepartureDate) >= 0
        && cell(fields, ImportField::DepartureDate).isEmpty())
        error(ImportField::DepartureDate, cell(fields, ImportField::DepartureDate),
              QCoreApplication::translate("RecordInterpreter", "A departure type is given but the departure date is missing."));
    row.hasStint = s.hireDate.isValid() || s.departureDate.isValid() || !s.department.isEmpty();
    if (row.hasStint && !s.hireDate.isValid() && columnOf(ImportField::HireDate) >= 0
        && cell(fields, ImportField::HireDate).isEmpty())
        error(ImportField::HireDate, QString(), QCoreApplication::translate("RecordInterpreter", "The hire date is missing."));

    interpretOwnedFields(fields, row);

    for (int c = 0; c < columns.size() && c < fields.size(); ++c) {
        if (columns.at(c).field == ImportField::Custom && !fields.at(c).trimmed().isEmpty())
            row.customAttributes.append({columns.at(c).header, fields.at(c).trimmed()});
    }
    row.customAttributes += extras;
    return row;
}

void RecordInterpreter::interpretOwnedFields(const QStringList &fields, ImportRow &row) const
{
    const QVector<ColumnChoice> &columns = m_mapping.columns();
    auto error = [&](ImportField field, const QString &value, const QString &reason) {
        const int c = columnOf(field);
        row.issues.append({ImportIssue::Error, row.line, c + 1, c >= 0 ? columns.at(c).header : QString(), value, reason});
    };
    auto flag = [&](ImportField field, bool *out) {
        const QString raw = cell(fields, field);
        if (raw.isEmpty())
            return;
        const QString v = raw.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
        static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                     QStringLiteral("はい"), QStringLiteral("有"), QStringLiteral("あり"), QStringLiteral("○"),
                                     QStringLiteral("◯"), QStringLiteral("✓"), QStringLiteral("✔")};
        static const QStringList no{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                    QStringLiteral("いいえ"), QStringLiteral("無"), QStringLiteral("なし"), QStringLiteral("×"),
                                    QStringLiteral("-"), QStringLiteral("—")};
        if (yes.contains(v))
            *out = true;
        else if (no.contains(v))
            *out = false;
        else
            error(field, raw, QCoreApplication::translate("RecordInterpreter", "Expected yes or no (1/0, はい/いいえ, ○/×)."));
    };
    auto list = [&](ImportField field) { return splitList(cell(fields, field)); };
    Alumnus &p = row.person;
    const QString rawStatus = cell(fields, ImportField::MembershipStatus);
    if (!rawStatus.isEmpty()) {
        p.membershipStatus = m_vocabulary.membershipStatus(rawStatus);
        if (p.membershipStatus.isEmpty()) {
            error(ImportField::MembershipStatus, rawStatus,
                  QCoreApplication::translate("RecordInterpreter",
                                              "Unknown membership status (expected invited, registered, active, dormant "
                                              "or withdrawn, in English or Japanese)."));
            p.membershipStatus = QStringLiteral("invited");
        }
    }
    flag(ImportField::ConsentNewsletter, &p.consentNewsletter);
    flag(ImportField::ConsentEvents, &p.consentEvents);
    flag(ImportField::ConsentJobOffers, &p.consentJobOffers);
    flag(ImportField::HrMisconduct, &p.hrMisconduct);
    flag(ImportField::HrDoNotRehire, &p.hrDoNotRehire);
    p.currentEmployer = cell(fields, ImportField::CurrentEmployer);
    p.currentTitle = cell(fields, ImportField::CurrentTitle);
    p.currentIndustry = cell(fields, ImportField::CurrentIndustry);
    p.skills = list(ImportField::Skills);
    p.tags = list(ImportField::Tags);
    p.relationshipOwner = cell(fields, ImportField::RelationshipOwner);
    p.notes = cell(fields, ImportField::Notes);
    p.hrNote = cell(fields, ImportField::HrNote);
    const QString rawContact = cell(fields, ImportField::LastContactDate);
    const text::ParsedDate contact = text::parseDate(rawContact);
    if (!contact.error.isEmpty())
        error(ImportField::LastContactDate, rawContact, contact.error);
    p.lastContactDate = contact.date;
}

} // namespace alumnidesk::hris
