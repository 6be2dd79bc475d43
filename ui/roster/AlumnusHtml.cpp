#include "roster/AlumnusHtml.h"

#include "common/Format.h"
#include "import/ImportChangeModel.h"
#include "pipeline/PipelineVocabulary.h"
#include "roster/Vocabulary.h"
#include "text/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace alumnidesk::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString date(const QDate &d)
{
    return shortDate(d);
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td class='l'>%1</td><td>%2</td></tr>").arg(esc(label), valueHtml);
}

QString tenure(const Stint &s)
{
    if (!s.hireDate.isValid())
        return {};
    const QDate end = s.departureDate.isValid() ? s.departureDate : QDate::currentDate();
    int months = (end.year() - s.hireDate.year()) * 12 + end.month() - s.hireDate.month();
    if (end.day() < s.hireDate.day())
        --months;
    months = std::max(0, months);
    return QCoreApplication::translate("AlumnusHtml", "%1 y %2 m").arg(months / 12).arg(months % 12);
}

QString check(bool on)
{
    return on ? QStringLiteral("✔") : QStringLiteral("—");
}

QString shortened(const QString &value)
{
    constexpr int kMax = 40;
    const QString one = value.simplified();
    return one.size() > kMax ? one.left(kMax - 1) + QStringLiteral("…") : one;
}

QString valueText(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return QCoreApplication::translate("AlumnusHtml", "(empty)");
    if (field.startsWith(QLatin1String("consent_")))
        return value == QLatin1String("1") ? QCoreApplication::translate("AlumnusHtml", "yes")
                                           : QCoreApplication::translate("AlumnusHtml", "no");
    if (field.endsWith(QLatin1String("_date"))) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return shortDate(d);
    }
    return shortened(ImportChangeModel::valueText(field, value));
}

QString sourceText(const QString &source)
{
    if (source == QLatin1String("import"))
        return QCoreApplication::translate("AlumnusHtml", "by an import");
    if (source == QLatin1String("cli"))
        return QCoreApplication::translate("AlumnusHtml", "from the command line");
    if (source == QLatin1String("demo"))
        return QCoreApplication::translate("AlumnusHtml", "in the demo roster");
    return {};
}

} // namespace

QString auditEntryText(const AuditEntry &e)
{
    QString text;
    if (e.action == QLatin1String("update")) {
        const QString field = ImportChangeModel::fieldLabel(e.field);
        if (e.field == QLatin1String("stints") || e.field.startsWith(QLatin1String("hr_")))
            // Employment history is long, and HR-only values stay out of a line anyone glancing at the pane sees.
            text = QCoreApplication::translate("AlumnusHtml", "%1 changed").arg(field);
        else
            text = QCoreApplication::translate("AlumnusHtml", "%1: %2 → %3")
                       .arg(field, valueText(e.field, e.oldValue), valueText(e.field, e.newValue));
    } else if (e.action == QLatin1String("insert")) {
        text = QCoreApplication::translate("AlumnusHtml", "Added to the roster");
    } else if (e.action == QLatin1String("delete")) {
        text = QCoreApplication::translate("AlumnusHtml", "Deleted");
    } else if (e.action == QLatin1String("restore")) {
        text = QCoreApplication::translate("AlumnusHtml", "Restored");
    } else {
        text = e.action;
    }
    const QString source = sourceText(e.source);
    return source.isEmpty() ? text : QCoreApplication::translate("AlumnusHtml", "%1 (%2)").arg(text, source);
}

QString candidaciesToHtml(const QVector<pipeline::CandidacyRow> &candidacies)
{
    if (candidacies.isEmpty())
        return {};
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Rehire pipeline")));
    for (const pipeline::CandidacyRow &r : candidacies) {
        const pipeline::Candidacy &c = r.candidacy;
        const QString opening = r.openingTitle.isEmpty() ? QCoreApplication::translate("AlumnusHtml", "Talent pool") : r.openingTitle;
        QStringList meta{pipeline::sourceLabel(c.source)};
        if (!c.owner.isEmpty())
            meta.append(c.owner);
        if (c.isOpen()) {
            meta.append(QCoreApplication::translate("AlumnusHtml", "since %1").arg(date(c.stageSince.toLocalTime().date())));
            h += QStringLiteral("<p style='margin-top:2px;margin-bottom:4px'><b>%1</b> — %2 <span class='k'>%3</span>")
                     .arg(esc(r.stageName), esc(opening), esc(meta.join(QStringLiteral(" · "))));
            if (!c.nextAction.isEmpty() || c.nextActionDue.isValid()) {
                QString next = c.nextAction;
                if (c.nextActionDue.isValid())
                    next += (next.isEmpty() ? QString() : QStringLiteral(" · "))
                        + QCoreApplication::translate("AlumnusHtml", "due %1").arg(date(c.nextActionDue));
                const bool overdue = c.nextActionDue.isValid() && c.nextActionDue < QDate::currentDate();
                h += QStringLiteral("<br><span style='color:%1'>%2%3</span>")
                         .arg(overdue ? QStringLiteral("#c62828") : QStringLiteral("#444"),
                              overdue ? QStringLiteral("⚠ ") : QString(), esc(next));
            }
            h += QStringLiteral("</p>");
        } else {
            meta.append(QCoreApplication::translate("AlumnusHtml", "closed %1").arg(date(c.closedAt.toLocalTime().date())));
            h += QStringLiteral("<p class='k' style='margin-top:2px;margin-bottom:4px'>%1 — %2 · %3</p>")
                     .arg(esc(r.stageName), esc(opening), esc(meta.join(QStringLiteral(" · "))));
        }
    }
    return h;
}

QString alumnusToHtml(const Alumnus &a, const QVector<AuditEntry> &history, const QString &eligibilityHtml,
                      const QVector<pipeline::CandidacyRow> &candidacies)
{
    QString h;
    h += QStringLiteral("<style>h1{font-size:150%;margin:0} .k{color:#666} .l{color:#555;padding-right:12px;white-space:nowrap}"
                        " h3{margin-top:14px;margin-bottom:4px;border-bottom:1px solid #ccc}"
                        " .hr{background:#fff4e5} th{text-align:left;color:#555;padding-right:8px} td{padding-right:8px}</style>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(a.displayName()));
    h += QStringLiteral("<div class='k'>%1</div>").arg(esc(a.displayKana()));
    QString badge = esc(vocabulary::membershipStatusLabel(a.membershipStatus));
    if (a.isBoomerang())
        badge += QStringLiteral(" · ") + esc(QCoreApplication::translate("AlumnusHtml", "boomerang (%n stints)", nullptr, int(a.stints.size())));
    h += QStringLiteral("<p>%1 · %2</p>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Employee ID %1").arg(a.employeeId)), badge);
    h += eligibilityHtml;
    h += candidaciesToHtml(candidacies);

    h += QStringLiteral("<h3>%1</h3><table>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Contact")));
    h += row(QCoreApplication::translate("AlumnusHtml", "E-mail"), esc(a.email));
    h += row(QCoreApplication::translate("AlumnusHtml", "Second e-mail"), esc(a.secondaryEmail));
    h += row(QCoreApplication::translate("AlumnusHtml", "Phone"), esc(a.phone));
    h += row(QCoreApplication::translate("AlumnusHtml", "Prefecture"), esc(a.prefecture));
    h += row(QCoreApplication::translate("AlumnusHtml", "Birth date"), a.birthDate.isValid() ? esc(date(a.birthDate) + QStringLiteral(" (") + text::toJapaneseEra(a.birthDate) + QLatin1Char(')')) : QString());
    h += row(QCoreApplication::translate("AlumnusHtml", "Relationship owner"), esc(a.relationshipOwner));
    h += row(QCoreApplication::translate("AlumnusHtml", "Last contact"), esc(date(a.lastContactDate)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Employment history")));
    if (a.stints.isEmpty())
        h += QStringLiteral("<p class='k'>%1</p>").arg(esc(QCoreApplication::translate("AlumnusHtml", "No employment recorded.")));
    // Newest first, one block per stint: the pane is narrow, a five-column table would wrap every word.
    for (auto it = a.stints.crbegin(); it != a.stints.crend(); ++it) {
        const Stint &s = *it;
        const QString period = date(s.hireDate) + QStringLiteral(" – ")
            + (s.departureDate.isValid() ? date(s.departureDate)
                                         : QCoreApplication::translate("AlumnusHtml", "now (rehired)"));
        QStringList meta{tenure(s)};
        if (!s.employmentType.isEmpty())
            meta.append(vocabulary::employmentTypeLabel(s.employmentType));
        QStringList where;
        for (const QString &part : {s.groupCompany, s.department, s.position, s.grade}) {
            if (!part.isEmpty())
                where.append(part);
        }
        h += QStringLiteral("<p style='margin-top:4px;margin-bottom:6px'><b>%1</b> <span class='k'>%2</span>")
                 .arg(esc(period), esc(meta.join(QStringLiteral(" · "))));
        if (!where.isEmpty())
            h += QStringLiteral("<br>") + esc(where.join(QStringLiteral(" / ")));
        if (!s.departureType.isEmpty() || !s.departureReason.isEmpty()) {
            QString departure = s.departureType.isEmpty() ? QString() : vocabulary::departureTypeLabel(s.departureType);
            if (!s.departureReason.isEmpty())
                departure += (departure.isEmpty() ? QString() : QStringLiteral(" — ")) + s.departureReason;
            h += QStringLiteral("<br><span class='k'>%1</span>").arg(esc(departure));
        }
        h += QStringLiteral("</p>");
    }

    h += QStringLiteral("<h3>%1</h3><table>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Since leaving")));
    h += row(QCoreApplication::translate("AlumnusHtml", "Employer"), esc(a.currentEmployer));
    h += row(QCoreApplication::translate("AlumnusHtml", "Title"), esc(a.currentTitle));
    h += row(QCoreApplication::translate("AlumnusHtml", "Industry"), esc(a.currentIndustry));
    h += row(QCoreApplication::translate("AlumnusHtml", "Skills"), esc(a.skills.join(QStringLiteral(", "))));
    h += row(QCoreApplication::translate("AlumnusHtml", "Tags"), esc(a.tags.join(QStringLiteral(", "))));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Consents")));
    h += row(QCoreApplication::translate("AlumnusHtml", "Newsletter"), check(a.consentNewsletter));
    h += row(QCoreApplication::translate("AlumnusHtml", "Events"), check(a.consentEvents));
    h += row(QCoreApplication::translate("AlumnusHtml", "Job offers"), check(a.consentJobOffers));
    h += QStringLiteral("</table>");

    if (!a.notes.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Notes")), esc(a.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    if (a.hrMisconduct || a.hrDoNotRehire || !a.hrNote.isEmpty()) {
        h += QStringLiteral("<div class='hr'><h3>%1</h3><table>").arg(esc(QCoreApplication::translate("AlumnusHtml", "HR only")));
        if (a.hrMisconduct)
            h += row(QCoreApplication::translate("AlumnusHtml", "Misconduct"), esc(QCoreApplication::translate("AlumnusHtml", "recorded")));
        if (a.hrDoNotRehire)
            h += row(QCoreApplication::translate("AlumnusHtml", "Do not rehire"), esc(QCoreApplication::translate("AlumnusHtml", "yes")));
        h += row(QCoreApplication::translate("AlumnusHtml", "HR note"), esc(a.hrNote));
        h += QStringLiteral("</table></div>");
    }

    if (!history.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table>").arg(esc(QCoreApplication::translate("AlumnusHtml", "Recent changes")));
        for (const AuditEntry &e : history)
            h += QStringLiteral("<tr><td class='k' style='white-space:nowrap'>%1</td><td class='k'>%2</td><td>%3</td></tr>")
                     .arg(esc(shortDateTime(e.at.toLocalTime())), esc(e.user), esc(auditEntryText(e)));
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace alumnidesk::ui
