// Eligibility rules as data an HR officer edits: a rule set (network membership, rehire, or one HR added)
// holds rules; a rule is a condition tree over the alumnus and their stints (AND / OR groups, NOT, leaf
// conditions built from a field, an operator and values) plus what a failure means (blocks, or needs review).
// Plain values; RuleJson reads and writes them, RuleEvaluator and RuleSqlCompiler give them meaning.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace alumnidesk::eligibility {

/// The verdict for one person under one rule set; the numbers are stored in the verdict table and order the
/// verdicts by severity.
enum class Verdict { Eligible = 0, NeedsReview = 1, NotEligible = 2 };

/// What a failed rule means.
enum class Outcome { Blocks, NeedsReview };

/// A condition's value for one person. Unknown when a date or value it needs is not recorded (SQL's NULL,
/// with the same three-valued logic: AND, OR and NOT as Kleene defined them).
enum class Truth { False, True, Unknown };

/// What a leaf condition looks at. "Last stint" is the stint with the latest hire date (an unknown hire
/// date counts as the earliest; on a tie, the one stored last).
enum class Field {
    TenureLast,           ///< months of the last stint (在籍期間)
    TenureTotal,          ///< months of all stints together (通算在籍期間)
    MonthsSinceDeparture, ///< whole months from the last departure to the as-of date (cooling-off)
    Age,                  ///< whole years on the as-of date
    DepartureType,        ///< last stint's departure type (vocabulary key)
    EmploymentType,       ///< last stint's employment type (vocabulary key)
    Grade,                ///< last stint's grade (等級), as HR wrote it
    Department,           ///< last stint's department
    GroupCompany,         ///< last stint's group company; "" = the company itself
    MembershipStatus,     ///< vocabulary key
    Misconduct,           ///< HR-only flag
    DoNotRehire,          ///< HR-only flag
    ConsentNewsletter,
    ConsentEvents,
    ConsentJobOffers,
};

enum class FieldKind { Months, Years, Choice, Flag };

enum class Op { Ge, Gt, Le, Lt, Eq, Ne, In, NotIn, IsSet, IsNotSet };

struct FieldInfo {
    Field field;
    const char *key;   ///< JSON key, e.g. "tenure_last"
    FieldKind kind;
};

const QVector<FieldInfo> &fields();
const FieldInfo &fieldInfo(Field f);
bool fieldFromKey(const QString &key, Field *out);
/// The field's name in the user's language ("在籍期間", "Tenure").
QString fieldLabel(Field f);
/// Whether an operator makes sense for a field kind.
bool opAllowed(FieldKind kind, Op op);
QVector<Op> opsFor(FieldKind kind);
QString opKey(Op op);           ///< JSON spelling: ">=", "in", "is_set", …
bool opFromKey(const QString &key, Op *out);
QString opSymbol(Op op);        ///< what explanations show: "≥", "<", …
Op negated(Op op);              ///< ≥ ↔ <, in ↔ not in, …

QString verdictKey(Verdict v);  ///< "eligible", "needs_review", "not_eligible"
bool verdictFromKey(const QString &key, Verdict *out);
QString verdictLabel(Verdict v); ///< 対象 / 要確認 / 対象外 in the user's language
QString outcomeKey(Outcome o);  ///< "blocks", "needs_review"
bool outcomeFromKey(const QString &key, Outcome *out);
QString outcomeLabel(Outcome o);

/// Text stored in both languages (names and descriptions HR writes); shown in the UI's language.
struct LocalizedText {
    QString ja;
    QString en;
    /// The text in the user's language, falling back to the other when it is empty.
    QString text() const;
    bool isEmpty() const { return ja.trimmed().isEmpty() && en.trimmed().isEmpty(); }
    friend bool operator==(const LocalizedText &a, const LocalizedText &b) { return a.ja == b.ja && a.en == b.en; }
};

/// A leaf condition: field, operator and its operand (a number of months or years, or a set of values).
struct Leaf {
    Field field = Field::TenureLast;
    Op op = Op::Ge;
    int number = 0;      ///< months for Months fields, years for Years fields
    QStringList values;  ///< for In / NotIn
    friend bool operator==(const Leaf &a, const Leaf &b)
    {
        return a.field == b.field && a.op == b.op && a.number == b.number && a.values == b.values;
    }
};

struct Condition {
    enum class Kind { All, Any, Not, Leaf };
    Kind kind = Kind::Leaf;
    QVector<Condition> children; ///< All / Any: one or more; Not: exactly one
    Leaf leaf;

    static Condition all(QVector<Condition> c) { return {Kind::All, std::move(c), {}}; }
    static Condition any(QVector<Condition> c) { return {Kind::Any, std::move(c), {}}; }
    static Condition negate(Condition c) { return {Kind::Not, {std::move(c)}, {}}; }
    static Condition when(Field f, Op op, int number) { return {Kind::Leaf, {}, {f, op, number, {}}}; }
    static Condition when(Field f, Op op, QStringList values = {}) { return {Kind::Leaf, {}, {f, op, 0, std::move(values)}}; }
    friend bool operator==(const Condition &a, const Condition &b)
    {
        return a.kind == b.kind && a.children == b.children && (a.kind != Kind::Leaf || a.leaf == b.leaf);
    }
};

struct Rule {
    QString id;          ///< stable within its rule set ("tenure", "conduct")
    LocalizedText name;
    Condition condition; ///< must hold for the rule to pass
    Outcome onFail = Outcome::Blocks;
    friend bool operator==(const Rule &a, const Rule &b)
    {
        return a.id == b.id && a.name == b.name && a.condition == b.condition && a.onFail == b.onFail;
    }
};

struct RuleSet {
    QString key;         ///< "network", "rehire", or one HR chose ("mentor_pool")
    LocalizedText name;
    LocalizedText description;
    QVector<Rule> rules;
    friend bool operator==(const RuleSet &a, const RuleSet &b)
    {
        return a.key == b.key && a.name == b.name && a.description == b.description && a.rules == b.rules;
    }
};

} // namespace alumnidesk::eligibility
