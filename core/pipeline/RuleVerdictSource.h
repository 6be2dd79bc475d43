// The rehire verdict from the eligibility rules (issue 4), for the pipeline's move guard and matching: the
// rule set "rehire" (or another one), with an HR officer's override in force taking the computed verdict's
// place, exactly as the roster's verdict column shows it.
//
// One person is evaluated afresh (a few small reads) and the reason names the rules that failed. Matching asks
// for thousands of people at once: while the stored verdict table is up to date (VerdictTable::isStale() is
// false — the window refreshes it in the background), they are read from it in one query and kept, and the
// reason then names the verdict and the rule set's version. A stale table is never used: each person is then
// evaluated afresh.
#pragma once

#include "eligibility/RuleModel.h"
#include "pipeline/RehireVerdict.h"

#include <QElapsedTimer>
#include <QHash>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::pipeline {

class RuleVerdictSource final : public RehireVerdictSource {
public:
    RuleVerdictSource(QSqlDatabase db, const StoreBackend &backend, QString ruleSetKey = QStringLiteral("rehire"));

    /// The date verdicts are taken on (default: today; tests fix it).
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }

    RehireVerdict verdict(const RehireFacts &facts) const override;
    /// For many people, stale stored verdicts are first re-evaluated for everyone (one pass, about 2 s at a
    /// million alumni, once a day or after edits) instead of evaluating each person (milliseconds each:
    /// 10 s for a match over a few thousand candidates). Needs a writable connection; else each is evaluated.
    void expect(qsizetype people) const override;
    /// From how many people expect() refreshes (tests lower it).
    void setRefreshThreshold(qsizetype people) { m_refreshThreshold = people; }

private:
    QDate asOf() const { return m_asOf.isValid() ? m_asOf : QDate::currentDate(); }
    /// Loads the stored verdicts when the table is current; false when it is not (or cannot be read).
    bool storedVerdictsCurrent() const;
    RehireVerdict evaluate(qint64 alumnusId) const;

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    QString m_ruleSetKey;
    QDate m_asOf;

    // The stored verdicts that are not Eligible, overrides applied; valid while the table stays current.
    mutable QHash<qint64, eligibility::Verdict> m_stored;
    mutable bool m_storedLoaded = false;
    mutable int m_storedVersion = 0;
    mutable QString m_ruleSetName;
    mutable QElapsedTimer m_checked; ///< when the table was last found current (checked again after a moment)
    qsizetype m_refreshThreshold = 500;
    mutable bool m_refreshTried = false;
};

} // namespace alumnidesk::pipeline
