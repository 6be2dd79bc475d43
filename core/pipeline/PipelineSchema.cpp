#include "pipeline/PipelineSchema.h"

#include "db/SqlUtil.h"
#include "db/StoreBackend.h"

#include <QStringList>

namespace alumnidesk::pipeline {

Status createPipelineSchema(QSqlDatabase &db, const StoreBackend &backend)
{
    QStringList ddl{
        QStringLiteral(R"(CREATE TABLE openings (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT '',
            grade TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            required_skills TEXT NOT NULL DEFAULT '',
            alumni_only INTEGER NOT NULL DEFAULT 0,
            hiring_manager TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','on_hold','filled','closed')),
            opened_on TEXT,
            closed_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
        // HR edits the stages; a stage in use is retired, never deleted, so history keeps its name.
        QStringLiteral(R"(CREATE TABLE pipeline_stages (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name_ja TEXT NOT NULL,
            name_en TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('active','hired','declined','rejected','on_hold')),
            closing INTEGER NOT NULL DEFAULT 0,
            requires_eligibility INTEGER NOT NULL DEFAULT 0,
            retired INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(INSERT INTO pipeline_stages(key, name_ja, name_en, position, kind, closing, requires_eligibility) VALUES
            ('interest',  '関心あり', 'Interested',   10, 'active',   0, 0),
            ('contacted', '接触済',   'Contacted',    20, 'active',   0, 0),
            ('screening', '書類選考', 'Screening',    30, 'active',   0, 0),
            ('interview', '面接',     'Interview',    40, 'active',   0, 1),
            ('offer',     'オファー', 'Offer',        50, 'active',   0, 1),
            ('hired',     '入社',     'Rehired',      60, 'hired',    1, 1),
            ('declined',  '辞退',     'Declined',     70, 'declined', 1, 0),
            ('rejected',  '不採用',   'Not selected', 80, 'rejected', 1, 0),
            ('on_hold',   '保留',     'On hold',      90, 'on_hold',  1, 0))"),
        QStringLiteral(R"(CREATE TABLE candidacies (
            id INTEGER PRIMARY KEY,
            alumnus_id INTEGER NOT NULL REFERENCES alumni(id) ON DELETE CASCADE,
            opening_id INTEGER REFERENCES openings(id),
            source TEXT NOT NULL CHECK (source IN ('applied','outreach','referral','event')),
            referrer_id INTEGER REFERENCES alumni(id) ON DELETE SET NULL,
            event_name TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            stage_id INTEGER NOT NULL REFERENCES pipeline_stages(id),
            stage_since TEXT NOT NULL,
            next_action TEXT NOT NULL DEFAULT '',
            next_action_due TEXT,
            notes TEXT NOT NULL DEFAULT '',
            offer_salary INTEGER NOT NULL DEFAULT 0,
            offer_grade TEXT NOT NULL DEFAULT '',
            offer_title TEXT NOT NULL DEFAULT '',
            offer_location TEXT NOT NULL DEFAULT '',
            offer_department TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            hired_stint_id INTEGER,
            status_before_hire TEXT,
            created_at TEXT NOT NULL,
            closed_at TEXT
        ))"),
        // The board reads a stage's cards longest-in-stage first, for one opening or for all.
        QStringLiteral("CREATE INDEX candidacies_by_opening_stage ON candidacies(opening_id, stage_id, stage_since)"),
        QStringLiteral("CREATE INDEX candidacies_by_stage ON candidacies(stage_id, stage_since)"),
        QStringLiteral("CREATE INDEX candidacies_by_alumnus ON candidacies(alumnus_id)"),
        // One open candidacy per person and opening (the talent pool, opening_id NULL, is not constrained).
        QStringLiteral("CREATE UNIQUE INDEX candidacies_one_open ON candidacies(alumnus_id, opening_id) "
                       "WHERE closed_at IS NULL AND opening_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE candidacy_moves (
            id INTEGER PRIMARY KEY,
            candidacy_id INTEGER NOT NULL REFERENCES candidacies(id) ON DELETE CASCADE,
            from_stage_id INTEGER REFERENCES pipeline_stages(id),
            to_stage_id INTEGER NOT NULL REFERENCES pipeline_stages(id),
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            override_eligibility INTEGER NOT NULL DEFAULT 0,
            reverses_move_id INTEGER REFERENCES candidacy_moves(id)
        ))"),
        QStringLiteral("CREATE INDEX candidacy_moves_by_candidacy ON candidacy_moves(candidacy_id, id)"),
        QStringLiteral(R"(CREATE TABLE rehire_followups (
            id INTEGER PRIMARY KEY,
            candidacy_id INTEGER NOT NULL REFERENCES candidacies(id) ON DELETE CASCADE,
            months INTEGER NOT NULL,
            due_on TEXT NOT NULL,
            done_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            done_by TEXT NOT NULL DEFAULT '',
            UNIQUE (candidacy_id, months)
        ))"),
        QStringLiteral("CREATE INDEX rehire_followups_open ON rehire_followups(due_on) WHERE done_on IS NULL"),
        // Salary is not in the HR export the roster is built from; the comparison of terms needs it.
        QStringLiteral(R"(CREATE TABLE stint_salaries (
            stint_id INTEGER PRIMARY KEY REFERENCES stints(id) ON DELETE CASCADE,
            annual_salary INTEGER NOT NULL
        ))"),
        // Skills one per row, so matching reads the people with a required skill from an index.
        QStringLiteral(R"(CREATE TABLE alumnus_skills (
            skill TEXT NOT NULL,
            alumnus_id INTEGER NOT NULL REFERENCES alumni(id) ON DELETE CASCADE,
            PRIMARY KEY (skill, alumnus_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX alumnus_skills_by_alumnus ON alumnus_skills(alumnus_id)"),
        // Who may be approached with an offer, read in one pass by matching (a fifth of a roster, typically):
        // filtering skill matches through it spares reading the rows of everyone else.
        QStringLiteral("CREATE INDEX alumni_job_offer_pool ON alumni(id) WHERE consent_job_offers = 1 AND membership_status <> 'withdrawn'"),
    };
    // Its triggers and the fill for an existing roster come from the backend (bulk loads suspend and rebuild them).
    ddl += backend.skillsIndexSchema();
    return sql::execAll(db, ddl);
}

} // namespace alumnidesk::pipeline
