// The rehire pipeline's entry point for the window and the CLI: one object per connection that owns the
// audit log and the verdict source and hands out the pipeline's parts. Each method is one user action or
// one query; writes are single transactions, audited, and return a Result the caller shows as it likes.
//
//   PipelineService pipeline(db, QStringLiteral("ui"));
//   pipeline.board(filter)                    columns of cards for the board (BoardQuery)
//   pipeline.checkMove(req) / move(req)       validate a drop, then move (StageMover; rehire → RehireRecorder)
//   pipeline.undoMove(moveId)                 records the reversal (see StageMover.h)
//   pipeline.history(candidacyId)             dated moves with who and why
//   pipeline.compareTerms(candidacyId)        offer vs terms at departure (TermsComparer)
//   pipeline.followUpsDue(date) / recordFollowUp(…)
//   pipeline.match(openingId, options)        ranked alumni with per-component reasons (OpeningMatcher)
//   pipeline.stages(), openings(), candidacies()  editing stages, openings and candidacy details
//
// The rehire verdict comes from the eligibility rules (RuleVerdictSource, rule set "rehire", overrides
// applied); setVerdictSource() puts another in its place (tests, FlagVerdictSource).
#pragma once

#include "pipeline/BoardQuery.h"
#include "pipeline/Candidacies.h"
#include "pipeline/FollowUps.h"
#include "pipeline/OpeningMatcher.h"
#include "pipeline/Openings.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/RuleVerdictSource.h"
#include "pipeline/StageMover.h"
#include "pipeline/Stages.h"
#include "pipeline/TermsComparer.h"

#include <memory>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::pipeline {

class PipelineService {
public:
    /// `source` names the writer in the audit trail ("ui", "cli").
    PipelineService(Database &db, const QString &source);
    ~PipelineService();
    PipelineService(const PipelineService &) = delete;
    PipelineService &operator=(const PipelineService &) = delete;

    /// Replaces the verdict source (not owned; must outlive the service). nullptr restores the default.
    void setVerdictSource(const RehireVerdictSource *source);
    const RehireVerdictSource &verdictSource() const { return *m_ctx.verdicts; }
    /// The person's current rehire verdict.
    RehireVerdict verdictFor(qint64 alumnusId);

    StageCatalog &stages() { return m_stages; }
    OpeningRepository &openings() { return m_openings; }
    CandidacyRepository &candidacies() { return m_candidacies; }

    Result<Board> board(const BoardFilter &filter) { return m_board.board(filter); }
    MoveCheck checkMove(const MoveRequest &request) { return m_mover.check(request); }
    Result<MoveOutcome> move(const MoveRequest &request) { return m_mover.move(request); }
    Result<qint64> undoMove(qint64 moveId) { return m_mover.undo(moveId); }
    Result<QVector<Move>> history(qint64 candidacyId) { return m_mover.history(candidacyId); }
    Result<TermsComparison> compareTerms(qint64 candidacyId) { return m_terms.compare(candidacyId); }
    Status setStintSalary(qint64 stintId, qint64 annualSalary) { return m_terms.setStintSalary(stintId, annualSalary); }
    Result<QVector<FollowUp>> followUps(qint64 candidacyId) { return m_followUps.forCandidacy(candidacyId); }
    Result<QVector<FollowUp>> followUpsDue(const QDate &until) { return m_followUps.due(until); }
    Status recordFollowUp(qint64 followUpId, const QDate &doneOn, const QString &note) { return m_followUps.record(followUpId, doneOn, note); }
    Result<MatchList> match(qint64 openingId, const MatchOptions &options = {}) { return m_matcher.match(openingId, options); }

private:
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RuleVerdictSource> m_defaultVerdicts;
    PipelineContext m_ctx;
    StageCatalog m_stages;
    OpeningRepository m_openings;
    CandidacyRepository m_candidacies;
    StageMover m_mover;
    BoardQuery m_board;
    TermsComparer m_terms;
    FollowUpLog m_followUps;
    OpeningMatcher m_matcher;
};

} // namespace alumnidesk::pipeline
