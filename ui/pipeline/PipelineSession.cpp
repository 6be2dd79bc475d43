#include "pipeline/PipelineSession.h"

#include "pipeline/PipelineService.h"

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

void PipelineSession::announce(const QVector<qint64> &alumnusIds, bool rosterToo)
{
    emit changed(alumnusIds, rosterToo);
}

} // namespace alumnidesk::ui
