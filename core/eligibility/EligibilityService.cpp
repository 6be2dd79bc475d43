#include "eligibility/EligibilityService.h"

#include "db/Statement.h"
#include "roster/AlumnusRows.h"

#include <QCoreApplication>

namespace alumnidesk::eligibility {

EligibilityService::EligibilityService(QSqlDatabase db, const StoreBackend &backend, QString source)
    : m_db(std::move(db))
    , m_backend(backend)
    , m_ruleSets(m_db, backend, source)
    , m_overrides(m_db, backend, source)
    , m_verdicts(m_db, backend)
{
}

Result<Explanation> EligibilityService::explain(qint64 alumnusId, const QString &ruleSetKey, const QDate &asOf)
{
    auto set = m_ruleSets.current(ruleSetKey);
    if (!set)
        return set.error();
    AlumnusRows rows(m_db, m_backend);
    auto person = rows.load(alumnusId);
    if (!person)
        return person.error();
    Explanation e;
    e.alumnusId = alumnusId;
    e.employeeId = person->employeeId;
    e.name = person->displayName();
    e.ruleSet = set.value();
    TextIds texts;
    const PersonFacts facts = factsOf(person.value(), texts);
    e.computed = RuleEvaluator(set->definition, texts, asOf).explain(facts);
    auto o = m_overrides.active(alumnusId, set->ruleSetId, asOf);
    if (!o)
        return o.error();
    e.override = o.value();
    auto stored = m_verdicts.stored(alumnusId, set->ruleSetId);
    if (!stored)
        return stored.error();
    e.stored = stored.value();
    return e;
}

Result<Explanation> EligibilityService::explainEmployee(const QString &employeeId, const QString &ruleSetKey, const QDate &asOf)
{
    AlumnusRows rows(m_db, m_backend);
    auto id = rows.idForEmployeeId(employeeId);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Error{QCoreApplication::translate("Eligibility", "No alumnus has the employee ID “%1”.").arg(employeeId), {}};
    return explain(id.value(), ruleSetKey, asOf);
}

Result<VerdictCounts> EligibilityService::counts(const QString &ruleSetKey, const QDate &asOf, bool *refreshed)
{
    auto set = m_ruleSets.current(ruleSetKey);
    if (!set)
        return set.error();
    auto stale = m_verdicts.isStale(set.value(), asOf);
    if (!stale)
        return stale.error();
    if (refreshed)
        *refreshed = stale.value();
    if (stale.value()) {
        if (auto run = m_verdicts.refresh(set.value(), asOf); !run)
            return run.error();
    }
    return m_verdicts.counts(set->ruleSetId, asOf);
}

} // namespace alumnidesk::eligibility
