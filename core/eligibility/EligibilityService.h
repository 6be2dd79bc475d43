// What the window and the CLI ask about eligibility, on one connection: the rule sets, each person's
// verdict with its reasons (computed now in C++, the stored one from the verdict table, and an override in
// force), and the whole roster's counts after refreshing stale verdicts. Drafts are previewed with
// RosterFacts + DraftPreview; overrides are written through overrides().
#pragma once

#include "common/Result.h"
#include "eligibility/Overrides.h"
#include "eligibility/RuleEvaluator.h"
#include "eligibility/RuleSetStore.h"
#include "eligibility/VerdictTable.h"

#include <QSqlDatabase>

#include <optional>

namespace alumnidesk::eligibility {

/// One person under one rule set.
struct Explanation {
    qint64 alumnusId = 0;
    QString employeeId;
    QString name;
    RuleSetVersion ruleSet;
    Evaluation computed;                  ///< now, by the current version, rule by rule
    std::optional<Override> override;     ///< in force on the as-of date
    std::optional<StoredVerdict> stored;  ///< what the verdict table holds (the roster column)

    /// The override's verdict when one is in force, else the computed one.
    Verdict effective() const { return override ? override->verdict : computed.verdict; }
};

class EligibilityService {
public:
    EligibilityService(QSqlDatabase db, const StoreBackend &backend, QString source);

    RuleSetStore &ruleSets() { return m_ruleSets; }
    OverrideStore &overrides() { return m_overrides; }
    VerdictTable &verdicts() { return m_verdicts; }

    Result<Explanation> explain(qint64 alumnusId, const QString &ruleSetKey, const QDate &asOf);
    Result<Explanation> explainEmployee(const QString &employeeId, const QString &ruleSetKey, const QDate &asOf);

    /// Counts per verdict (overrides in force applied), refreshing the stored verdicts first when stale.
    /// `refreshed` tells whether a re-evaluation ran.
    Result<VerdictCounts> counts(const QString &ruleSetKey, const QDate &asOf, bool *refreshed = nullptr);

private:
    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    RuleSetStore m_ruleSets;
    OverrideStore m_overrides;
    VerdictTable m_verdicts;
};

} // namespace alumnidesk::eligibility
