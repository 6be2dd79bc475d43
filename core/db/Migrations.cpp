#include "db/Migrations.h"

#include "common/AppInfo.h"
#include "db/SqlUtil.h"
#include "db/RosterChanges.h"
#include "db/RosterRevision.h"
#include "db/StoreBackend.h"
#include "eligibility/PersonFacts.h"
#include "eligibility/DefaultRuleSets.h"
#include "eligibility/RuleJson.h"
#include "pipeline/PipelineSchema.h"
#include "search/SearchFoldingMigration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
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

// The elig_* columns of people already in the roster: their stints in storage order (the index
// stints_by_alumnus, no sort), one UPDATE a person, the same derivation AlumnusRows uses.
Status fillRuleFacts(QSqlDatabase &db)
{
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (!s.exec(QStringLiteral("SELECT alumnus_id, id, hire_date, departure_date, departure_type, employment_type, grade, "
                               "department, group_company FROM stints ORDER BY alumnus_id, hire_date, id")))
        return sql::queryError(s, QCoreApplication::translate("Eligibility", "The employment history could not be read."));
    QSqlQuery u(db);
    if (Status p = sql::prepare(u, QStringLiteral("UPDATE alumni SET elig_last_hire_date = ?, elig_last_departure_date = ?, "
                                                  "elig_last_departure_type = ?, elig_last_employment_type = ?, elig_last_grade = ?, "
                                                  "elig_last_department = ?, elig_last_group_company = ?, elig_closed_months = ?, "
                                                  "elig_open_hire_date = ?, elig_total_known = ? WHERE id = ?"));
        !p)
        return p;
    qint64 current = 0;
    QVector<Stint> stints;
    auto flush = [&]() -> Status {
        if (stints.isEmpty())
            return {};
        const eligibility::StoredRuleFacts f = eligibility::storedRuleFacts(stints);
        const Stint &last = stints.at(f.last);
        const QVariant values[] = {sql::dateValue(last.hireDate), sql::dateValue(last.departureDate), sql::textValue(last.departureType),
                                   sql::textValue(last.employmentType), sql::textValue(last.grade), sql::textValue(last.department),
                                   sql::textValue(last.groupCompany), f.closedMonths, sql::dateValue(f.openHire), int(f.totalKnown),
                                   current};
        for (const QVariant &v : values)
            u.addBindValue(v);
        stints.clear();
        return sql::exec(u);
    };
    while (s.next()) {
        const qint64 id = s.value(0).toLongLong();
        if (id != current) {
            if (Status st = flush(); !st)
                return st;
            current = id;
        }
        Stint x;
        x.id = s.value(1).toLongLong();
        x.hireDate = sql::dateFrom(s.value(2));
        x.departureDate = sql::dateFrom(s.value(3));
        x.departureType = s.value(4).toString();
        x.employmentType = s.value(5).toString();
        x.grade = s.value(6).toString();
        x.department = s.value(7).toString();
        x.groupCompany = s.value(8).toString();
        stints.append(x);
    }
    return flush();
}

Status migration4(QSqlDatabase &db, const StoreBackend &)
{
    Status st = sql::execAll(db, {
        // Eligibility rule sets; each save adds a version and nothing is ever overwritten, so every verdict
        // can name the version that made it and HR can see who changed what, when and why.
        QStringLiteral(R"(CREATE TABLE rule_sets (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            current_version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE rule_set_versions (
            rule_set_id INTEGER NOT NULL REFERENCES rule_sets(id),
            version INTEGER NOT NULL,
            definition TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (rule_set_id, version)
        ) WITHOUT ROWID)"),
        // An HR officer's decision over the computed verdict: a reason is mandatory, an expiry optional;
        // revoking keeps the row (who, when, why), so an override never disappears silently.
        QStringLiteral(R"(CREATE TABLE eligibility_overrides (
            id INTEGER PRIMARY KEY,
            alumnus_id INTEGER NOT NULL REFERENCES alumni(id) ON DELETE CASCADE,
            rule_set_id INTEGER NOT NULL REFERENCES rule_sets(id),
            verdict INTEGER NOT NULL CHECK (verdict IN (0, 1, 2)),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            expires_on TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT,
            revoke_reason TEXT
        ))"),
        QStringLiteral("CREATE INDEX overrides_by_alumnus ON eligibility_overrides(alumnus_id, rule_set_id)"),
        QStringLiteral("CREATE INDEX overrides_active ON eligibility_overrides(rule_set_id, alumnus_id) WHERE revoked_at IS NULL"),
        // Computed verdicts of the whole roster (0 eligible, 1 needs review, 2 not eligible), refilled in one
        // statement; read by the roster's verdict column and filter. No foreign key to alumni: a deletion
        // moves the roster revision, which makes the verdicts stale, and cascading into a million rows per
        // delete would need another index.
        QStringLiteral(R"(CREATE TABLE eligibility_verdicts (
            rule_set_id INTEGER NOT NULL,
            alumnus_id INTEGER NOT NULL,
            rule_set_version INTEGER NOT NULL,
            verdict INTEGER NOT NULL,
            evaluated_on TEXT NOT NULL,
            PRIMARY KEY (rule_set_id, alumnus_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX verdicts_by_verdict ON eligibility_verdicts(rule_set_id, verdict, alumnus_id)"),
        // What the stored verdicts of a rule set were computed from: version, as-of date, roster revision.
        QStringLiteral(R"(CREATE TABLE eligibility_runs (
            rule_set_id INTEGER PRIMARY KEY,
            rule_set_version INTEGER NOT NULL,
            as_of TEXT NOT NULL,
            roster_revision INTEGER NOT NULL,
            evaluated_at TEXT NOT NULL,
            alumni INTEGER NOT NULL
        ))"),
        // A counter every change to alumni or stints moves, on any connection and across sessions, so that
        // derived data (verdicts) knows when it is stale.
        QStringLiteral("CREATE TABLE roster_revision (n INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO roster_revision(n) VALUES (0)"),
    });
    if (!st)
        return st;
    // What the rules look at, kept on the alumni row by AlumnusRows (eligibility::storedRuleFacts()), so
    // that a rule set's SQL and the editor's facts read one row per person and never the stints.
    if (Status c = sql::execAll(db, {
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_last_hire_date TEXT"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_last_departure_date TEXT"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_last_departure_type TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_last_employment_type TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_last_grade TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_last_department TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_last_group_company TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_closed_months INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_open_hire_date TEXT"),
            QStringLiteral("ALTER TABLE alumni ADD COLUMN elig_total_known INTEGER NOT NULL DEFAULT 0"),
        });
        !c)
        return c;
    if (Status f = fillRuleFacts(db); !f)
        return f;
    if (Status t = sql::execAll(db, rosterrevision::triggers()); !t)
        return t;
    // The default rule sets, version 1.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery set(db);
    QSqlQuery version(db);
    if (Status p = sql::prepare(set, QStringLiteral("INSERT INTO rule_sets(key, current_version, created_at, created_by) "
                                                    "VALUES (?, 1, ?, 'AlumniDesk')"));
        !p)
        return p;
    if (Status p = sql::prepare(version, QStringLiteral("INSERT INTO rule_set_versions(rule_set_id, version, definition, "
                                                        "saved_at, saved_by, note) VALUES (?, 1, ?, ?, 'AlumniDesk', ?)"));
        !p)
        return p;
    for (const eligibility::RuleSet &rs : eligibility::defaultRuleSets()) {
        set.addBindValue(rs.key);
        set.addBindValue(now);
        if (Status e = sql::exec(set); !e)
            return e;
        version.addBindValue(set.lastInsertId());
        version.addBindValue(QString::fromUtf8(QJsonDocument(eligibility::ruleSetToJson(rs)).toJson(QJsonDocument::Compact)));
        version.addBindValue(now);
        version.addBindValue(QStringLiteral("default rules"));
        if (Status e = sql::exec(version); !e)
            return e;
    }
    return {};
}

// ---- Migration 6 (KPI dashboards, issue 6). It only adds: the mid-career hires HR enters, and the indexes
// the KPI queries read through.
Status migration6(QSqlDatabase &db, const StoreBackend &)
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

Status migration8(QSqlDatabase &db, const StoreBackend &)
{
    // Rule sets HR added can be deleted. The row stays, marked, because its versions are history that
    // overrides and audit entries refer to; a deleted rule set is no longer listed, evaluated or offered.
    return sql::execAll(db, {
        QStringLiteral("ALTER TABLE rule_sets ADD COLUMN deleted_at TEXT"),
        QStringLiteral("ALTER TABLE rule_sets ADD COLUMN deleted_by TEXT"),
        // The roster's In pipeline filter, sort and column read the open candidacies by person: index-only
        // through this (a few thousand entries) instead of every candidacy's row (0.3 s → 0.03 s at 50,000).
        QStringLiteral("CREATE INDEX candidacies_open_by_alumnus ON candidacies(alumnus_id) WHERE closed_at IS NULL"),
    });
}

// ---- Migration 9 (fast KPI dashboard): the roster's change feed, so that the KPI snapshot held in memory
// follows an edit by re-reading the people it touched (db/RosterChanges.h).
Status migration9(QSqlDatabase &db, const StoreBackend &)
{
    if (Status st = sql::execAll(db, rosterchanges::schema()); !st)
        return st;
    return rosterchanges::recordEveryone(db);
}

// ---- Migration 10 (eligibility follows edits): each run records how far the roster's change feed had
// got, so the next refresh of an unchanged rule set re-evaluates only the people the feed names since.
Status migration10(QSqlDatabase &db, const StoreBackend &)
{
    // NULL for the runs made before: their next refresh evaluates everyone and records the feed's position.
    return sql::exec(db, QStringLiteral("ALTER TABLE eligibility_runs ADD COLUMN feed_seq INTEGER"));
}

// ---- Migration 11 (search, issue 2): e-mail domains get an index of their own and the bigram index keeps
// only each address's mailbox, so that fragments such as "@example.jp" no longer check the positions of ten
// bigrams for half the roster (search/SearchPlan.h). The index is replaced and filled again.
Status migration11(QSqlDatabase &db, const StoreBackend &backend)
{
    return backend.recreateSearchIndex(db);
}

// ---- Migration 12 (fast bulk rebuild, issues 2 and 3): the bigram and unigram tables no longer keep a
// size per row and column (columnsize=0; nothing ranks by them), which makes every rebuild of the index
// after a demo roster or a large import faster. The index is replaced and filled again.
Status migration12(QSqlDatabase &db, const StoreBackend &backend)
{
    return backend.recreateSearchIndex(db);
}

} // namespace

const QVector<Migration> &migrations()
{
    static const QVector<Migration> list{
        {1, QStringLiteral("roster: alumni, stints, tags, audit log"), migration1},
        {2, QStringLiteral("search index over names, kana, romaji, e-mail, employee ID, employer, skills"), migration2},
        {3, QStringLiteral("HRIS import: custom attributes, mapping profiles, import history for rollback"), migration3},
        {4, QStringLiteral("eligibility: versioned rule sets, overrides, materialised verdicts, roster revision"), migration4},
        // The rehire pipeline (issue 5): its schema is self-contained in pipeline/PipelineSchema.cpp.
        {5, QStringLiteral("rehire pipeline: openings, stages, candidacies, moves, follow-ups, skills for matching"),
         pipeline::createPipelineSchema},
        {6, QStringLiteral("KPIs: mid-career hires entered by HR, indexes for departures and boomerangs"), migration6},
        // Search folds spellings (issue 2): the stored romaji and the index tokens change, nothing else.
        {7, QStringLiteral("search folds variant kanji (髙 → 高) and romaji long vowels (kousuke → kosuke)"),
         search::migrateToFoldedSearch},
        {8, QStringLiteral("rule sets HR added can be deleted (kept for history, marked deleted); open candidacies by person"),
         migration8},
        {9, QStringLiteral("KPIs: the roster's change feed for the in-memory KPI snapshot"), migration9},
        {10, QStringLiteral("eligibility: a refresh after edits re-evaluates only the people who changed"), migration10},
        {11, QStringLiteral("search: e-mail domains indexed apart from mailboxes (fast “@example.jp”)"), migration11},
        {12, QStringLiteral("search: the index keeps no column sizes (faster rebuilds after a demo or a large import)"),
         migration12},
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
