#include "hris/RosterExportQuery.h"

#include "db/SqlUtil.h"
#include "db/StoreBackend.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <memory>

namespace alumnidesk::hris {

namespace {

struct Source {
    ImportField field;
    const char *sql;
    bool stint;
};

// Where each field lives. Flags are integers; read as text they are the 1 and 0 the import reads back.
// Tags are read as the ids of the person's tags (the covering index alumnus_tags_by_alumnus answers that
// alone) and named from the small tags table held in memory: a join and a sort per person fewer, about a
// second at a million people. kTagNamesSql is the same in SQL, for the sqlite3 tool to run.
constexpr Source kSources[] = {
    {ImportField::EmployeeId, "a.employee_id", false},
    {ImportField::FamilyName, "a.family_name", false},
    {ImportField::GivenName, "a.given_name", false},
    {ImportField::FamilyKana, "a.family_kana", false},
    {ImportField::GivenKana, "a.given_kana", false},
    {ImportField::BirthDate, "a.birth_date", false},
    {ImportField::HireDate, "s.hire_date", true},
    {ImportField::DepartureDate, "s.departure_date", true},
    {ImportField::Department, "s.department", true},
    {ImportField::Position, "s.position", true},
    {ImportField::Grade, "s.grade", true},
    {ImportField::EmploymentType, "s.employment_type", true},
    {ImportField::DepartureType, "s.departure_type", true},
    {ImportField::DepartureReason, "s.departure_reason", true},
    {ImportField::GroupCompany, "s.group_company", true},
    {ImportField::Email, "a.email", false},
    {ImportField::SecondaryEmail, "a.secondary_email", false},
    {ImportField::Phone, "a.phone", false},
    {ImportField::Prefecture, "a.prefecture", false},
    {ImportField::MembershipStatus, "a.membership_status", false},
    {ImportField::ConsentNewsletter, "a.consent_newsletter", false},
    {ImportField::ConsentEvents, "a.consent_events", false},
    {ImportField::ConsentJobOffers, "a.consent_job_offers", false},
    {ImportField::CurrentEmployer, "a.current_employer", false},
    {ImportField::CurrentTitle, "a.current_title", false},
    {ImportField::CurrentIndustry, "a.current_industry", false},
    {ImportField::Skills, "a.skills", false},
    {ImportField::Tags, "(SELECT group_concat(x.tag_id) FROM alumnus_tags x WHERE x.alumnus_id = a.id)", false},
    {ImportField::RelationshipOwner, "a.relationship_owner", false},
    {ImportField::LastContactDate, "a.last_contact_date", false},
    {ImportField::Notes, "a.notes", false},
    {ImportField::HrMisconduct, "a.hr_misconduct", false},
    {ImportField::HrDoNotRehire, "a.hr_do_not_rehire", false},
    {ImportField::HrNote, "a.hr_note", false},
};

// Tags in name order, so the same roster always gives the same file.
constexpr char kTagNamesSql[] = "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM alumnus_tags x JOIN tags t "
                                "ON t.id = x.tag_id WHERE x.alumnus_id = a.id ORDER BY t.name))";

bool hasSource(ImportField f)
{
    return std::any_of(std::begin(kSources), std::end(kSources), [f](const Source &s) { return s.field == f; });
}

// For a field with hasSource() (full_name, custom and ignore have none).
const Source &sourceOf(ImportField f)
{
    for (const Source &s : kSources) {
        if (s.field == f)
            return s;
    }
    return kSources[0];
}

// A copy that owns its bytes: the statement's own are gone at the next step.
QByteArray owned(const QByteArray &view)
{
    return QByteArray(view.constData(), view.size());
}

QString marks(qsizetype n)
{
    QString out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(",?") : QStringLiteral("?");
    return out;
}

// Chunks small enough for every SQLite build's limit on parameters (999 before 3.32).
constexpr qsizetype kChunk = 500;

} // namespace

RosterExportQuery::RosterExportQuery(QSqlDatabase db, const StoreBackend &backend, const QVector<ExportColumn> &columns)
    : m_db(std::move(db))
    , m_backend(backend)
{
    auto need = [this](ImportField f) {
        if (!m_fields.contains(f) && hasSource(f))
            m_fields.append(f);
    };
    need(ImportField::EmployeeId); // every problem is reported with the person's ID
    for (const ExportColumn &c : columns) {
        if (c.kind == ExportColumn::Attribute) {
            if (!m_attributes.contains(c.attribute))
                m_attributes.append(c.attribute);
        } else if (c.field == ImportField::FullName) {
            need(ImportField::FamilyName);
            need(ImportField::GivenName);
        } else if (c.field == ImportField::FullKana) {
            need(ImportField::FamilyKana);
            need(ImportField::GivenKana);
        } else {
            need(c.field);
        }
    }
    for (ImportField f : std::as_const(m_fields))
        m_stints = m_stints || sourceOf(f).stint;
    m_tagsValue = valueIndex(ImportField::Tags);
}

int RosterExportQuery::valueIndex(ImportField field) const
{
    return int(m_fields.indexOf(field));
}

int RosterExportQuery::attributeIndex(const QString &name) const
{
    return int(m_attributes.indexOf(name));
}

QString RosterExportQuery::selectList(bool tagNames) const
{
    QString list = QStringLiteral("a.id");
    for (ImportField f : m_fields) {
        list += QStringLiteral(", ");
        list += tagNames && f == ImportField::Tags ? QLatin1String(kTagNamesSql) : QLatin1String(sourceOf(f).sql);
    }
    return list;
}

Status RosterExportQuery::loadTagNames()
{
    if (m_tagsValue < 0 || m_tagNamesLoaded)
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM tags")))
        return sql::queryError(q, QCoreApplication::translate("RosterExport", "The tags could not be read."));
    while (q.next())
        m_tagNames.insert(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
    m_tagNamesLoaded = true;
    return {};
}

QByteArray RosterExportQuery::tagNames(const QByteArray &ids) const
{
    QVector<QByteArray> names;
    for (const QByteArray &id : ids.split(','))
        names.append(m_tagNames.value(id.toLongLong()));
    std::sort(names.begin(), names.end()); // byte order of UTF-8 is code point order, as SQLite's BINARY
    QByteArray out;
    for (const QByteArray &n : std::as_const(names)) {
        if (!out.isEmpty())
            out += ", ";
        out += n;
    }
    return out;
}

QString RosterExportQuery::fromClause() const
{
    // Without a stint column, one row per person: repeating the same person on each stint's row would
    // only make duplicate lines.
    return m_stints ? QStringLiteral(" FROM alumni a LEFT JOIN stints s ON s.alumnus_id = a.id")
                    : QStringLiteral(" FROM alumni a");
}

QString RosterExportQuery::everyoneSql(bool tagNames) const
{
    // The order of the roster list (RosterQuery::orderBy for 50音), and within a person the order of the
    // stints in the record. SQLite walks alumni_by_kana and stints_by_alumnus: no sort.
    return QStringLiteral("SELECT ") + selectList(tagNames) + fromClause() + QStringLiteral(" ORDER BY a.kana_key, a.id")
        + (m_stints ? QStringLiteral(", s.hire_date, s.id") : QString());
}

Result<QStringList> RosterExportQuery::attributeNames(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT name FROM alumnus_attributes ORDER BY name")))
        return sql::queryError(q, QCoreApplication::translate("RosterExport", "The custom attributes could not be read."));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Status RosterExportQuery::everyone(const RowHandler &handler)
{
    if (Status st = loadTagNames(); !st)
        return st;
    auto main = m_backend.prepare(m_db, everyoneSql());
    if (!main)
        return main.error();
    std::unique_ptr<Statement> attrs;
    bool attrRow = false;
    if (!m_attributes.isEmpty()) {
        // The same order as the main statement, so the two advance together: when the attribute cursor is
        // not at the current person, that person has no attributes.
        auto a = m_backend.prepare(m_db, QStringLiteral("SELECT x.alumnus_id, x.name, x.value FROM alumni a "
                                                        "JOIN alumnus_attributes x ON x.alumnus_id = a.id "
                                                        "ORDER BY a.kana_key, a.id, x.name"));
        if (!a)
            return a.error();
        attrs = std::move(a.value());
        if (Status st = attrs->exec(); !st)
            return st;
        attrRow = attrs->next();
    }
    Statement &q = *main.value();
    if (Status st = q.exec(); !st)
        return st;

    const int n = int(m_fields.size());
    QVector<QByteArray> values(n);
    QVector<QByteArray> attributes(m_attributes.size());
    Row row;
    row.values = &values;
    row.attributes = &attributes;
    qint64 previous = -1;
    bool first = true;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        row.firstOfPerson = first || id != previous;
        first = false;
        previous = id;
        row.personId = id;
        if (row.firstOfPerson && attrs) {
            attributes.fill(QByteArray());
            while (attrRow && attrs->value(0).toLongLong() == id) {
                const int i = attributeIndex(QString::fromUtf8(attrs->utf8(1)));
                if (i >= 0)
                    attributes[i] = owned(attrs->utf8(2));
                attrRow = attrs->next();
            }
        }
        for (int i = 0; i < n; ++i)
            values[i] = q.utf8(i + 1);
        if (m_tagsValue >= 0 && !values.at(m_tagsValue).isEmpty())
            values[m_tagsValue] = tagNames(values.at(m_tagsValue));
        if (!handler(row)) {
            q.finish();
            break;
        }
    }
    if (attrs)
        attrs->finish();
    return {};
}

Status RosterExportQuery::people(const QVector<qint64> &ids, const RowHandler &handler)
{
    if (Status st = loadTagNames(); !st)
        return st;
    bool stopped = false;
    for (qsizetype from = 0; from < ids.size() && !stopped; from += kChunk) {
        if (Status st = peopleChunk(ids.mid(from, kChunk), handler, &stopped); !st)
            return st;
    }
    return {};
}

Status RosterExportQuery::peopleChunk(const QVector<qint64> &ids, const RowHandler &handler, bool *stopped)
{
    using Rows = QVector<QVector<QByteArray>>;
    QHash<qint64, Rows> rowsById;
    QHash<qint64, QVector<QByteArray>> attributesById;
    const QString in = marks(ids.size());
    auto main = m_backend.prepare(m_db, QStringLiteral("SELECT ") + selectList() + fromClause() + QStringLiteral(" WHERE a.id IN (")
                                            + in + QStringLiteral(") ORDER BY a.id")
                                            + (m_stints ? QStringLiteral(", s.hire_date, s.id") : QString()));
    if (!main)
        return main.error();
    Statement &q = *main.value();
    for (int i = 0; i < ids.size(); ++i)
        q.bindValue(i, ids.at(i));
    if (Status st = q.exec(); !st)
        return st;
    const int n = int(m_fields.size());
    while (q.next()) {
        QVector<QByteArray> values(n);
        for (int i = 0; i < n; ++i)
            values[i] = owned(q.utf8(i + 1));
        if (m_tagsValue >= 0 && !values.at(m_tagsValue).isEmpty())
            values[m_tagsValue] = tagNames(values.at(m_tagsValue));
        rowsById[q.value(0).toLongLong()].append(std::move(values));
    }
    if (!m_attributes.isEmpty()) {
        auto a = m_backend.prepare(m_db, QStringLiteral("SELECT alumnus_id, name, value FROM alumnus_attributes WHERE alumnus_id IN (")
                                             + in + QStringLiteral(")"));
        if (!a)
            return a.error();
        Statement &aq = *a.value();
        for (int i = 0; i < ids.size(); ++i)
            aq.bindValue(i, ids.at(i));
        if (Status st = aq.exec(); !st)
            return st;
        while (aq.next()) {
            const int i = attributeIndex(QString::fromUtf8(aq.utf8(1)));
            if (i < 0)
                continue;
            QVector<QByteArray> &list = attributesById[aq.value(0).toLongLong()];
            list.resize(m_attributes.size());
            list[i] = owned(aq.utf8(2));
        }
    }
    const QVector<QByteArray> none(m_attributes.size());
    for (qint64 id : ids) {
        const auto it = rowsById.constFind(id);
        if (it == rowsById.constEnd())
            continue;
        const auto attrs = attributesById.constFind(id);
        Row row;
        row.personId = id;
        row.attributes = attrs == attributesById.constEnd() ? &none : &attrs.value();
        row.firstOfPerson = true;
        for (const QVector<QByteArray> &values : it.value()) {
            row.values = &values;
            if (!handler(row)) {
                *stopped = true;
                return {};
            }
            row.firstOfPerson = false;
        }
    }
    return {};
}

} // namespace alumnidesk::hris
