// Moving candidacies between stages, with the guards, the dated history and undo.
//
// Guards (checkMove says which one stops a move, so the board can ask before a drop):
// - a closing stage (入社, 辞退, 不採用, 保留) needs a reason;
// - entering a stage marked "requires eligibility" (面接, オファー, 入社 by default) when the rehire verdict is
//   Not eligible needs a reason, recorded as an override of the verdict;
// - a rehire needs a start date after the last departure, and a person who already works here again (an
//   open stint) cannot be rehired into a second opening;
// - a rehired candidacy is final (undo the move if it was a mistake); a retired stage takes no moves;
// - reopening a closed candidacy may not leave a person twice open for the same opening.
//
// History is never rewritten. Undo does not delete the move: it records a reversal move (from the stage the
// move reached back to the one it left, with reverses_move_id), restores the stage and the time the
// candidacy had entered it, and when the undone move was a rehire, removes the stint and follow-ups it
// added (RehireRecorder::unhire). Only the latest move of a candidacy can be undone, and a reversal itself
// is not undone — moving the candidacy again is the redo.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"
#include "pipeline/Rehire.h"
#include "pipeline/RehireVerdict.h"

namespace alumnidesk::pipeline {

struct MoveRequest {
    qint64 candidacyId = 0;
    qint64 toStageId = 0;
    QString reason;
    QDate startDate; ///< for a rehire; invalid = today
};

/// Whether a move may go ahead, and if not, what it needs.
struct MoveCheck {
    enum Problem {
        None,
        NotFound,
        SameStage,
        RetiredStage,
        ReasonRequired,   ///< a closing stage: ask for the reason
        OverrideRequired, ///< Not eligible: ask for an override reason
        HiredIsFinal,
        CannotRehire,     ///< already working here again, or a bad start date
        AlreadyOpen,      ///< reopening would make a second open candidacy for the opening
    };
    Problem problem = None;
    QString message;       ///< what to tell the user, in their language
    RehireVerdict verdict; ///< the person's verdict (for the board to show)
    Stage from;
    Stage to;
    bool ok() const { return problem == None; }
};

struct MoveOutcome {
    qint64 moveId = 0;
    bool overrideEligibility = false;
    HireOutcome hire; ///< stintId != 0 when the move rehired the person
};

class StageMover {
public:
    explicit StageMover(PipelineContext &ctx) : m_ctx(ctx) {}

    MoveCheck check(const MoveRequest &request);
    /// Checks, then moves in one transaction (candidacy, history, audit, and for a rehire the stint,
    /// status and follow-ups). On any failure nothing is changed.
    Result<MoveOutcome> move(const MoveRequest &request);
    /// Undoes a move by recording its reversal (see above); returns the reversal's id.
    Result<qint64> undo(qint64 moveId);
    /// The moves of a candidacy, oldest first, with stage names and which moves were undone.
    Result<QVector<Move>> history(qint64 candidacyId);

private:
    MoveCheck checkWith(const Candidacy &c, const QVector<Stage> &stages, const MoveRequest &request);
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
