#include "pipeline/PipelineService.h"

#include "db/Database.h"

namespace alumnidesk::pipeline {

PipelineService::PipelineService(Database &db, const QString &source)
    : m_audit(std::make_unique<AuditLog>(db.sql()))
    , m_defaultVerdicts(std::make_unique<RuleVerdictSource>(db.sql(), db.backend()))
    , m_ctx{db.sql(), &db.backend(), source, currentOsUser(), m_audit.get(), m_defaultVerdicts.get()}
    , m_stages(m_ctx)
    , m_openings(m_ctx)
    , m_candidacies(m_ctx)
    , m_mover(m_ctx)
    , m_board(m_ctx)
    , m_terms(m_ctx)
    , m_followUps(m_ctx)
    , m_matcher(m_ctx)
{
}

PipelineService::~PipelineService() = default;

void PipelineService::setVerdictSource(const RehireVerdictSource *source)
{
    m_ctx.verdicts = source ? source : m_defaultVerdicts.get();
}

RehireVerdict PipelineService::verdictFor(qint64 alumnusId)
{
    RehireFacts facts;
    if (!loadRehireFacts(m_ctx.db, alumnusId, &facts))
        return {};
    return m_ctx.verdicts->verdict(facts);
}

} // namespace alumnidesk::pipeline
