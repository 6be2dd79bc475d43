// The C++ evaluator: a rule set compiled against a text dictionary and an as-of date, then applied to
// PersonFacts. verdict() is the fast path (a million people in a fraction of a second: live counts and the
// what-if comparison); explain() gives, for one person, each rule passed / failed / unknown with the actual
// values in the user's language. RuleSqlCompiler must agree with it verdict for verdict.
#pragma once

#include "eligibility/PersonFacts.h"
#include "eligibility/RuleModel.h"

#include <QDate>
#include <optional>

namespace alumnidesk::eligibility {

struct LeafResult {
    Field field = Field::TenureLast;
    Truth truth = Truth::Unknown;
    QString actual;   ///< the person's value ("0年10か月", "懲戒"), or why it is unknown
    QString expected; ///< the rule's side ("1年", "自己都合, 定年")
    QString text;     ///< the whole line: "在籍期間 0年10か月 < 1年", "退職区分: 懲戒"
};

struct RuleResult {
    QString ruleId;
    QString name;     ///< in the user's language
    Outcome onFail = Outcome::Blocks;
    Truth truth = Truth::Unknown; ///< True = passed
    QVector<LeafResult> leaves;   ///< every leaf of the condition, in order

    /// What the rule did to the verdict: nothing when passed, else its outcome (unknown → needs review).
    std::optional<Verdict> effect() const;
    /// "在籍期間 0年10か月 < 1年; 退職区分: 懲戒"
    QString summary() const;
};

struct Evaluation {
    Verdict verdict = Verdict::Eligible;
    QDate asOf;
    QVector<RuleResult> rules;
};

/// Passed / failed / unknown in the user's language.
QString truthLabel(Truth t);

class RuleEvaluator {
public:
    RuleEvaluator(const RuleSet &set, const TextIds &texts, const QDate &asOf);

    Verdict verdict(const PersonFacts &p) const;
    Evaluation explain(const PersonFacts &p) const;

    /// Combines rule results into a verdict: a failed blocking rule → not eligible; else any failed or
    /// unknown rule → needs review; else eligible.
    static Verdict combine(const QVector<QPair<Truth, Outcome>> &rules);

private:
    struct Node {
        Condition::Kind kind = Condition::Kind::Leaf;
        FieldKind fieldKind = FieldKind::Flag; ///< fieldInfo(leaf.field).kind, looked up once
        QVector<int> children;
        Leaf leaf;
        QVector<quint32> ids; ///< sorted text ids of the leaf's values (absent ones dropped)
    };
    struct CompiledRule {
        int root = -1;
        Outcome onFail = Outcome::Blocks;
        int rule = -1; ///< index into m_set.rules
    };

    int compile(const Condition &c);
    Truth eval(int node, const PersonFacts &p) const;
    Truth leafTruth(const Node &n, const PersonFacts &p) const;
    void collect(int node, const PersonFacts &p, QVector<LeafResult> &out) const;
    LeafResult describe(const Node &n, const PersonFacts &p) const;
    /// The number a Months / Years leaf compares, or nullopt (with the reason) when unknown.
    std::optional<int> number(Field f, const PersonFacts &p, QString *whyUnknown = nullptr) const;
    /// The text id a Choice leaf compares, or nullopt when unknown.
    std::optional<quint32> choice(Field f, const PersonFacts &p) const;
    bool flag(Field f, const PersonFacts &p) const;

    RuleSet m_set;
    const TextIds &m_texts;
    QDate m_asOf;
    qint64 m_asOfJd = 0;
    QVector<Node> m_nodes;
    QVector<CompiledRule> m_rules;
};

} // namespace alumnidesk::eligibility
