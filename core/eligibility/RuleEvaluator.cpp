#include "eligibility/RuleEvaluator.h"

#include "eligibility/TenureMath.h"
#include "roster/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace alumnidesk::eligibility {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Eligibility", text);
}

Truth fromBool(bool b)
{
    return b ? Truth::True : Truth::False;
}

bool compare(int value, Op op, int threshold)
{
    switch (op) {
    case Op::Ge:
        return value >= threshold;
    case Op::Gt:
        return value > threshold;
    case Op::Le:
        return value <= threshold;
    case Op::Lt:
        return value < threshold;
    case Op::Eq:
        return value == threshold;
    case Op::Ne:
        return value != threshold;
    default:
        return false;
    }
}

QString choiceLabel(Field f, const QString &key)
{
    switch (f) {
    case Field::DepartureType:
        return vocabulary::departureTypeLabel(key);
    case Field::EmploymentType:
        return vocabulary::employmentTypeLabel(key);
    case Field::MembershipStatus:
        return vocabulary::membershipStatusLabel(key);
    case Field::GroupCompany:
        return key.isEmpty() ? QCoreApplication::translate("Eligibility", "the company itself") : key;
    default:
        return key;
    }
}

} // namespace

QString truthLabel(Truth t)
{
    switch (t) {
    case Truth::True:
        return QCoreApplication::translate("Eligibility", "passed");
    case Truth::False:
        return QCoreApplication::translate("Eligibility", "failed");
    case Truth::Unknown:
        return QCoreApplication::translate("Eligibility", "unknown");
    }
    return QString();
}

std::optional<Verdict> RuleResult::effect() const
{
    if (truth == Truth::True)
        return std::nullopt;
    if (truth == Truth::False && onFail == Outcome::Blocks)
        return Verdict::NotEligible;
    return Verdict::NeedsReview;
}

QString RuleResult::summary() const
{
    QStringList parts;
    for (const LeafResult &l : leaves)
        parts.append(l.text);
    //: Separates the facts of one rule: "Tenure 0 years 10 months < 1 year; Departure type: Disciplinary"
    return parts.join(QCoreApplication::translate("Eligibility", "; "));
}

RuleEvaluator::RuleEvaluator(const RuleSet &set, const TextIds &texts, const QDate &asOf)
    : m_set(set)
    , m_texts(texts)
    , m_asOf(asOf)
    , m_asOfJd(asOf.toJulianDay())
{
    for (int i = 0; i < m_set.rules.size(); ++i) {
        const Rule &r = m_set.rules.at(i);
        m_rules.append({compile(r.condition), r.onFail, i});
    }
}

int RuleEvaluator::compile(const Condition &c)
{
    Node n;
    n.kind = c.kind;
    n.leaf = c.leaf;
    n.fieldKind = fieldInfo(c.leaf.field).kind;
    if (c.kind == Condition::Kind::Leaf && fieldInfo(c.leaf.field).kind == FieldKind::Choice) {
        for (const QString &v : c.leaf.values) {
            const quint32 id = m_texts.find(v);
            if (id != TextIds::kAbsent)
                n.ids.append(id);
        }
        std::sort(n.ids.begin(), n.ids.end());
    }
    for (const Condition &child : c.children)
        n.children.append(compile(child));
    m_nodes.append(n);
    return int(m_nodes.size()) - 1;
}

Verdict RuleEvaluator::combine(const QVector<QPair<Truth, Outcome>> &rules)
{
    Verdict v = Verdict::Eligible;
    for (const auto &r : rules) {
        if (r.first == Truth::False && r.second == Outcome::Blocks)
            return Verdict::NotEligible;
        if (r.first != Truth::True)
            v = Verdict::NeedsReview;
    }
    return v;
}

Verdict RuleEvaluator::verdict(const PersonFacts &p) const
{
    Verdict v = Verdict::Eligible;
    for (const CompiledRule &r : m_rules) {
        const Truth t = eval(r.root, p);
        if (t == Truth::False && r.onFail == Outcome::Blocks)
            return Verdict::NotEligible;
        if (t != Truth::True)
            v = Verdict::NeedsReview;
    }
    return v;
}

Truth RuleEvaluator::eval(int index, const PersonFacts &p) const
{
    const Node &n = m_nodes.at(index);
    switch (n.kind) {
    case Condition::Kind::All: {
        Truth out = Truth::True;
        for (int c : n.children) {
            const Truth t = eval(c, p);
            if (t == Truth::False)
                return Truth::False;
            if (t == Truth::Unknown)
                out = Truth::Unknown;
        }
        return out;
    }
    case Condition::Kind::Any: {
        Truth out = Truth::False;
        for (int c : n.children) {
            const Truth t = eval(c, p);
            if (t == Truth::True)
                return Truth::True;
            if (t == Truth::Unknown)
                out = Truth::Unknown;
        }
        return out;
    }
    case Condition::Kind::Not: {
        const Truth t = n.children.isEmpty() ? Truth::Unknown : eval(n.children.constFirst(), p);
        return t == Truth::Unknown ? t : fromBool(t == Truth::False);
    }
    case Condition::Kind::Leaf:
        return leafTruth(n, p);
    }
    return Truth::Unknown;
}

std::optional<int> RuleEvaluator::number(Field f, const PersonFacts &p, QString *why) const
{
    auto unknown = [why](const char *reason) -> std::optional<int> {
        if (why)
            *why = translated(reason);
        return std::nullopt;
    };
    switch (f) {
    case Field::TenureLast:
        if (!p.has(PersonFacts::HasLastStint))
            return unknown(QT_TRANSLATE_NOOP("Eligibility", "no employment history"));
        if (p.lastHire == 0)
            return unknown(QT_TRANSLATE_NOOP("Eligibility", "hire date not recorded"));
        return wholeMonthsJd(p.lastHire, (p.lastDeparture ? qint64(p.lastDeparture) : m_asOfJd) + 1);
    case Field::TenureTotal:
        if (p.stints == 0)
            return unknown(QT_TRANSLATE_NOOP("Eligibility", "no employment history"));
        if (p.has(PersonFacts::TotalUnknown))
            return unknown(QT_TRANSLATE_NOOP("Eligibility", "a stint lacks its hire date, or more than one stint has no departure date"));
        return p.closedMonths + (p.openHire ? wholeMonthsJd(p.openHire, m_asOfJd + 1) : 0);
    case Field::MonthsSinceDeparture:
        if (!p.has(PersonFacts::HasLastStint))
            return unknown(QT_TRANSLATE_NOOP("Eligibility", "no employment history"));
        if (p.lastDeparture == 0)
            return unknown(QT_TRANSLATE_NOOP("Eligibility", "departure date not recorded"));
        return wholeMonthsJd(qint64(p.lastDeparture) + 1, m_asOfJd + 1);
    case Field::Age:
        if (p.birth == 0)
            return unknown(QT_TRANSLATE_NOOP("Eligibility", "birth date not recorded"));
        return wholeMonthsJd(p.birth, m_asOfJd) / 12;
    default:
        return std::nullopt;
    }
}

std::optional<quint32> RuleEvaluator::choice(Field f, const PersonFacts &p) const
{
    if (f == Field::MembershipStatus)
        return p.membership == 0 ? std::nullopt : std::optional<quint32>(p.membership);
    if (!p.has(PersonFacts::HasLastStint))
        return std::nullopt;
    quint32 id = 0;
    switch (f) {
    case Field::DepartureType:
        id = p.departureType;
        break;
    case Field::EmploymentType:
        id = p.employmentType;
        break;
    case Field::Grade:
        id = p.grade;
        break;
    case Field::Department:
        id = p.department;
        break;
    case Field::GroupCompany:
        return p.groupCompany; // empty = the company itself, a value like any other
    default:
        return std::nullopt;
    }
    return id == 0 ? std::nullopt : std::optional<quint32>(id);
}

bool RuleEvaluator::flag(Field f, const PersonFacts &p) const
{
    switch (f) {
    case Field::Misconduct:
        return p.has(PersonFacts::Misconduct);
    case Field::DoNotRehire:
        return p.has(PersonFacts::DoNotRehire);
    case Field::ConsentNewsletter:
        return p.has(PersonFacts::ConsentNewsletter);
    case Field::ConsentEvents:
        return p.has(PersonFacts::ConsentEvents);
    case Field::ConsentJobOffers:
        return p.has(PersonFacts::ConsentJobOffers);
    default:
        return false;
    }
}

Truth RuleEvaluator::leafTruth(const Node &n, const PersonFacts &p) const
{
    switch (n.fieldKind) {
    case FieldKind::Months:
    case FieldKind::Years: {
        const auto v = number(n.leaf.field, p);
        return v ? fromBool(compare(*v, n.leaf.op, n.leaf.number)) : Truth::Unknown;
    }
    case FieldKind::Choice: {
        const auto v = choice(n.leaf.field, p);
        if (!v)
            return Truth::Unknown;
        const bool in = std::binary_search(n.ids.begin(), n.ids.end(), *v);
        return fromBool(n.leaf.op == Op::In ? in : !in);
    }
    case FieldKind::Flag: {
        const bool set = flag(n.leaf.field, p);
        return fromBool(n.leaf.op == Op::IsSet ? set : !set);
    }
    }
    return Truth::Unknown;
}

Evaluation RuleEvaluator::explain(const PersonFacts &p) const
{
    Evaluation e;
    e.asOf = m_asOf;
    QVector<QPair<Truth, Outcome>> truths;
    for (const CompiledRule &r : m_rules) {
        const Rule &rule = m_set.rules.at(r.rule);
        RuleResult rr;
        rr.ruleId = rule.id;
        rr.name = rule.name.text();
        rr.onFail = rule.onFail;
        rr.truth = eval(r.root, p);
        collect(r.root, p, rr.leaves);
        truths.append({rr.truth, rr.onFail});
        e.rules.append(rr);
    }
    e.verdict = combine(truths);
    return e;
}

void RuleEvaluator::collect(int index, const PersonFacts &p, QVector<LeafResult> &out) const
{
    const Node &n = m_nodes.at(index);
    if (n.kind == Condition::Kind::Leaf) {
        out.append(describe(n, p));
        return;
    }
    for (int c : n.children)
        collect(c, p, out);
}

LeafResult RuleEvaluator::describe(const Node &n, const PersonFacts &p) const
{
    LeafResult r;
    r.field = n.leaf.field;
    r.truth = leafTruth(n, p);
    const QString label = fieldLabel(n.leaf.field);
    const FieldKind kind = fieldInfo(n.leaf.field).kind;
    switch (kind) {
    case FieldKind::Months:
    case FieldKind::Years: {
        QString why;
        const auto v = number(n.leaf.field, p, &why);
        r.expected = kind == FieldKind::Months ? thresholdText(n.leaf.number) : yearsText(n.leaf.number);
        if (!v) {
            r.actual = why;
            //: A value the rule needs is missing: "Tenure: unknown (hire date not recorded)"
            r.text = QCoreApplication::translate("Eligibility", "%1: unknown (%2)").arg(label, why);
            break;
        }
        r.actual = kind == FieldKind::Months ? monthsText(*v) : yearsText(*v);
        const Op shown = r.truth == Truth::True ? n.leaf.op : negated(n.leaf.op);
        //: "Tenure 0 years 10 months < 1 year": field, the person's value, how it compares, the rule's value
        r.text = QCoreApplication::translate("Eligibility", "%1 %2 %3 %4").arg(label, r.actual, opSymbol(shown), r.expected);
        break;
    }
    case FieldKind::Choice: {
        QStringList expected;
        for (const QString &v : n.leaf.values)
            expected.append(choiceLabel(n.leaf.field, v));
        //: Separates values in a list: "Voluntary, Retirement"
        r.expected = expected.join(QCoreApplication::translate("Eligibility", ", "));
        const auto v = choice(n.leaf.field, p);
        if (!v) {
            r.actual = QCoreApplication::translate("Eligibility", "not recorded");
            //: "Departure type: not recorded"
            r.text = QCoreApplication::translate("Eligibility", "%1: not recorded").arg(label);
            break;
        }
        r.actual = choiceLabel(n.leaf.field, m_texts.text(*v));
        //: "Departure type: Disciplinary"
        r.text = QCoreApplication::translate("Eligibility", "%1: %2").arg(label, r.actual);
        break;
    }
    case FieldKind::Flag:
        r.actual = flag(n.leaf.field, p) ? QCoreApplication::translate("Eligibility", "set") : QCoreApplication::translate("Eligibility", "not set");
        r.expected = n.leaf.op == Op::IsSet ? QCoreApplication::translate("Eligibility", "set") : QCoreApplication::translate("Eligibility", "not set");
        r.text = QCoreApplication::translate("Eligibility", "%1: %2").arg(label, r.actual);
        break;
    }
    return r;
}

} // namespace alumnidesk::eligibility
