// A stage move as an undo command: redo moves through the pipeline (history, audit, a rehire's stint and
// follow-ups in one transaction); undo records the reversal (the core never deletes a move). A redo after an
// undo is a fresh move with the same stage and reason. A move the core refuses reports why, changes nothing
// and makes the command obsolete, so it never reaches the stack.
#pragma once

#include "pipeline/StageMover.h"

#include <QUndoCommand>

#include <functional>

namespace alumnidesk::ui {

class PipelineSession;

class MoveCandidacyCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const QString &)>;

    /// `label` names the person and the stages for the Undo menu ("山田 太郎: 書類選考 → 面接").
    MoveCandidacyCommand(PipelineSession *session, qint64 alumnusId, pipeline::MoveRequest request,
                         const QString &label, ErrorHandler onError);
    void redo() override;
    void undo() override;

    /// The move recorded by the last redo (0 if it failed).
    qint64 moveId() const { return m_moveId; }

private:
    PipelineSession *m_session;
    qint64 m_alumnusId;
    pipeline::MoveRequest m_request;
    ErrorHandler m_onError;
    qint64 m_moveId = 0;
    bool m_hired = false;
};

} // namespace alumnidesk::ui
