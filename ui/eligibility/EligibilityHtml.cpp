#include "eligibility/EligibilityHtml.h"

#include "common/Format.h"

#include <QCoreApplication>

namespace alumnidesk::ui {

using namespace eligibility;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString badge(Verdict v)
{
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(verdictColor(v), esc(verdictLabel(v)));
}

QString ruleLine(const RuleResult &r)
{
    const auto effect = r.effect();
    const QString mark = r.truth == Truth::True ? QStringLiteral("<span style='color:#2e7d32'>✓</span>")
                                                : QStringLiteral("<span style='color:%1'>✗</span>")
                                                      .arg(verdictColor(effect.value_or(Verdict::NeedsReview)));
    QString status = truthLabel(r.truth);
    if (effect)
        status = QCoreApplication::translate("EligibilityHtml", "%1 → %2").arg(status, verdictLabel(*effect));
    QString h = QStringLiteral("<tr><td valign='top'>%1</td><td>%2 <span class='k'>(%3)</span>")
                    .arg(mark, esc(r.name), esc(status));
    for (const LeafResult &l : r.leaves)
        h += QStringLiteral("<br><span class='k'>%1</span>").arg(esc(l.text));
    return h + QStringLiteral("</td></tr>");
}

} // namespace

QString verdictColor(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return QStringLiteral("#2e7d32");
    case Verdict::NeedsReview:
        return QStringLiteral("#b26a00");
    case Verdict::NotEligible:
        return QStringLiteral("#c62828");
    }
    return QString();
}

QString eligibilityToHtml(const QVector<Explanation> &explanations, const QString &error)
{
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("EligibilityHtml", "Eligibility")));
    if (!error.isEmpty())
        h += QStringLiteral("<p class='k'>%1</p>").arg(esc(error));
    for (const Explanation &e : explanations) {
        h += QStringLiteral("<p style='margin-top:6px;margin-bottom:2px'>%1: %2")
                 .arg(esc(e.ruleSet.definition.name.text()), badge(e.effective()));
        if (e.override) {
            const Override &o = *e.override;
            h += QStringLiteral("<br><span style='background:#fff4e5'>%1</span>")
                     .arg(esc(QCoreApplication::translate("EligibilityHtml", "Override by %1 on %2 (rules say: %3)")
                                  .arg(o.createdBy, shortDate(o.createdAt.toLocalTime().date()),
                                       verdictLabel(e.computed.verdict))));
            h += QStringLiteral("<br>%1").arg(esc(QCoreApplication::translate("EligibilityHtml", "Reason: %1").arg(o.reason)));
            h += QStringLiteral("<br><span class='k'>%1</span>")
                     .arg(esc(o.expiresOn.isValid()
                                  ? QCoreApplication::translate("EligibilityHtml", "Expires after %1").arg(shortDate(o.expiresOn))
                                  : QCoreApplication::translate("EligibilityHtml", "No expiry")));
        }
        h += QStringLiteral("</p><table>");
        for (const RuleResult &r : e.computed.rules)
            h += ruleLine(r);
        h += QStringLiteral("</table>");
        h += QStringLiteral("<div class='k' style='font-size:90%'>%1</div>")
                 .arg(esc(QCoreApplication::translate("EligibilityHtml", "Rule set version %1 of %2, as of %3")
                              .arg(e.ruleSet.version)
                              .arg(shortDate(e.ruleSet.savedAt.toLocalTime().date()), shortDate(e.computed.asOf))));
    }
    return h;
}

} // namespace alumnidesk::ui
