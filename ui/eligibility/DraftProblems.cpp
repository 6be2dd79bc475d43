#include "eligibility/DraftProblems.h"

#include "eligibility/RuleJson.h"

#include <QCoreApplication>

namespace alumnidesk::ui {

using namespace eligibility;

namespace {

void check(const Condition &c, const QString &rule, QStringList &out)
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any:
        if (c.children.isEmpty())
            out.append(QCoreApplication::translate("DraftProblems", "Rule “%1”: a group has no conditions; add one or remove the group.").arg(rule));
        break;
    case Condition::Kind::Not:
        if (c.children.size() != 1)
            out.append(QCoreApplication::translate("DraftProblems", "Rule “%1”: NOT needs exactly one condition.").arg(rule));
        break;
    case Condition::Kind::Leaf:
        if ((c.leaf.op == Op::In || c.leaf.op == Op::NotIn) && c.leaf.values.isEmpty())
            out.append(QCoreApplication::translate("DraftProblems", "Rule “%1”: choose at least one value for “%2”.")
                           .arg(rule, fieldLabel(c.leaf.field)));
        break;
    }
    for (const Condition &child : c.children)
        check(child, rule, out);
}

} // namespace

QStringList draftProblems(const RuleSet &draft)
{
    QStringList out;
    if (draft.name.isEmpty())
        out.append(QCoreApplication::translate("DraftProblems", "The rule set needs a name in Japanese or English."));
    if (draft.rules.isEmpty())
        out.append(QCoreApplication::translate("DraftProblems", "The rule set has no rules; add at least one."));
    for (int i = 0; i < draft.rules.size(); ++i) {
        const Rule &r = draft.rules.at(i);
        const QString name = r.name.isEmpty() ? QCoreApplication::translate("DraftProblems", "#%1").arg(i + 1) : r.name.text();
        if (r.name.isEmpty())
            out.append(QCoreApplication::translate("DraftProblems", "Rule %1 needs a name in Japanese or English.").arg(name));
        check(r.condition, name, out);
    }
    // Whatever the friendly checks above do not cover, core's own check still catches.
    if (out.isEmpty()) {
        if (Status st = validateRuleSet(draft); !st)
            out.append(st.errorText());
    }
    return out;
}

} // namespace alumnidesk::ui
