// Candidacies: an alumnus for an opening, or in the talent pool before any opening. Adding one (with the
// guards: a known, not withdrawn person; an open opening; not twice open for the same opening), reading
// them, and editing what is not a stage: owner, next action, notes, offer terms. Stage changes go through
// StageMover, so that every one is in the history.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"

namespace alumnidesk::pipeline {

struct NewCandidacy {
    qint64 id = 0;        ///< 0: a new id; else re-adds the candidacy an undo took back, under its old id
    qint64 alumnusId = 0;
    qint64 openingId = 0; ///< 0: talent pool
    CandidacySource source = CandidacySource::Applied;
    qint64 referrerId = 0;
    QString eventName;
    QString owner;        ///< empty: the current OS user
    qint64 stageId = 0;   ///< 0: the first in-progress stage
    QString nextAction;
    QDate nextActionDue;
    QString notes;
};

/// A candidacy with what the lists show beside it.
struct CandidacyRow {
    Candidacy candidacy;
    QString employeeId;
    QString name;
    QString kana;
    QString openingTitle;
    QString stageName;
    StageKind stageKind = StageKind::Active;
};

class CandidacyRepository {
public:
    explicit CandidacyRepository(PipelineContext &ctx) : m_ctx(ctx) {}

    /// Adds a candidacy and its first history entry; returns its id.
    Result<qint64> add(const NewCandidacy &n);
    Result<Candidacy> load(qint64 id);
    /// Every candidacy of a person, open ones first, then closed, each newest first (the person's detail pane).
    Result<QVector<CandidacyRow>> forAlumnus(qint64 alumnusId);
    /// Everyone who owns a candidacy, for the owner filter.
    Result<QStringList> owners();
    /// Open candidacies for an opening (matching marks who is already in the pipeline).
    Result<QHash<qint64, qint64>> openByAlumnusForOpening(qint64 openingId);

    /// Saves owner, next action and its due date, notes and event/referrer; not the stage.
    Status saveDetails(const Candidacy &c);
    /// Saves the offer terms (salary, grade, title, location, department).
    Status saveOffer(qint64 candidacyId, const Terms &offer);

    /// Takes back a candidacy added by mistake (the undo of adding it): only while nothing stands of what
    /// happened to it since — still open, every move after the first undone again, no follow-up. Anything
    /// more is history, which is never deleted: then it is refused with the reason. The audit trail keeps
    /// the removal (and every move it had).
    Status removeUnused(qint64 id);

private:
    PipelineContext &m_ctx;
};

/// Reads a candidacy row as stored (shared with the move and rehire code).
Result<Candidacy> loadCandidacy(QSqlDatabase &db, qint64 id);

} // namespace alumnidesk::pipeline
