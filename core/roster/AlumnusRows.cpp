#include "roster/AlumnusRows.h"

#include "db/RowValues.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "eligibility/PersonFacts.h"
#include "text/KanaCollation.h"
#include "text/Romaji.h"

#include <QCoreApplication>
#include <QVariant>

namespace alumnidesk {

namespace {

const QString kAlumniColumns = QStringLiteral(
    "employee_id, family_name, given_name, family_kana, given_kana, kana_key, name_romaji, birth_date, email, "
    "secondary_email, phone, prefecture, current_employer, current_title, current_industry, skills, "
    "membership_status, consent_newsletter, consent_events, consent_job_offers, relationship_owner, "
    "last_contact_date, notes, hr_misconduct, hr_do_not_rehire, hr_note, last_department, last_position, "
    "last_hire_date, last_departure_date, last_departure_type, stint_count, created_at, updated_at, "
    // What the eligibility rules look at (schema 4), derived from the stints like the summary above.
    "elig_last_hire_date, elig_last_departure_date, elig_last_departure_type, elig_last_employment_type, "
    "elig_last_grade, elig_last_department, elig_last_group_company, elig_closed_months, elig_open_hire_date, "
    "elig_total_known");
constexpr int kAlumniColumnCount = 44;

QString placeholders(int n)
{
    QStringList p;
    for (int i = 0; i < n; ++i)
        p.append(QStringLiteral("?"));
    return p.join(QStringLiteral(", "));
}

// Formatted once a second per thread rather than once a row (a bulk load writes thousands a second).
QString nowText()
{
    thread_local qint64 formattedSecond = -1;
    thread_local QString formatted;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != formattedSecond) {
        formatted = now.toString(Qt::ISODate);
        formattedSecond = second;
    }
    return formatted;
}

} // namespace

AlumnusRows::AlumnusRows(QSqlDatabase db, const StoreBackend &backend)
    : m_db(std::move(db))
    , m_backend(backend)
{
}

Statement &AlumnusRows::statement(const char *key, const QString &sqlText, Status *st)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto prepared = m_backend.prepare(m_db, sqlText);
        if (!prepared) {
            *st = prepared.error();
            // Keep a Qt statement so the caller has something to hold; it fails the same way when run.
            prepared = Statement::prepareWithQt(m_db, QStringLiteral("SELECT 0 WHERE 0"));
        } else {
            *st = Status();
        }
        it = m_statements.emplace(key, std::move(prepared.value())).first;
    } else {
        *st = Status();
    }
    return *it->second;
}

QStringList AlumnusRows::alumniColumns()
{
    return kAlumniColumns.split(QStringLiteral(", "));
}

namespace {

// The values of an alumni row, in the order of kAlumniColumns, handed to `sink` one by one: text (a null
// string is stored as empty text: the columns are NOT NULL), dates (NULL when unset) and integers.
template <class Sink>
void forEachAlumniValue(const Alumnus &a, Sink &sink)
{
    const Stint *last = a.latestStint();
    const eligibility::StoredRuleFacts rules = eligibility::storedRuleFacts(a.stints);
    const Stint *ruleLast = rules.last >= 0 ? &a.stints.at(rules.last) : nullptr;
    const QString romaji = text::searchRomaji(a.familyKana, a.givenKana);
    const QString now = nowText();
    const QString created = a.createdAt.isValid() ? sql::timestampText(a.createdAt) : now;
    // Text columns are NOT NULL; dates stay NULL when unset.
    sink.text(a.employeeId);
    sink.text(a.familyName);
    sink.text(a.givenName);
    sink.text(a.familyKana);
    sink.text(a.givenKana);
    // The name is the key's fallback when there is no reading: not joined for every record that has one.
    const bool reading = !a.familyKana.isEmpty() || !a.givenKana.isEmpty();
    sink.text(text::personSortKey(a.familyKana, a.givenKana, reading ? QString() : a.displayName()));
    sink.text(romaji);
    sink.date(a.birthDate);
    sink.text(a.email);
    sink.text(a.secondaryEmail);
    sink.text(a.phone);
    sink.text(a.prefecture);
    sink.text(a.currentEmployer);
    sink.text(a.currentTitle);
    sink.text(a.currentIndustry);
    sink.text(a.skills.join(QStringLiteral(", ")));
    sink.text(a.membershipStatus);
    sink.number(int(a.consentNewsletter));
    sink.number(int(a.consentEvents));
    sink.number(int(a.consentJobOffers));
    sink.text(a.relationshipOwner);
    sink.date(a.lastContactDate);
    sink.text(a.notes);
    sink.number(int(a.hrMisconduct));
    sink.number(int(a.hrDoNotRehire));
    sink.text(a.hrNote);
    sink.text(last ? last->department : QString());
    sink.text(last ? last->position : QString());
    sink.date(last ? last->hireDate : QDate());
    sink.date(last ? last->departureDate : QDate());
    sink.text(last ? last->departureType : QString());
    sink.number(int(a.stints.size()));
    sink.text(created);
    sink.text(now);
    sink.date(ruleLast ? ruleLast->hireDate : QDate());
    sink.date(ruleLast ? ruleLast->departureDate : QDate());
    sink.text(ruleLast ? ruleLast->departureType : QString());
    sink.text(ruleLast ? ruleLast->employmentType : QString());
    sink.text(ruleLast ? ruleLast->grade : QString());
    sink.text(ruleLast ? ruleLast->department : QString());
    sink.text(ruleLast ? ruleLast->groupCompany : QString());
    sink.number(rules.closedMonths);
    sink.date(rules.openHire);
    sink.number(int(rules.totalKnown));
}

template <class Sink>
void forEachStintValue(const Stint &s, Sink &sink)
{
    sink.text(s.groupCompany);
    sink.date(s.hireDate);
    sink.date(s.departureDate);
    sink.text(s.department);
    sink.text(s.position);
    sink.text(s.grade);
    sink.text(s.employmentType);
    sink.text(s.departureType);
    sink.text(s.departureReason);
}

struct VariantSink {
    QVector<QVariant> values;
    void text(const QString &s) { values.append(sql::textValue(s)); }
    void date(const QDate &d) { values.append(sql::dateValue(d)); }
    void number(int n) { values.append(n); }
};

// The same values straight into a RowValues: no QVariant per value.
struct RowValuesSink {
    RowValues &out;
    void text(const QString &s) { out.addText(s); }
    void date(const QDate &d) { out.addDate(d); }
    void number(int n) { out.addInt(n); }
};

} // namespace

QVector<QVariant> AlumnusRows::alumniValues(const Alumnus &a)
{
    VariantSink sink;
    sink.values.reserve(kAlumniColumnCount);
    forEachAlumniValue(a, sink);
    return sink.values;
}

void AlumnusRows::appendAlumniValues(const Alumnus &a, RowValues &out)
{
    RowValuesSink sink{out};
    forEachAlumniValue(a, sink);
}

QStringList AlumnusRows::stintColumns()
{
    return {QStringLiteral("group_company"), QStringLiteral("hire_date"), QStringLiteral("departure_date"),
            QStringLiteral("department"), QStringLiteral("position"), QStringLiteral("grade"),
            QStringLiteral("employment_type"), QStringLiteral("departure_type"), QStringLiteral("departure_reason")};
}

QVector<QVariant> AlumnusRows::stintValues(const Stint &s)
{
    VariantSink sink;
    forEachStintValue(s, sink);
    return sink.values;
}

void AlumnusRows::appendStintValues(const Stint &s, RowValues &out)
{
    RowValuesSink sink{out};
    forEachStintValue(s, sink);
}

Status AlumnusRows::bindAndRunAlumnus(Statement &q, const Alumnus &a)
{
    m_row.clear();
    appendAlumniValues(a, m_row);
    m_row.bindTo(q);
    return q.exec();
}

Result<qint64> AlumnusRows::insert(const Alumnus &a)
{
    // The SQL text is built once: a bulk load inserts a million rows through these two statements.
    static const QString insertWithId = QStringLiteral("INSERT INTO alumni(%1, id) VALUES (%2, ?)")
                                            .arg(kAlumniColumns, placeholders(kAlumniColumnCount));
    static const QString insertNew =
        QStringLiteral("INSERT INTO alumni(%1) VALUES (%2)").arg(kAlumniColumns, placeholders(kAlumniColumnCount));
    Status st;
    Statement &q = a.id ? statement("insert-with-id", insertWithId, &st) : statement("insert", insertNew, &st);
    if (!st)
        return st.error();
    if (a.id)
        q.bindValue(kAlumniColumnCount, a.id);
    if (Status run = bindAndRunAlumnus(q, a); !run)
        return run.error();
    const qint64 id = a.id ? a.id : q.lastInsertId();
    if (Status s2 = writeStints(id, a.stints, false); !s2)
        return s2.error();
    if (Status s3 = writeTags(id, a.tags, false); !s3)
        return s3.error();
    return id;
}

namespace {

// A stored value and the value an update would write are the same (NULL, the same integer or the same text).
bool sameStored(const QVariant &stored, const QVariant &value)
{
    if (stored.isNull() || value.isNull())
        return stored.isNull() == value.isNull();
    if (value.typeId() == QMetaType::QString)
        return stored.typeId() == QMetaType::QString && stored.toString() == value.toString();
    return stored.typeId() == QMetaType::LongLong && value.canConvert<qlonglong>() && stored.toLongLong() == value.toLongLong();
}

} // namespace

Status AlumnusRows::update(const Alumnus &a)
{
    // Only the columns whose value changes are set (the row ends up the same as when every column is):
    // setting a name, reading or e-mail to what it already is still re-indexes the person for search,
    // which was most of the time of an import that changes a department.
    const QStringList columns = kAlumniColumns.split(QStringLiteral(", "));
    const QVector<QVariant> values = alumniValues(a);
    Status st;
    static const QString storedSql = QStringLiteral("SELECT %1 FROM alumni WHERE id = ?").arg(kAlumniColumns); // built once
    Statement &stored = statement("stored", storedSql, &st);
    if (!st)
        return st;
    stored.bindValue(0, a.id);
    if (Status run = stored.exec(); !run)
        return run;
    if (!stored.next()) {
        stored.finish();
        return Error{QCoreApplication::translate("Roster", "The record was not found; it may have been deleted meanwhile."), {}};
    }
    std::string key = "update:";
    QStringList sets;
    QVector<int> changed;
    for (int i = 0; i < kAlumniColumnCount; ++i) {
        // updated_at always: an update is a change of the record even when no value differs.
        const bool always = columns.at(i) == QLatin1String("updated_at");
        const bool differs = always || !sameStored(stored.value(i), values.at(i));
        key += differs ? '1' : '0';
        if (differs) {
            sets.append(columns.at(i) + QStringLiteral(" = ?"));
            changed.append(i);
        }
    }
    stored.finish();
    Statement &q = statement(key.c_str(), QStringLiteral("UPDATE alumni SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), &st);
    if (!st)
        return st;
    for (int i = 0; i < changed.size(); ++i)
        q.bindValue(i, values.at(changed.at(i)));
    q.bindValue(int(changed.size()), a.id);
    if (Status run = q.exec(); !run)
        return run;
    if (q.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("Roster", "The record was not found; it may have been deleted meanwhile."), {}};
    if (Status s2 = writeStints(a.id, a.stints, true); !s2)
        return s2;
    return writeTags(a.id, a.tags, true);
}

Status AlumnusRows::remove(qint64 id)
{
    Status st;
    Statement &q = statement("delete", QStringLiteral("DELETE FROM alumni WHERE id = ?"), &st);
    if (!st)
        return st;
    q.bindValue(0, id);
    return q.exec();
}

Status AlumnusRows::writeStints(qint64 alumnusId, const QVector<Stint> &stints, bool replacing)
{
    Status st;
    if (replacing) {
        // Keep the ids of stints that still exist (other records will refer to them); drop the rest.
        Statement &existing = statement("stint-ids", QStringLiteral("SELECT id FROM stints WHERE alumnus_id = ?"), &st);
        if (!st)
            return st;
        existing.bindValue(0, alumnusId);
        if (Status run = existing.exec(); !run)
            return run;
        QVector<qint64> stale;
        while (existing.next()) {
            const qint64 id = existing.value(0).toLongLong();
            const bool kept = std::any_of(stints.begin(), stints.end(), [id](const Stint &s) { return s.id == id; });
            if (!kept)
                stale.append(id);
        }
        existing.finish();
        Statement &del = statement("stint-delete", QStringLiteral("DELETE FROM stints WHERE id = ?"), &st);
        if (!st)
            return st;
        for (qint64 id : stale) {
            del.bindValue(0, id);
            if (Status run = del.exec(); !run)
                return run;
        }
    }
    // Built once (see insert()).
    static const QString cols = stintColumns().join(QStringLiteral(", "));
    static const QString insertSql = QStringLiteral("INSERT INTO stints(alumnus_id, %1) VALUES (?, %2)").arg(cols, placeholders(9));
    static const QString updateSql = QStringLiteral("UPDATE stints SET group_company = ?, hire_date = ?, departure_date = ?, "
                                                    "department = ?, position = ?, grade = ?, employment_type = ?, "
                                                    "departure_type = ?, departure_reason = ? WHERE id = ? AND alumnus_id = ?");
    static const QString insertWithIdSql =
        QStringLiteral("INSERT INTO stints(id, alumnus_id, %1) VALUES (?, ?, %2)").arg(cols, placeholders(9));
    Statement &ins = statement("stint-insert", insertSql, &st);
    if (!st)
        return st;
    Statement &upd = statement("stint-update", updateSql, &st);
    if (!st)
        return st;
    Statement &insWithId = statement("stint-insert-id", insertWithIdSql, &st);
    if (!st)
        return st;
    for (const Stint &s : stints) {
        // A stint with an id is updated in place; if its row is gone (an undo putting back a stint that a
        // later edit removed) it is inserted again under the same id.
        bool isUpdate = replacing && s.id != 0;
        if (isUpdate && !stintExists(s.id, alumnusId))
            isUpdate = false;
        const bool keepId = !isUpdate && s.id != 0;
        Statement &q = isUpdate ? upd : (keepId ? insWithId : ins);
        int i = 0;
        if (keepId)
            q.bindValue(i++, s.id);
        if (!isUpdate)
            q.bindValue(i++, alumnusId);
        m_row.clear();
        appendStintValues(s, m_row);
        m_row.bindTo(q, i);
        i += m_row.size();
        if (isUpdate) {
            q.bindValue(i++, s.id);
            q.bindValue(i++, alumnusId);
        }
        if (Status run = q.exec(); !run)
            return run;
    }
    return {};
}

bool AlumnusRows::stintExists(qint64 stintId, qint64 alumnusId)
{
    Status st;
    Statement &q = statement("stint-exists", QStringLiteral("SELECT 1 FROM stints WHERE id = ? AND alumnus_id = ?"), &st);
    if (!st)
        return false;
    q.bindValue(0, stintId);
    q.bindValue(1, alumnusId);
    const bool found = q.exec().ok() && q.next();
    q.finish();
    return found;
}

Result<qint64> AlumnusRows::tagId(const QString &name)
{
    // Looked up every time rather than cached: a cached id would outlive a rolled-back transaction that
    // created the tag, and a later link would point at a tag that no longer exists. The lookup is one probe
    // of the UNIQUE index through a prepared statement.
    Status st;
    Statement &sel = statement("tag-select", QStringLiteral("SELECT id FROM tags WHERE name = ?"), &st);
    if (!st)
        return st.error();
    sel.bindValue(0, name);
    if (Status run = sel.exec(); !run)
        return run.error();
    if (sel.next()) {
        const qint64 id = sel.value(0).toLongLong();
        sel.finish();
        return id;
    }
    sel.finish();
    Statement &ins = statement("tag-insert", QStringLiteral("INSERT INTO tags(name) VALUES (?)"), &st);
    if (!st)
        return st.error();
    ins.bindValue(0, name);
    if (Status run = ins.exec(); !run)
        return Error{QCoreApplication::translate("Roster", "The tag “%1” could not be stored.").arg(name), run.error().detail};
    return ins.lastInsertId();
}

Status AlumnusRows::writeTags(qint64 alumnusId, const QStringList &tags, bool replacing)
{
    Status st;
    if (replacing) {
        Statement &del = statement("tags-clear", QStringLiteral("DELETE FROM alumnus_tags WHERE alumnus_id = ?"), &st);
        if (!st)
            return st;
        del.bindValue(0, alumnusId);
        if (Status run = del.exec(); !run)
            return run;
    }
    Statement &link = statement("tag-link", QStringLiteral("INSERT OR IGNORE INTO alumnus_tags(tag_id, alumnus_id) VALUES (?, ?)"), &st);
    if (!st)
        return st;
    for (const QString &t : tags) {
        auto id = tagId(t);
        if (!id)
            return id.error();
        link.bindValue(0, id.value());
        link.bindValue(1, alumnusId);
        if (Status run = link.exec(); !run)
            return run;
    }
    return {};
}

Result<qint64> AlumnusRows::idForEmployeeId(const QString &employeeId)
{
    Status st;
    Statement &q = statement("id-for-employee", QStringLiteral("SELECT id FROM alumni WHERE employee_id = ?"), &st);
    if (!st)
        return st.error();
    q.bindValue(0, employeeId);
    if (Status run = q.exec(); !run)
        return run.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<Alumnus> AlumnusRows::load(qint64 id)
{
    Status st;
    static const QString loadSql = QStringLiteral("SELECT id, %1 FROM alumni WHERE id = ?").arg(kAlumniColumns);
    Statement &q = statement("load", loadSql, &st);
    if (!st)
        return st.error();
    q.bindValue(0, id);
    if (Status run = q.exec(); !run)
        return run.error();
    if (!q.next())
        return Error{QCoreApplication::translate("Roster", "No alumnus with row id %1.").arg(id), {}};
    Alumnus a;
    int c = 0;
    a.id = q.value(c++).toLongLong();
    a.employeeId = q.value(c++).toString();
    a.familyName = q.value(c++).toString();
    a.givenName = q.value(c++).toString();
    a.familyKana = q.value(c++).toString();
    a.givenKana = q.value(c++).toString();
    c += 2; // kana_key, name_romaji are derived
    a.birthDate = sql::dateFrom(q.value(c++));
    a.email = q.value(c++).toString();
    a.secondaryEmail = q.value(c++).toString();
    a.phone = q.value(c++).toString();
    a.prefecture = q.value(c++).toString();
    a.currentEmployer = q.value(c++).toString();
    a.currentTitle = q.value(c++).toString();
    a.currentIndustry = q.value(c++).toString();
    const QString skills = q.value(c++).toString();
    a.skills = skills.isEmpty() ? QStringList() : skills.split(QStringLiteral(", "));
    a.membershipStatus = q.value(c++).toString();
    a.consentNewsletter = q.value(c++).toBool();
    a.consentEvents = q.value(c++).toBool();
    a.consentJobOffers = q.value(c++).toBool();
    a.relationshipOwner = q.value(c++).toString();
    a.lastContactDate = sql::dateFrom(q.value(c++));
    a.notes = q.value(c++).toString();
    a.hrMisconduct = q.value(c++).toBool();
    a.hrDoNotRehire = q.value(c++).toBool();
    a.hrNote = q.value(c++).toString();
    c += 6; // summary of the latest stint is derived
    a.createdAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODate);
    q.finish();

    Statement &s = statement("load-stints",
                             QStringLiteral("SELECT id, group_company, hire_date, departure_date, department, position, "
                                            "grade, employment_type, departure_type, departure_reason FROM stints "
                                            "WHERE alumnus_id = ? ORDER BY hire_date, id"),
                             &st);
    if (!st)
        return st.error();
    s.bindValue(0, id);
    if (Status run = s.exec(); !run)
        return run.error();
    while (s.next()) {
        Stint x;
        x.id = s.value(0).toLongLong();
        x.groupCompany = s.value(1).toString();
        x.hireDate = sql::dateFrom(s.value(2));
        x.departureDate = sql::dateFrom(s.value(3));
        x.department = s.value(4).toString();
        x.position = s.value(5).toString();
        x.grade = s.value(6).toString();
        x.employmentType = s.value(7).toString();
        x.departureType = s.value(8).toString();
        x.departureReason = s.value(9).toString();
        a.stints.append(x);
    }
    s.finish();

    Statement &t = statement("load-tags",
                             QStringLiteral("SELECT t.name FROM alumnus_tags at JOIN tags t ON t.id = at.tag_id "
                                            "WHERE at.alumnus_id = ? ORDER BY t.name"),
                             &st);
    if (!st)
        return st.error();
    t.bindValue(0, id);
    if (Status run = t.exec(); !run)
        return run.error();
    while (t.next())
        a.tags.append(t.value(0).toString());
    t.finish();
    return a;
}

} // namespace alumnidesk
