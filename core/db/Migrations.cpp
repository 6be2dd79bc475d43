#include "db/Migrations.h"

#include "common/AppInfo.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace alumnidesk {

namespace {

Status migration1(QSqlDatabase &db, const StoreBackend &)
{
    return sql::execAll(db, {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(R"(CREATE TABLE alumni (
            id INTEGER PRIMARY KEY,
            employee_id TEXT NOT NULL UNIQUE,
            family_name TEXT NOT NULL DEFAULT '',
            given_name TEXT NOT NULL DEFAULT '',
            family_kana TEXT NOT NULL DEFAULT '',
            given_kana TEXT NOT NULL DEFAULT '',
            kana_key TEXT NOT NULL DEFAULT '',
            name_romaji TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            email TEXT NOT NULL DEFAULT '',
            secondary_email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            prefecture TEXT NOT NULL DEFAULT '',
            current_employer TEXT NOT NULL DEFAULT '',
            current_title TEXT NOT NULL DEFAULT '',
            current_industry TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '',
            membership_status TEXT NOT NULL DEFAULT 'invited'
                CHECK (membership_status IN ('invited','registered','active','dormant','withdrawn')),
            consent_newsletter INTEGER NOT NULL DEFAULT 0,
            consent_events INTEGER NOT NULL DEFAULT 0,
            consent_job_offers INTEGER NOT NULL DEFAULT 0,
            relationship_owner TEXT NOT NULL DEFAULT '',
            last_contact_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            hr_misconduct INTEGER NOT NULL DEFAULT 0,
            hr_do_not_rehire INTEGER NOT NULL DEFAULT 0,
            hr_note TEXT NOT NULL DEFAULT '',
            last_department TEXT NOT NULL DEFAULT '',
            last_position TEXT NOT NULL DEFAULT '',
            last_hire_date TEXT,
            last_departure_date TEXT,
            last_departure_type TEXT NOT NULL DEFAULT '',
            stint_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE stints (
            id INTEGER PRIMARY KEY,
            alumnus_id INTEGER NOT NULL REFERENCES alumni(id) ON DELETE CASCADE,
            group_company TEXT NOT NULL DEFAULT '',
            hire_date TEXT,
            departure_date TEXT,
            department TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            grade TEXT NOT NULL DEFAULT '',
            employment_type TEXT NOT NULL DEFAULT '',
            departure_type TEXT NOT NULL DEFAULT '',
            departure_reason TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral("CREATE INDEX stints_by_alumnus ON stints(alumnus_id, hire_date)"),
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral(R"(CREATE TABLE alumnus_tags (
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            alumnus_id INTEGER NOT NULL REFERENCES alumni(id) ON DELETE CASCADE,
            PRIMARY KEY (tag_id, alumnus_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX alumnus_tags_by_alumnus ON alumnus_tags(alumnus_id)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            source TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            field TEXT,
            old_value TEXT,
            new_value TEXT
        ))"),
        QStringLiteral("CREATE INDEX audit_by_entity ON audit_log(entity, entity_key, id)"),
        // Sorting and filtering the roster at a million rows. The list sorts by a column and then by 50音
        // (RosterQuery::orderBy), so those indexes carry kana_key too: the first page of "by department"
        // is then read in order, where an index on the department alone left all 27,000 people of the
        // first department to be sorted before one row could be shown. Names sort by their reading (as
        // Japanese rosters do: kanji code-point order means nothing), so they need no index of their own;
        // nor does the membership status, whose five values select too many people for an index to help.
        QStringLiteral("CREATE INDEX alumni_by_kana ON alumni(kana_key)"),
        QStringLiteral("CREATE INDEX alumni_by_department ON alumni(last_department, kana_key)"),
        QStringLiteral("CREATE INDEX alumni_by_departure ON alumni(last_departure_date, kana_key)"),
        QStringLiteral("CREATE INDEX alumni_by_departure_type ON alumni(last_departure_type, kana_key)"),
        QStringLiteral("CREATE INDEX alumni_by_employer ON alumni(current_employer, kana_key)"),
    });
}

Status migration2(QSqlDatabase &db, const StoreBackend &backend)
{
    if (Status st = sql::execAll(db, backend.searchIndexSchema()); !st)
        return st;
    // Files from schema 1 already hold alumni: index them in one pass.
    return backend.rebuildSearchIndex(db);
}

Status migration3(QSqlDatabase &db, const StoreBackend &)
{
    return sql::execAll(db, {
        // Columns of an HR export that are not roster fields (性別, 評価, …) stay with the person.
        QStringLiteral(R"(CREATE TABLE alumnus_attributes (
            alumnus_id INTEGER NOT NULL REFERENCES alumni(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (alumnus_id, name)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE import_profiles (
            name TEXT PRIMARY KEY,
            profile TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
        // Every import, so that it can be shown, explained and rolled back.
        QStringLiteral(R"(CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            user TEXT NOT NULL,
            source TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            encoding TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '',
            rows INTEGER NOT NULL,
            inserted INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            first_audit_id INTEGER NOT NULL DEFAULT 0,
            last_audit_id INTEGER NOT NULL DEFAULT 0,
            rolled_back_at TEXT,
            rollback_last_audit_id INTEGER
        ))"),
        // What each import did to each person: enough to undo it (the record as it was before an update).
        QStringLiteral(R"(CREATE TABLE import_changes (
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            alumnus_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
            before TEXT,
            PRIMARY KEY (import_id, alumnus_id)
        ) WITHOUT ROWID)"),
    });
}

// ---- Migration 7 (KPI dashboards, issue 6). Numbered 7 on the `kpi` branch because 4 and 5 belong to the
// eligibility and pipeline branches and 6 is reserved; whoever merges renumbers it to follow them. It only
// adds: the mid-career hires HR enters, and two indexes the KPI queries read through.
Status migration7(QSqlDatabase &db, const StoreBackend &)
{
    return sql::execAll(db, {
        // 中途採用数 per year (month 0) or month: the roster does not hold them, yet the boomerang share of
        // mid-career hires divides by them.
        QStringLiteral(R"(CREATE TABLE mid_career_hires (
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
            month INTEGER NOT NULL DEFAULT 0 CHECK (month BETWEEN 0 AND 12),
            hires INTEGER NOT NULL CHECK (hires >= 0),
            note TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            PRIMARY KEY (year, month)
        ))"),
        // Departures in a period (leavers, registration rate, cohorts) from the index alone, without reading
        // every stint: it covers what the leaver KPIs filter and group by.
        QStringLiteral("CREATE INDEX stints_by_departure ON stints(departure_date, alumnus_id, department, departure_type, "
                       "departure_reason)"),
        // Each person's first departure (registered alumni, status mix) from the index alone.
        QStringLiteral("CREATE INDEX stints_by_alumnus_departure ON stints(alumnus_id, departure_date)"),
        // Rehires: only people with more than one stint can be boomerangs (about one in twenty).
        QStringLiteral("CREATE INDEX alumni_boomerangs ON alumni(id) WHERE stint_count > 1"),
    });
}

} // namespace

const QVector<Migration> &migrations()
{
    static const QVector<Migration> list{
        {1, QStringLiteral("roster: alumni, stints, tags, audit log"), migration1},
        {2, QStringLiteral("search index over names, kana, romaji, e-mail, employee ID, employer, skills"), migration2},
        {3, QStringLiteral("HRIS import: custom attributes, mapping profiles, import history for rollback"), migration3},
        // 4 (eligibility), 5 (pipeline) and 6 (reserved) come from other branches; the merge renumbers this one.
        {7, QStringLiteral("KPIs: mid-career hires entered by HR, indexes for departures and boomerangs"), migration7},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Status applyMigrations(QSqlDatabase &db, const StoreBackend &backend, int fromVersion, int toVersion)
{
    if (Status st = sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                 "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, "
                                                 "app_version TEXT NOT NULL, description TEXT NOT NULL)"));
        !st)
        return st;
    QSqlQuery record(db);
    if (Status st = sql::prepare(record, QStringLiteral("INSERT INTO schema_version(version, applied_at, app_version, "
                                                        "description) VALUES (?, ?, ?, ?)"));
        !st)
        return st;
    for (const Migration &m : migrations()) {
        if (m.version <= fromVersion || m.version > toVersion)
            continue;
        if (Status st = m.apply(db, backend); !st) {
            return Error{QCoreApplication::translate("Database", "Upgrading the database to schema %1 failed.")
                             .arg(m.version),
                         st.errorText()};
        }
        record.addBindValue(m.version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        record.addBindValue(QString::fromLatin1(appinfo::kVersion));
        record.addBindValue(m.description);
        if (Status st = sql::exec(record); !st)
            return st;
    }
    return {};
}

} // namespace alumnidesk
