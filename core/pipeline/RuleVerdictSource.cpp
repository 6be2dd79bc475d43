#include "pipeline/RuleVerdictSource.h"

#include "db/SqlUtil.h"
#include "eligibility/EligibilityService.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

// How long a check that the stored verdicts are current is trusted: a match reads thousands of people in
// well under this; an edit made meanwhile shows in the next match.
constexpr qint64 kTrustMs = 2000;

RehireVerdict::Kind kindOf(eligibility::Verdict v)
{
    switch (v) {
    case eligibility::Verdict::Eligible: return RehireVerdict::Eligible;
    case eligibility::Verdict::NeedsReview: return RehireVerdict::NeedsReview;
    case eligibility::Verdict::NotEligible: return RehireVerdict::NotEligible;
    }
    return RehireVerdict::Unknown;
}

} // namespace

RuleVerdictSource::RuleVerdictSource(QSqlDatabase db, const StoreBackend &backend, QString ruleSetKey)
    : m_db(std::move(db))
    , m_backend(backend)
    , m_ruleSetKey(std::move(ruleSetKey))
{
}

RehireVerdict RuleVerdictSource::verdict(const RehireFacts &facts) const
{
    if (!storedVerdictsCurrent())
        return evaluate(facts.alumnusId);
    const eligibility::Verdict v = m_stored.value(facts.alumnusId, eligibility::Verdict::Eligible);
    RehireVerdict out;
    out.kind = kindOf(v);
    out.reason = QCoreApplication::translate("Pipeline", "as the rule set “%1” (version %2) decided")
                     .arg(m_ruleSetName)
                     .arg(m_storedVersion);
    return out;
}

void RuleVerdictSource::expect(qsizetype people) const
{
    if (people < m_refreshThreshold || m_refreshTried || storedVerdictsCurrent())
        return;
    m_refreshTried = true; // once per source: a failure (a read-only file) is not retried for every match
    eligibility::EligibilityService service(m_db, m_backend, QStringLiteral("pipeline"));
    (void)service.counts(m_ruleSetKey, asOf()); // re-evaluates and stores when stale; on failure, person by person
}

bool RuleVerdictSource::storedVerdictsCurrent() const
{
    if (m_storedLoaded && m_checked.isValid() && m_checked.elapsed() < kTrustMs)
        return true;
    eligibility::EligibilityService service(m_db, m_backend, QStringLiteral("pipeline"));
    auto set = service.ruleSets().current(m_ruleSetKey);
    if (!set)
        return false;
    const QDate day = asOf();
    auto stale = service.verdicts().isStale(set.value(), day);
    if (!stale || stale.value()) {
        m_storedLoaded = false;
        m_stored.clear();
        return false;
    }
    if (!m_storedLoaded || m_storedVersion != set->version) {
        QHash<qint64, eligibility::Verdict> stored;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!sql::prepare(q, QStringLiteral("SELECT alumnus_id, verdict FROM eligibility_verdicts WHERE rule_set_id = ? "
                                            "AND verdict <> 0"))) // Eligible is the rest
            return false;
        q.addBindValue(set->ruleSetId);
        if (!sql::exec(q))
            return false;
        while (q.next())
            stored.insert(q.value(0).toLongLong(), eligibility::Verdict(qBound(0, q.value(1).toInt(), 2)));
        auto overrides = service.overrides().activeForRuleSet(set->ruleSetId, day);
        if (!overrides)
            return false;
        for (auto it = overrides->constBegin(); it != overrides->constEnd(); ++it) {
            if (it.value() == eligibility::Verdict::Eligible)
                stored.remove(it.key());
            else
                stored.insert(it.key(), it.value());
        }
        m_stored = std::move(stored);
        m_storedVersion = set->version;
        m_ruleSetName = set->definition.name.text();
        m_storedLoaded = true;
    }
    m_checked.start();
    return true;
}

RehireVerdict RuleVerdictSource::evaluate(qint64 alumnusId) const
{
    eligibility::EligibilityService service(m_db, m_backend, QStringLiteral("pipeline"));
    auto e = service.explain(alumnusId, m_ruleSetKey, asOf());
    RehireVerdict out;
    if (!e) {
        out.reason = e.errorText();
        return out; // Unknown: the rules could not be applied
    }
    const eligibility::Verdict v = e->effective();
    out.kind = kindOf(v);
    if (e->override) {
        out.reason = QCoreApplication::translate("Pipeline", "set by an override: %1").arg(e->override->reason);
        return out;
    }
    QStringList failed;
    for (const eligibility::RuleResult &r : e->computed.rules)
        if (r.effect())
            failed.append(r.summary().isEmpty() ? r.name : r.name + QStringLiteral("（") + r.summary() + QStringLiteral("）"));
    if (failed.isEmpty())
        out.reason = QCoreApplication::translate("Pipeline", "every rule of “%1” is met").arg(e->ruleSet.definition.name.text());
    else
        out.reason = failed.join(QStringLiteral("; "));
    return out;
}

} // namespace alumnidesk::pipeline
