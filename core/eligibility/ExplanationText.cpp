#include "eligibility/ExplanationText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace alumnidesk::eligibility {

namespace {

QString truthKey(Truth truth)
{
    return truth == Truth::True ? QStringLiteral("passed") : truth == Truth::False ? QStringLiteral("failed") : QStringLiteral("unknown");
}

} // namespace

QString explanationText(const Explanation &e)
{
    QStringList lines;
    lines.append(QCoreApplication::translate("Eligibility", "%1 (%2): %3")
                     .arg(e.name, e.employeeId, e.ruleSet.definition.name.text()));
    lines.append(QCoreApplication::translate("Eligibility", "Rule set version %1, as of %2")
                     .arg(e.ruleSet.version)
                     .arg(e.computed.asOf.toString(Qt::ISODate)));
    lines.append(QCoreApplication::translate("Eligibility", "Verdict: %1").arg(verdictLabel(e.effective())));
    if (e.override) {
        const Override &o = *e.override;
        lines.append(QCoreApplication::translate("Eligibility", "Overridden by %1 on %2: %3 (computed: %4)")
                         .arg(o.createdBy, o.createdAt.toLocalTime().date().toString(Qt::ISODate), o.reason,
                              verdictLabel(e.computed.verdict)));
        if (o.expiresOn.isValid())
            lines.append(QCoreApplication::translate("Eligibility", "The override holds until %1.").arg(o.expiresOn.toString(Qt::ISODate)));
    }
    for (const RuleResult &r : e.computed.rules) {
        const auto effect = r.effect();
        const QString status = effect ? QCoreApplication::translate("Eligibility", "%1 → %2").arg(truthLabel(r.truth), verdictLabel(*effect))
                                      : truthLabel(r.truth);
        lines.append(QStringLiteral("  [%1] %2").arg(status, r.name));
        for (const LeafResult &l : r.leaves)
            lines.append(QStringLiteral("      ") + l.text);
    }
    if (e.stored && (e.stored->verdict != e.computed.verdict || e.stored->version != e.ruleSet.version))
        lines.append(QCoreApplication::translate("Eligibility", "The roster list shows %1 (version %2, evaluated on %3) until the verdicts are refreshed.")
                         .arg(verdictLabel(e.stored->verdict))
                         .arg(e.stored->version)
                         .arg(e.stored->evaluatedOn.toString(Qt::ISODate)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject explanationJson(const Explanation &e)
{
    QJsonArray rules;
    for (const RuleResult &r : e.computed.rules) {
        QJsonArray facts;
        for (const LeafResult &l : r.leaves) {
            facts.append(QJsonObject{{QStringLiteral("field"), QString::fromLatin1(fieldInfo(l.field).key)},
                                     {QStringLiteral("result"), truthKey(l.truth)},
                                     {QStringLiteral("actual"), l.actual},
                                     {QStringLiteral("expected"), l.expected},
                                     {QStringLiteral("text"), l.text}});
        }
        const auto effect = r.effect();
        rules.append(QJsonObject{{QStringLiteral("id"), r.ruleId},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("result"), truthKey(r.truth)},
                                 {QStringLiteral("on_fail"), outcomeKey(r.onFail)},
                                 {QStringLiteral("effect"), effect ? QJsonValue(verdictKey(*effect)) : QJsonValue()},
                                 {QStringLiteral("facts"), facts}});
    }
    QJsonObject o{{QStringLiteral("employee_id"), e.employeeId},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("rule_set"), e.ruleSet.definition.key},
                  {QStringLiteral("rule_set_version"), e.ruleSet.version},
                  {QStringLiteral("as_of"), e.computed.asOf.toString(Qt::ISODate)},
                  {QStringLiteral("verdict"), verdictKey(e.effective())},
                  {QStringLiteral("computed_verdict"), verdictKey(e.computed.verdict)},
                  {QStringLiteral("rules"), rules}};
    if (e.override) {
        o.insert(QStringLiteral("override"), QJsonObject{{QStringLiteral("verdict"), verdictKey(e.override->verdict)},
                                                          {QStringLiteral("reason"), e.override->reason},
                                                          {QStringLiteral("by"), e.override->createdBy},
                                                          {QStringLiteral("at"), e.override->createdAt.toString(Qt::ISODate)},
                                                          {QStringLiteral("expires_on"), e.override->expiresOn.isValid()
                                                                                             ? QJsonValue(e.override->expiresOn.toString(Qt::ISODate))
                                                                                             : QJsonValue()}});
    }
    if (e.stored) {
        o.insert(QStringLiteral("stored"), QJsonObject{{QStringLiteral("verdict"), verdictKey(e.stored->verdict)},
                                                        {QStringLiteral("rule_set_version"), e.stored->version},
                                                        {QStringLiteral("evaluated_on"), e.stored->evaluatedOn.toString(Qt::ISODate)}});
    }
    return o;
}

} // namespace alumnidesk::eligibility
