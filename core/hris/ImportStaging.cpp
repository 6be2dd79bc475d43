#include "hris/ImportStaging.h"

#include "common/HeapTrim.h"
#include "db/RowValues.h"
#include "db/Statement.h"

#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "hris/ImportRowCodec.h"
#include "roster/AlumnusRows.h"
#include "roster/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlQuery>

namespace alumnidesk::hris {

namespace {

// Marks of a staged row.
constexpr int kUnmarked = 0;
constexpr int kUnchanged = 1;
constexpr int kNew = 2;
constexpr int kRejected = 3;
// Values stage() writes for import_keys: line, employee_id, hire_date, simple, valid, has_stint.
constexpr int kKeyValues = 6; ///< only its employee ID and hire date, until removeDuplicates()
constexpr int kValidValue = 4;
constexpr int kHasStintValue = 5;
/// The hire date of a rejected row that had none that could be read.
const char *const kUnreadableHireDate = "?";

QStringList prefixed(const QString &prefix, const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out.append(prefix + c);
    return out;
}

// The row's person alone, as the planner would make a new person of it.
Alumnus aloneRecord(const ImportRow &row)
{
    Alumnus a = row.person;
    a.employeeId = row.employeeId;
    a.stints.clear();
    if (row.hasStint)
        a.stints.append(row.stint);
    normalize(a);
    return a;
}

} // namespace

ImportStaging::ImportStaging(QSqlDatabase db, const StoreBackend &backend)
    : m_db(db)
    , m_backend(backend)
{
}

ImportStaging::~ImportStaging()
{
    m_insert.reset();
    m_insertKey.reset();
    m_insertRejected.reset();
    m_insertAlumnus.reset();
    m_insertStint.reset();
    if (m_adding)
        (void)sql::execAll(m_db, {QStringLiteral("ROLLBACK TO import_staging"), QStringLiteral("RELEASE import_staging")});
    if (m_created) {
        // Detaching closes and deletes the staging's file at once: dropping its tables instead freed every
        // page of them one by one (0.4 s at 200,000 rows). Outside a transaction only: the import's own has
        // ended when the staging goes.
        (void)sql::exec(m_db, QStringLiteral("DETACH DATABASE import_staging"));
        (void)sql::exec(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        // The window goes on after an import: what the import freed leaves its resident memory too.
        trimHeap();
    }
}

void ImportStaging::release()
{
    if (!m_created || m_adding)
        return;
    // Gives the staging's page cache back. Its pages the comparing changed are dirty until the import
    // commits, and a dirty page stays in the cache whatever its size: written out first (uncommitted), they
    // go with the cache, and the heap they leave is given back before the indexes are rebuilt. The file
    // goes with the staging object, after the import's transaction.
    m_backend.flushPageCache(m_db);
    (void)sql::execAll(m_db, {QStringLiteral("PRAGMA import_staging.cache_size = 0"), QStringLiteral("PRAGMA shrink_memory")});
    trimHeap();
}

Status ImportStaging::create(Target target)
{
    // A million staged rows are a few hundred MB: they go to a private temporary file of their own (an
    // attached database named with the empty name), not the heap. (Changing temp_store drops this
    // connection's temporary tables; the connection has none of its own.) Its own page cache of 32 MB: the
    // set-based passes read the staging back several times.
    m_target = target;
    const bool direct = target == Target::EmptyRoster;
    const QStringList alumniNames = AlumnusRows::alumniColumns();
    const QStringList stintNames = AlumnusRows::stintColumns();
    const QStringList alumni = prefixed(QStringLiteral("a_"), alumniNames);
    const QStringList stint = prefixed(QStringLiteral("s_"), stintNames);
    m_alumniValues = int(alumniNames.size());
    m_stintValues = int(stintNames.size());
    if (Status st = sql::exec(m_db, QStringLiteral("PRAGMA temp_store = FILE")); !st)
        return st;
    // A staging an earlier import on this connection could not detach (it is detached outside a
    // transaction only) goes first.
    (void)sql::exec(m_db, QStringLiteral("DETACH DATABASE import_staging"));
    if (Status st = sql::exec(m_db, QStringLiteral("ATTACH DATABASE '' AS import_staging")); !st)
        return st;
    m_created = true;
    // Rows that go straight into the roster are staged for the planner only (the row's encoded form; the
    // alumni and stint columns would be read back by nothing), with their keys for import_keys, which is
    // filled from them only when the file-wide checks are needed (finishAdding()).
    const QString rowColumns = direct ? QStringLiteral("direct, employee_id, hire_date, has_stint, ")
                                      : QStringLiteral("%1, %2, ").arg(alumni.join(QStringLiteral(", ")),
                                                                        stint.join(QStringLiteral(", ")));
    if (Status st = sql::execAll(m_db, {QStringLiteral("PRAGMA import_staging.cache_size = -32768"),
                                        QStringLiteral("CREATE TABLE import_staging.import_keys (line INTEGER PRIMARY KEY, "
                                                       "employee_id TEXT NOT NULL, hire_date TEXT NOT NULL, "
                                                       "mark INTEGER NOT NULL DEFAULT 0, simple INTEGER NOT NULL, "
                                                       "valid INTEGER NOT NULL, has_stint INTEGER NOT NULL, "
                                                       "direct INTEGER NOT NULL DEFAULT 0)"),
                                        QStringLiteral("CREATE TABLE import_staging.import_rows (line INTEGER PRIMARY KEY, %1"
                                                       "data BLOB NOT NULL)")
                                            .arg(rowColumns)});
        !st)
        return st;
    // A valid row goes in marked new (?5 is 1 for a valid row, 0 otherwise): most rows of a large file are
    // new people, and taking the mark back from the few that are not is cheaper than rewriting every row.
    auto insertKey = m_backend.prepare(m_db, QStringLiteral("INSERT INTO import_staging.import_keys(line, employee_id, hire_date, mark, "
                                                            "simple, valid, has_stint) VALUES (?1, ?2, ?3, ?5 * %1, ?4, ?5, ?6)")
                                                 .arg(kNew));
    if (!insertKey)
        return insertKey.error();
    m_insertKey = std::move(insertKey).value();
    const int binds = 2 + int(direct ? 4 : alumni.size() + stint.size());
    QStringList marks;
    for (int i = 0; i < binds; ++i)
        marks.append(QStringLiteral("?"));
    auto insert = m_backend.prepare(m_db, QStringLiteral("INSERT INTO import_staging.import_rows(line, %1data) VALUES (%2)")
                                              .arg(rowColumns, marks.join(QStringLiteral(", "))));
    if (!insert)
        return insert.error();
    m_insert = std::move(insert).value();
    auto rejected = m_backend.prepare(m_db, QStringLiteral("INSERT INTO import_staging.import_keys(line, employee_id, hire_date, mark, simple, "
                                                           "valid, has_stint) VALUES (?, ?, ?, %1, 0, 0, 0)")
                                                .arg(kRejected));
    if (!rejected)
        return rejected.error();
    m_insertRejected = std::move(rejected).value();
    if (direct) {
        auto placeholders = [](qsizetype n) {
            QStringList p;
            for (qsizetype i = 0; i < n; ++i)
                p.append(QStringLiteral("?"));
            return p.join(QStringLiteral(", "));
        };
        // A second row of an ID already inserted is not: the person has several rows, and settleDirect()
        // hands all of them to the planner.
        auto person = m_backend.prepare(m_db, QStringLiteral("INSERT INTO main.alumni(id, %1) VALUES (?, %2) "
                                                             "ON CONFLICT(employee_id) DO NOTHING")
                                                  .arg(alumniNames.join(QStringLiteral(", ")), placeholders(alumniNames.size())));
        if (!person)
            return person.error();
        m_insertAlumnus = std::move(person).value();
        auto stintRow = m_backend.prepare(m_db, QStringLiteral("INSERT INTO main.stints(alumnus_id, %1) VALUES (?, %2)")
                                                    .arg(stintNames.join(QStringLiteral(", ")), placeholders(stintNames.size())));
        if (!stintRow)
            return stintRow.error();
        m_insertStint = std::move(stintRow).value();
    }
    return {};
}

Status ImportStaging::beginAdding()
{
    if (m_target == Target::EmptyRoster) {
        auto largest = largestId();
        if (!largest)
            return largest.error();
        m_firstDirectId = m_nextDirectId = largest.value() + 1;
    }
    // The rows go in as one transaction of the temporary database: committing each row on its own scanned
    // the whole staging page cache twice a row and wrote the temporary file a row at a time (a third of the
    // reading time). A savepoint, so that it also nests in a transaction the caller may hold.
    if (Status st = sql::exec(m_db, QStringLiteral("SAVEPOINT import_staging")); !st)
        return st;
    m_adding = true;
    return {};
}

void ImportStaging::stage(const ImportRow &row, RowValues &out, const QDate &today)
{
    const Alumnus alone = aloneRecord(row);
    // Tags and custom attributes live in tables of their own: such rows go through the planner.
    const bool simple = row.customAttributes.isEmpty() && alone.tags.isEmpty();
    const bool valid = simple && validate(alone, today).isEmpty();
    out.clear();
    out.addInt(row.line);
    out.addText(row.employeeId);
    if (row.hasStint)
        out.addDateText(row.stint.hireDate);
    else
        out.addText(QStringView());
    out.addInt(int(simple));
    out.addInt(int(valid));
    out.addInt(int(row.hasStint));
    AlumnusRows::appendAlumniValues(alone, out);
    AlumnusRows::appendStintValues(alone.stints.isEmpty() ? Stint() : alone.stints.constFirst(), out);
    thread_local QByteArray encoded; // reused row after row
    encodeImportRow(row, encoded);
    out.addBlob(encoded);
}

Status ImportStaging::add(const RowValues &staged)
{
    // stage() wrote the key columns first (kKeyValues of them, the line first), then the row's values.
    if (m_target == Target::EmptyRoster) {
        qint64 direct = 0;
        if (staged.integerAt(kValidValue) != 0) {
            m_insertAlumnus->bindInt(0, m_nextDirectId);
            staged.bindTo(*m_insertAlumnus, 1, kKeyValues, m_alumniValues);
            if (Status st = m_insertAlumnus->exec(); !st)
                return st;
            if (m_insertAlumnus->numRowsAffected() > 0) {
                direct = m_nextDirectId++;
                if (staged.integerAt(kHasStintValue) != 0) {
                    m_insertStint->bindInt(0, direct);
                    staged.bindTo(*m_insertStint, 1, kKeyValues + m_alumniValues, m_stintValues);
                    if (Status st = m_insertStint->exec(); !st)
                        return st;
                }
            }
        }
        // A row that did not go in has its key at once; those that did only when it is asked for.
        if (direct == 0) {
            m_keyedRows = true;
            staged.bindTo(*m_insertKey, 0, 0, kKeyValues);
            if (Status st = m_insertKey->exec(); !st)
                return st;
        }
        staged.bindTo(*m_insert, 0, 0, 1); // line
        m_insert->bindInt(1, direct);
        staged.bindTo(*m_insert, 2, 1, 2); // employee ID, hire date
        staged.bindTo(*m_insert, 4, kHasStintValue, 1);
        staged.bindTo(*m_insert, 5, staged.size() - 1, 1); // the encoded row
        return m_insert->exec();
    }
    staged.bindTo(*m_insertKey, 0, 0, kKeyValues);
    if (Status st = m_insertKey->exec(); !st)
        return st;
    staged.bindTo(*m_insert, 0, 0, 1);
    staged.bindTo(*m_insert, 1, kKeyValues, staged.size() - kKeyValues);
    return m_insert->exec();
}

Status ImportStaging::addRejected(int line, const QString &employeeId, const QDate &hireDate)
{
    if (employeeId.isEmpty())
        return {};
    m_hasRejected = true;
    m_insertRejected->bindValue(0, line);
    m_insertRejected->bindValue(1, employeeId);
    m_insertRejected->bindValue(2, hireDate.isValid() ? hireDate.toString(Qt::ISODate) : QString::fromLatin1(kUnreadableHireDate));
    return m_insertRejected->exec();
}

Status ImportStaging::finishAdding()
{
    if (m_target == Target::EmptyRoster) {
        // Every row a valid one, each with an ID of its own: every row is one new person already in the
        // roster, and the file-wide checks have nothing to find (a second row of an ID would not have gone in).
        m_directOnly = !m_keyedRows && !m_hasRejected;
        if (!m_directOnly) {
            if (Status st = sql::exec(m_db, QStringLiteral("INSERT INTO import_staging.import_keys(line, employee_id, hire_date, "
                                                           "mark, simple, valid, has_stint, direct) SELECT line, employee_id, "
                                                           "hire_date, %1, 1, 1, has_stint, direct FROM import_staging.import_rows "
                                                           "WHERE direct > 0")
                                                .arg(kNew));
                !st)
                return st;
        }
    }
    m_insert.reset();
    m_insertKey.reset();
    m_insertRejected.reset();
    m_insertAlumnus.reset();
    m_insertStint.reset();
    if (m_adding) {
        m_adding = false;
        if (Status st = sql::exec(m_db, QStringLiteral("RELEASE import_staging")); !st)
            return st;
    }
    if (m_directOnly)
        return {};
    return sql::exec(m_db, QStringLiteral("CREATE INDEX import_staging.import_keys_by_person ON import_keys(employee_id, hire_date, line)"));
}

Result<QVector<ImportStaging::Duplicate>> ImportStaging::removeDuplicates()
{
    if (m_directOnly)
        return QVector<Duplicate>();
    // line → the earliest earlier row it repeats
    QMap<int, Duplicate> found;
    auto note = [&found](const Duplicate &d) {
        auto it = found.find(d.line);
        if (it == found.end())
            found.insert(d.line, d);
        else if (d.firstLine < it->firstLine)
            *it = d;
    };
    auto collect = [&](const QString &sqlText) -> Status {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sqlText))
            return sql::queryError(q, QCoreApplication::translate("ImportStaging", "The file's rows could not be compared."));
        while (q.next())
            note({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toString() == QLatin1String(kUnreadableHireDate)});
        return {};
    };
    // The same employment twice among the rows (accepted or rejected) that have a hire date...
    if (Status st = collect(QStringLiteral("SELECT r.line, f.first_line, r.employee_id, r.hire_date, '' FROM import_staging.import_keys r JOIN "
                                           "(SELECT employee_id, hire_date, min(line) AS first_line FROM import_staging.import_keys "
                                           "WHERE hire_date <> '' AND hire_date <> '%1' GROUP BY employee_id, hire_date "
                                           "HAVING count(*) > 1) f ON f.employee_id = r.employee_id AND f.hire_date = r.hire_date "
                                           "WHERE r.line > f.first_line AND r.mark <> %2")
                                .arg(QLatin1String(kUnreadableHireDate))
                                .arg(kRejected));
        !st)
        return st.error();
    // ... and after a rejected row whose hire date could not be read, any later row of that ID with one.
    if (m_hasRejected) {
        if (Status st = collect(QStringLiteral("SELECT r.line, f.line, r.employee_id, r.hire_date, f.hire_date FROM import_staging.import_keys f "
                                               "JOIN import_staging.import_keys r ON r.employee_id = f.employee_id AND r.line > f.line "
                                               "WHERE f.mark = %1 AND f.hire_date = '%2' AND r.mark <> %1 AND r.hire_date <> ''")
                                    .arg(kRejected)
                                    .arg(QLatin1String(kUnreadableHireDate)));
            !st)
            return st.error();
    }
    const QVector<Duplicate> out = found.values();
    QSqlQuery del(m_db);
    if (!out.isEmpty()) {
        QSqlQuery delRow(m_db);
        if (Status st = sql::prepare(del, QStringLiteral("DELETE FROM import_staging.import_keys WHERE line = ?")); !st)
            return st.error();
        if (Status st = sql::prepare(delRow, QStringLiteral("DELETE FROM import_staging.import_rows WHERE line = ?")); !st)
            return st.error();
        for (const Duplicate &d : std::as_const(out)) {
            del.addBindValue(d.line);
            delRow.addBindValue(d.line);
            if (Status st = sql::exec(del); !st)
                return st.error();
            if (Status st = sql::exec(delRow); !st)
                return st.error();
        }
    }
    if (m_hasRejected) {
        if (Status st = sql::exec(m_db, QStringLiteral("DELETE FROM import_staging.import_keys WHERE mark = %1").arg(kRejected)); !st)
            return st.error();
        m_hasRejected = false;
    }
    return out;
}

namespace {

Result<qint64> scalar(QSqlDatabase &db, const QString &sqlText)
{
    QSqlQuery q(db);
    if (!q.exec(sqlText) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("ImportStaging", "The file's rows could not be compared."));
    return q.value(0).toLongLong();
}

} // namespace

Result<qint64> ImportStaging::people()
{
    if (m_directOnly)
        return m_nextDirectId - m_firstDirectId;
    return scalar(m_db, QStringLiteral("SELECT count(DISTINCT employee_id) FROM import_staging.import_keys"));
}

Result<qint64> ImportStaging::peopleNotInRoster()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT employee_id FROM import_staging.import_keys) s "
                                       "WHERE NOT EXISTS (SELECT 1 FROM main.alumni a WHERE a.employee_id = s.employee_id)"));
}

namespace {

// The staged row is the only one of its person in the file.
const char *kSingle = "NOT EXISTS (SELECT 1 FROM import_staging.import_keys o WHERE o.employee_id = k.employee_id AND o.line <> k.line)";

Result<qint64> changed(QSqlDatabase &db, const QString &sqlText)
{
    QSqlQuery q(db);
    if (!q.exec(sqlText))
        return sql::queryError(q, QCoreApplication::translate("ImportStaging", "The file's rows could not be compared."));
    return qint64(q.numRowsAffected());
}

} // namespace

Result<qint64> ImportStaging::markUnchanged()
{
    // What PersonPlanner's merge does, as a test that it changes nothing: names and readings the file gives
    // replace the stored ones, so they must be equal; contact details only fill empty ones; the stint with the
    // row's hire date must exist, and every stint value the file gives must be the stored one.
    auto fills = [](const char *c) { return QStringLiteral("(r.a_%1 = '' OR a.%1 <> '')").arg(QLatin1String(c)); };
    auto stintSame = [](const QString &c) { return QStringLiteral("(r.s_%1 = '' OR r.s_%1 = s.%1)").arg(c); };
    QStringList stint{QStringLiteral("s.alumnus_id = a.id"), QStringLiteral("s.hire_date = r.s_hire_date"),
                      QStringLiteral("(r.s_departure_date IS NULL OR r.s_departure_date = s.departure_date)")};
    for (const QString &c : AlumnusRows::stintColumns()) {
        if (!c.endsWith(QLatin1String("_date")))
            stint.append(stintSame(c));
    }
    const QStringList person{
        QStringLiteral("((r.a_family_name = '' AND r.a_given_name = '') OR "
                       "(r.a_family_name = a.family_name AND r.a_given_name = a.given_name))"),
        QStringLiteral("((r.a_family_kana = '' AND r.a_given_kana = '') OR "
                       "(r.a_family_kana = a.family_kana AND r.a_given_kana = a.given_kana))"),
        QStringLiteral("(r.a_birth_date IS NULL OR r.a_birth_date = a.birth_date)"),
        fills("email"), fills("secondary_email"), fills("phone"), fills("prefecture"),
    };
    return changed(m_db, QStringLiteral("UPDATE import_staging.import_keys AS k SET mark = %1 FROM main.alumni a, import_staging.import_rows r "
                                        "WHERE a.employee_id = k.employee_id AND r.line = k.line AND k.simple AND %2 AND %3 AND "
                                        "(NOT k.has_stint OR EXISTS (SELECT 1 FROM main.stints s WHERE %4))")
                             .arg(kUnchanged)
                             .arg(QLatin1String(kSingle), person.join(QStringLiteral(" AND ")),
                                  stint.join(QStringLiteral(" AND "))));
}

Result<qint64> ImportStaging::markNew(bool rosterWasEmpty)
{
    if (m_directOnly)
        return m_nextDirectId - m_firstDirectId;
    // The people with several rows left (after removeDuplicates) are few: listed once, in one pass over the
    // staging's index by person, instead of asking for every row whether another row has its ID.
    QStringList statements{
        QStringLiteral("DROP TABLE IF EXISTS import_staging.import_several"),
        QStringLiteral("CREATE TABLE import_staging.import_several (employee_id TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO import_staging.import_several SELECT employee_id FROM import_staging.import_keys "
                       "GROUP BY employee_id HAVING count(*) > 1"),
        QStringLiteral("UPDATE import_staging.import_keys SET mark = %1 WHERE mark = %2 AND employee_id IN "
                       "(SELECT employee_id FROM import_staging.import_several)")
            .arg(kUnmarked)
            .arg(kNew),
    };
    // markUnchanged() already took the people the roster holds as the file has them; the others it holds
    // are not new either.
    if (!rosterWasEmpty)
        statements.append(QStringLiteral("UPDATE import_staging.import_keys AS k SET mark = %1 WHERE k.mark = %2 AND EXISTS "
                                         "(SELECT 1 FROM main.alumni a WHERE a.employee_id = k.employee_id)")
                              .arg(kUnmarked)
                              .arg(kNew));
    if (Status st = sql::execAll(m_db, statements); !st)
        return st.error();
    m_severalListed = true;
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM import_staging.import_keys WHERE mark = %1").arg(kNew));
}

Result<qint64> ImportStaging::settleDirect(const std::function<Status()> &beforeTakingBack)
{
    if (m_directOnly)
        return m_nextDirectId - m_firstDirectId;
    const QString kept = QStringLiteral("SELECT direct FROM import_staging.import_keys WHERE mark = %1 AND direct > 0").arg(kNew);
    auto keptCount = scalar(m_db, QStringLiteral("SELECT count(*) FROM (%1)").arg(kept));
    if (!keptCount)
        return keptCount;
    // Every row inserted while adding has its own id, so equal counts mean every one of them is kept: the
    // usual case, and the roster need not be scanned.
    QStringList statements;
    if (keptCount.value() != m_nextDirectId - m_firstDirectId) {
        if (beforeTakingBack) {
            if (Status st = beforeTakingBack(); !st)
                return st.error();
        }
        statements.append(QStringLiteral("DELETE FROM main.stints WHERE alumnus_id >= %1 AND alumnus_id NOT IN (%2)")
                              .arg(m_firstDirectId)
                              .arg(kept));
        statements.append(QStringLiteral("DELETE FROM main.alumni WHERE id >= %1 AND id NOT IN (%2)").arg(m_firstDirectId).arg(kept));
    }
    // A person's one row that is left, not inserted because an earlier row of the ID was (which was then
    // taken out as a duplicate): the planner writes it.
    statements.append(QStringLiteral("UPDATE import_staging.import_keys SET mark = %1 WHERE mark = %2 AND direct = 0")
                          .arg(kUnmarked)
                          .arg(kNew));
    if (Status st = sql::execAll(m_db, statements); !st)
        return st.error();
    return keptCount;
}

Status ImportStaging::recordDirectInserts(qint64 importId, const QString &auditSource, const QString &auditUser)
{
    // The people kept are the roster's rows from the first id the adding gave up to its last: nobody else
    // was in the roster then. Called before the planner writes anyone (who may get an id of that range that
    // settleDirect() freed).
    const QString range = QStringLiteral("FROM main.alumni WHERE id >= %1 AND id < %2 ORDER BY id").arg(m_firstDirectId).arg(m_nextDirectId);
    if (Status st = sql::exec(m_db, QStringLiteral("INSERT INTO main.import_changes(import_id, alumnus_id, action, before) "
                                                   "SELECT %1, id, 'insert', NULL %2")
                                        .arg(importId)
                                        .arg(range));
        !st)
        return st;
    if (auditSource.isEmpty())
        return {};
    return auditInserts(QStringLiteral("SELECT ?, ?, ?, 'insert', 'alumnus', employee_id, NULL, NULL, CASE WHEN given_name = '' "
                                       "THEN family_name ELSE family_name || ' ' || given_name END ")
                            + range,
                        auditSource, auditUser);
}

Status ImportStaging::auditInserts(const QString &select, const QString &auditSource, const QString &auditUser)
{
    QSqlQuery audit(m_db);
    if (Status st = sql::prepare(audit, QStringLiteral("INSERT INTO main.audit_log(at, user, source, action, entity, entity_key, "
                                                       "field, old_value, new_value) ")
                                            + select);
        !st)
        return st;
    audit.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    audit.addBindValue(auditUser);
    audit.addBindValue(auditSource);
    return sql::exec(audit);
}

Result<qint64> ImportStaging::largestId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.alumni")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Roster", "The roster could not be read."));
    return q.value(0).toLongLong();
}

Status ImportStaging::insertNew(qint64 importId, const QString &auditSource, const QString &auditUser)
{
    const QStringList alumni = AlumnusRows::alumniColumns();
    const QStringList stint = AlumnusRows::stintColumns();
    // The new people numbered 1, 2, … in file order: each gets the id the roster would give it (one more
    // than the largest so far, in that order), chosen here so that the stints need not look each person
    // up again by employee ID (a third of the stints' insert).
    auto base = largestId();
    if (!base)
        return base.error();
    const QString fresh = QStringLiteral("FROM import_staging.import_fresh f JOIN import_staging.import_rows r ON r.line = f.line");
    QStringList statements{
        QStringLiteral("DROP TABLE IF EXISTS import_staging.import_fresh"),
        // With whether the row has a stint, so that the stints need not read import_keys again.
        QStringLiteral("CREATE TABLE import_staging.import_fresh (ord INTEGER PRIMARY KEY, line INTEGER NOT NULL, "
                       "has_stint INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO import_staging.import_fresh(line, has_stint) SELECT line, has_stint FROM import_staging.import_keys "
                       "WHERE mark = %1 ORDER BY line")
            .arg(kNew),
        QStringLiteral("INSERT INTO main.alumni(id, %1) SELECT %2 + f.ord, %3 %4 ORDER BY f.ord")
            .arg(alumni.join(QStringLiteral(", ")))
            .arg(base.value())
            .arg(prefixed(QStringLiteral("r.a_"), alumni).join(QStringLiteral(", ")), fresh),
        QStringLiteral("INSERT INTO main.stints(alumnus_id, %1) SELECT %2 + f.ord, %3 %4 WHERE f.has_stint ORDER BY f.ord")
            .arg(stint.join(QStringLiteral(", ")))
            .arg(base.value())
            .arg(prefixed(QStringLiteral("r.s_"), stint).join(QStringLiteral(", ")), fresh),
        // The new people are the rows past the roster's largest id (given just above): listed straight off
        // the table instead of looked up again by employee ID.
        QStringLiteral("INSERT INTO main.import_changes(import_id, alumnus_id, action, before) SELECT %1, a.id, 'insert', NULL "
                       "FROM main.alumni a WHERE a.id > %2 ORDER BY a.id")
            .arg(importId)
            .arg(base.value()),
    };
    for (const QString &st : std::as_const(statements)) {
        if (Status s = sql::exec(m_db, st); !s)
            return s;
    }
    if (auditSource.isEmpty())
        return {};
    return auditInserts(QStringLiteral("SELECT ?, ?, ?, 'insert', 'alumnus', r.a_employee_id, NULL, NULL, CASE WHEN "
                                       "r.a_given_name = '' THEN r.a_family_name ELSE r.a_family_name || ' ' || r.a_given_name END "
                                       "FROM import_staging.import_keys k JOIN import_staging.import_rows r ON r.line = k.line "
                                       "WHERE k.mark = %1 ORDER BY k.line")
                            .arg(kNew),
                        auditSource, auditUser);
}

Status ImportStaging::forEachPerson(const std::function<Status(const QVector<const ImportRow *> &)> &visit, Rows which,
                                    qint64 limit)
{
    const int mark = which == Rows::New ? kNew : kUnmarked;
    // People with more than one row are few (boomerangs in one file); the rest come straight off the scan.
    // (markNew() listed them: all their rows are unmarked. Before, they are asked of every unmarked row,
    // which reads the table once per row through the index by person.)
    QSet<QString> several;
    if (which == Rows::Unmarked) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(m_severalListed ? QStringLiteral("SELECT employee_id FROM import_staging.import_several")
                                    : QStringLiteral("SELECT employee_id FROM import_staging.import_keys WHERE mark = %1 "
                                                     "GROUP BY employee_id HAVING count(*) > 1")
                                          .arg(mark)))
            return sql::queryError(q, QCoreApplication::translate("ImportStaging", "The file's rows could not be compared."));
        while (q.next())
            several.insert(q.value(0).toString());
    }
    // Every row went into the roster while adding (finishAdding() found nothing to check): import_keys was
    // not filled, and the new people are the rows inserted.
    const QString scanSql = m_directOnly && which == Rows::New
        ? QStringLiteral("SELECT line, employee_id, data FROM import_staging.import_rows WHERE direct > 0 ORDER BY line")
        : QStringLiteral("SELECT k.line, k.employee_id, r.data FROM import_staging.import_keys k JOIN import_staging.import_rows r "
                         "ON r.line = k.line WHERE k.mark = %1 ORDER BY k.line")
              .arg(mark);
    auto scan = m_backend.prepare(m_db, scanSql + (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    if (!scan)
        return scan.error();
    auto groupRows = m_backend.prepare(m_db, QStringLiteral("SELECT k.line, r.data FROM import_staging.import_keys k JOIN import_staging.import_rows r "
                                                            "ON r.line = k.line WHERE k.employee_id = ? AND k.mark = %1 "
                                                            "ORDER BY k.line").arg(mark));
    if (!groupRows)
        return groupRows.error();
    Statement &s = *scan.value();
    if (Status st = s.exec(); !st)
        return st;
    QSet<QString> done;
    ImportRow single;
    QVector<ImportRow> rows;
    QVector<const ImportRow *> group;
    while (s.next()) {
        group.clear();
        const int line = s.value(0).toInt();
        if (several.isEmpty() || !several.contains(QString::fromUtf8(s.utf8(1)))) {
            single = decodeImportRow(line, s.value(2).toByteArray());
            group.append(&single);
        } else {
            const QString employeeId = QString::fromUtf8(s.utf8(1));
            if (done.contains(employeeId))
                continue;
            done.insert(employeeId);
            Statement &g = *groupRows.value();
            g.bindValue(0, employeeId);
            if (Status st = g.exec(); !st)
                return st;
            rows.clear();
            while (g.next())
                rows.append(decodeImportRow(g.value(0).toInt(), g.value(1).toByteArray()));
            g.finish();
            for (const ImportRow &r : std::as_const(rows))
                group.append(&r);
        }
        if (Status st = visit(group); !st) {
            s.finish();
            return st;
        }
    }
    s.finish();
    return {};
}

} // namespace alumnidesk::hris
