// Turns a rule set into set-based SQL over the alumni rows (their elig_* columns hold what the rules
// need of the stints): one CASE per rule, three-valued like the C++
// evaluator (an unknown value is NULL and NULL flows through AND / OR / NOT as Kleene logic does), dates
// computed against an explicit as-of date (never the database's 'now'). What differs between databases
// (date arithmetic, the scalar maximum) comes from StoreBackend. RuleEvaluator must agree verdict for
// verdict; the property test in tests/core/tst_eligibilityagreement.cpp checks it on random rosters.
#pragma once

#include "eligibility/RuleModel.h"

#include <QDate>
#include <QPair>
#include <QVariant>
#include <QVector>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::eligibility {

struct CompiledSql {
    QString sql;
    QVector<QPair<QString, QVariant>> binds; ///< named parameters, each used once
};

class RuleSqlCompiler {
public:
    RuleSqlCompiler(const StoreBackend &backend, const QDate &asOf);

    /// SELECT alumnus_id, verdict over the whole roster (verdict 0 eligible, 1 needs review, 2 not eligible).
    CompiledSql verdicts(const RuleSet &set);
    /// INSERT INTO eligibility_verdicts … SELECT: the whole roster's verdicts for one stored version, one row
    /// for each person who is not eligible (verdict 1 or 2); no row means Eligible.
    CompiledSql refill(const RuleSet &set, qint64 ruleSetId, int version);
    /// SELECT verdict, count(*) … GROUP BY verdict: the live count for a draft, nothing written.
    CompiledSql counts(const RuleSet &set);
    /// The verdict alone (0, 1, 2) as an expression over an alumni row named `a`, for a caller that builds
    /// its own query around it (the eligibility KPIs, which also evaluate as of past dates).
    CompiledSql verdictExpression(const RuleSet &set);

private:
    struct Body {
        QString verdict; ///< expression
        QString from;    ///< FROM alumni a: one row per person, never the stints
    };
    Body body(const RuleSet &set);
    QString condition(const Condition &c);
    QString leaf(const Leaf &l);
    QString months(const QString &first, const QString &end) const;
    QString bind(const QVariant &value);

    const StoreBackend &m_backend;
    QDate m_asOf;
    CompiledSql m_out;
};

} // namespace alumnidesk::eligibility
