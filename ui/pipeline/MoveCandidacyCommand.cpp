#include "pipeline/MoveCandidacyCommand.h"

#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"

#include <QCoreApplication>

namespace alumnidesk::ui {

MoveCandidacyCommand::MoveCandidacyCommand(PipelineSession *session, qint64 alumnusId, pipeline::MoveRequest request,
                                           const QString &label, ErrorHandler onError)
    : m_session(session)
    , m_alumnusId(alumnusId)
    , m_request(std::move(request))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("PipelineCommands", "Move %1").arg(label));
}

void MoveCandidacyCommand::redo()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service) {
        setObsolete(true);
        return;
    }
    auto outcome = service->move(m_request);
    if (!outcome) {
        m_moveId = 0;
        setObsolete(true);
        m_onError(outcome.errorText());
        return;
    }
    m_moveId = outcome->moveId;
    m_hired = outcome->hire.stintId != 0;
    m_session->announce({m_alumnusId}, m_hired);
}

void MoveCandidacyCommand::undo()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service || m_moveId == 0)
        return;
    if (auto reversal = service->undoMove(m_moveId); !reversal) {
        setObsolete(true);
        m_onError(reversal.errorText());
        return;
    }
    m_moveId = 0;
    m_session->announce({m_alumnusId}, m_hired);
}

} // namespace alumnidesk::ui
