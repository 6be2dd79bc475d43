#include "hris/ColumnMapping.h"

#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace alumnidesk::hris {

namespace {

struct Synonyms {
    ImportField field;
    const char *headers; // '|'-separated, already in normalizeHeader() form
};

// Headers as Japanese HR systems (SmartHR, freee, 弥生, COMPANY, 奉行, Excel ledgers) and English ones
// (Workday, SAP SuccessFactors, BambooHR) write them. Order matters only for the contains-rules below.
constexpr Synonyms kSynonyms[] = {
    {ImportField::EmployeeId, "社員番号|社員no|社員コード|社員cd|社員id|従業員番号|従業員コード|従業員id|従業員no|職員番号|"
                              "職員コード|employeeid|employeeno|employeenumber|employeecode|"
                              "workerid|staffid|staffno|personnelnumber|personnelno|empid|empno"},
    {ImportField::FullName, "氏名|名前|社員名|従業員名|職員名|姓名|氏名漢字|name|fullname|employeename|workername|legalname"},
    {ImportField::FamilyName, "姓|氏|苗字|名字|姓漢字|lastname|familyname|surname|legallastname"},
    {ImportField::GivenName, "名|名漢字|firstname|givenname|legalfirstname"},
    {ImportField::FullKana, "フリガナ|ふりがな|ヨミガナ|よみがな|カナ|カナ氏名|氏名カナ|氏名フリガナ|氏名ふりがな|氏名ヨミ|"
                            "氏名よみ|ヨミ|よみ|kana|namekana|furigana|phoneticname|namereading|namephonetic"},
    {ImportField::FamilyKana, "姓フリガナ|姓カナ|姓ヨミ|セイ|せい|フリガナ姓|カナ姓|lastnamekana|familynamekana|"
                              "phoneticlastname|lastnamephonetic"},
    {ImportField::GivenKana, "名フリガナ|名カナ|名ヨミ|メイ|めい|フリガナ名|カナ名|firstnamekana|givennamekana|"
                             "phoneticfirstname|firstnamephonetic"},
    {ImportField::BirthDate, "生年月日|誕生日|birthdate|dateofbirth|dob|birthday"},
    {ImportField::HireDate, "入社日|入社年月日|採用日|採用年月日|入社年月|雇用開始日|hiredate|startdate|dateofhire|"
                            "originalhiredate|employmentstartdate|joiningdate|joindate"},
    {ImportField::DepartureDate, "退職日|退職年月日|離職日|退社日|退職年月|雇用終了日|terminationdate|leavingdate|enddate|"
                                 "separationdate|lastworkingday|exitdate|dateofleaving"},
    {ImportField::Department, "所属|部署|所属部署|部門|所属部門|部署名|所属名|所属部署名|組織|組織名|department|dept|"
                              "division|organization|organisation|orgunit|supervisoryorganization"},
    {ImportField::Position, "役職|役職名|職位|肩書|jobtitle|title|position|positiontitle|businesstitle"},
    {ImportField::Grade, "等級|職級|グレード|資格等級|職能資格|grade|jobgrade|paygrade|level|joblevel"},
    {ImportField::EmploymentType, "雇用形態|雇用区分|社員区分|従業員区分|雇用種別|employmenttype|workertype|"
                                  "employeetype|contracttype|workertypename"},
    {ImportField::DepartureType, "退職区分|退職種別|退職種類|離職区分|退職形態|terminationtype|separationtype|exittype|"
                                 "terminationcategory"},
    {ImportField::DepartureReason, "退職事由|退職理由|離職理由|退職事由詳細|退職理由詳細|terminationreason|reasonforleaving|"
                                   "separationreason|leavingreason|exitreason|primaryterminationreason"},
    {ImportField::GroupCompany, "会社|会社名|所属会社|在籍会社|グループ会社|company|companyname|legalentity|entity|"
                                "employingcompany"},
    {ImportField::Email, "メールアドレス|メール|eメール|eメールアドレス|個人メールアドレス|連絡先メールアドレス|"
                         "退職後メールアドレス|email|emailaddress|mail|personalemail|homeemail"},
    {ImportField::SecondaryEmail, "予備メールアドレス|サブメールアドレス|メールアドレス2|email2|secondaryemail|"
                                  "alternateemail|otheremail"},
    {ImportField::Phone, "電話番号|携帯電話|携帯電話番号|携帯番号|電話|連絡先電話番号|自宅電話番号|phone|phonenumber|"
                         "mobile|mobilephone|cellphone|homephone"},
    {ImportField::Prefecture, "都道府県|住所都道府県|居住地都道府県|現住所都道府県|prefecture"},
};

bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == u'_' || u == u'-' || u == u'・' || u == u'/' || u == u'.' || u == u'(' || u == u')'
        || u == u'[' || u == u']' || u == u'【' || u == u'】' || u == u'「' || u == u'」' || u == u'<' || u == u'>'
        || u == u'#' || u == u'*' || u == u':';
}

QString reasonFor(const QString &header, ImportField field)
{
    return QCoreApplication::translate("ColumnMapping", "“%1” is a usual header for %2.").arg(header, importFieldLabel(field));
}

ImportField matchHeader(const QString &normalized)
{
    // AlumniDesk's own export names its columns by field key (employee_id, consent_events, …).
    for (ImportField f : importFields()) {
        if (f != ImportField::Ignore && f != ImportField::Custom && normalized == ColumnMapping::normalizeHeader(importFieldKey(f)))
            return f;
    }
    for (const Synonyms &s : kSynonyms) {
        const QStringList list = QString::fromUtf8(s.headers).split(QLatin1Char('|'));
        if (list.contains(normalized))
            return s.field;
    }
    return ImportField::Custom;
}

} // namespace

QString ColumnMapping::normalizeHeader(const QString &header)
{
    const QString n = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(n.size());
    for (const QChar c : n) {
        if (!isSeparator(c))
            out.append(c);
    }
    return out;
}

ColumnMapping ColumnMapping::automatic(const QStringList &headers)
{
    ColumnMapping m;
    for (const QString &h : headers) {
        ColumnChoice c;
        c.header = h;
        c.field = matchHeader(normalizeHeader(h));
        // A field already taken stays with the first column; the second is kept as a custom attribute.
        if (c.field != ImportField::Custom && m.columnOf(c.field) >= 0)
            c.field = ImportField::Custom;
        c.reason = c.field == ImportField::Custom
            ? QCoreApplication::translate("ColumnMapping", "Not a roster field: kept as the custom attribute “%1”.").arg(h)
            : reasonFor(h, c.field);
        m.m_columns.append(c);
    }
    return m;
}

ColumnMapping ColumnMapping::fromProfile(const QStringList &headers, const QJsonObject &profile)
{
    ColumnMapping m = automatic(headers);
    QHash<QString, ImportField> chosen;
    for (const QJsonValue &v : profile.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        ImportField f;
        if (importFieldFromKey(o.value(QStringLiteral("field")).toString(), &f))
            chosen.insert(normalizeHeader(o.value(QStringLiteral("header")).toString()), f);
    }
    for (ColumnChoice &c : m.m_columns) {
        const auto it = chosen.constFind(normalizeHeader(c.header));
        if (it == chosen.constEnd())
            continue;
        c.field = it.value();
        c.reason = QCoreApplication::translate("ColumnMapping", "Chosen in the mapping profile.");
    }
    const QJsonObject departure = profile.value(QStringLiteral("departure_types")).toObject();
    // A profile edited by hand may name a term the roster does not have: such an entry is left out, and
    // the value is then read as AlumniDesk recognises it (or reported as unknown), never stored as is.
    for (auto it = departure.constBegin(); it != departure.constEnd(); ++it)
        if (vocabulary::isDepartureType(it.value().toString()))
            m.departureTypeValues.insert(it.key(), it.value().toString());
    const QJsonObject employment = profile.value(QStringLiteral("employment_types")).toObject();
    for (auto it = employment.constBegin(); it != employment.constEnd(); ++it)
        if (vocabulary::isEmploymentType(it.value().toString()))
            m.employmentTypeValues.insert(it.key(), it.value().toString());
    return m;
}

void ColumnMapping::setField(int column, ImportField field)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column].field = field;
    m_columns[column].reason = QCoreApplication::translate("ColumnMapping", "Chosen by hand.");
}

int ColumnMapping::columnOf(ImportField field) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).field == field)
            return i;
    }
    return -1;
}

QStringList ColumnMapping::problems() const
{
    QStringList out;
    if (columnOf(ImportField::EmployeeId) < 0)
        out.append(QCoreApplication::translate("ColumnMapping",
                                               "No column is mapped to the employee ID; every row needs one to be matched "
                                               "with the roster."));
    for (ImportField f : importFields()) {
        if (f == ImportField::Ignore || f == ImportField::Custom)
            continue;
        QStringList headers;
        for (const ColumnChoice &c : m_columns) {
            if (c.field == f)
                headers.append(QStringLiteral("“%1”").arg(c.header));
        }
        if (headers.size() > 1)
            out.append(QCoreApplication::translate("ColumnMapping", "%1 is mapped from more than one column: %2.")
                           .arg(importFieldLabel(f), headers.join(QStringLiteral(", "))));
    }
    const bool fullName = columnOf(ImportField::FullName) >= 0;
    if (fullName && (columnOf(ImportField::FamilyName) >= 0 || columnOf(ImportField::GivenName) >= 0))
        out.append(QCoreApplication::translate("ColumnMapping",
                                               "The name is mapped both as one column and as family and given name; "
                                               "choose one."));
    if (!fullName && columnOf(ImportField::FamilyName) < 0)
        out.append(QCoreApplication::translate("ColumnMapping", "No column is mapped to the name."));
    return out;
}

QJsonObject ColumnMapping::toProfile() const
{
    QJsonArray columns;
    for (const ColumnChoice &c : m_columns) {
        QJsonObject o;
        o.insert(QStringLiteral("header"), c.header);
        o.insert(QStringLiteral("field"), importFieldKey(c.field));
        columns.append(o);
    }
    QJsonObject profile;
    profile.insert(QStringLiteral("columns"), columns);
    QJsonObject departure;
    for (auto it = departureTypeValues.constBegin(); it != departureTypeValues.constEnd(); ++it)
        departure.insert(it.key(), it.value());
    QJsonObject employment;
    for (auto it = employmentTypeValues.constBegin(); it != employmentTypeValues.constEnd(); ++it)
        employment.insert(it.key(), it.value());
    profile.insert(QStringLiteral("departure_types"), departure);
    profile.insert(QStringLiteral("employment_types"), employment);
    return profile;
}

} // namespace alumnidesk::hris
