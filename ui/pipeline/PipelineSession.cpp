#include "pipeline/PipelineSession.h"

#include "pipeline/PipelineService.h"

#include <QUndoStack>

namespace alumnidesk::ui {

PipelineSession::PipelineSession(QObject *parent)
    : QObject(parent)
{
}

PipelineSession::~PipelineSession() = default;

void PipelineSession::setDatabase(Database *db)
{
    m_service.reset();
    if (db)
        m_service = std::make_unique<pipeline::PipelineService>(*db, QStringLiteral("ui"));
    emit changed({}, false);
}

bool PipelineSession::run(QUndoCommand *command)
{
    if (!m_undo) {
        std::unique_ptr<QUndoCommand> owned(command);
        owned->redo();
        return !owned->isObsolete();
    }
    // A refused command makes itself obsolete in its first redo: the stack deletes it and stays put.
    const int before = m_undo->index();
    m_undo->push(command);
    return m_undo->index() > before;
}

void PipelineSession::announce(const QVector<qint64> &alumnusIds, bool rosterToo)
{
    emit changed(alumnusIds, rosterToo);
}

} // namespace alumnidesk::ui
