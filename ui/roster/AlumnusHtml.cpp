#include "roster/AlumnusHtml.h"

#include "roster/Vocabulary.h"
#include "text/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace alumnidesk::ui {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AlumnusHtml", s, disambiguation, n);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
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
    return tr("%1 y %2 m").arg(months / 12).arg(months % 12);
}

QString check(bool on)
{
    return on ? QStringLiteral("✔") : QStringLiteral("—");
}

} // namespace

QString alumnusToHtml(const Alumnus &a, const QVector<AuditEntry> &history)
{
    QString h;
    h += QStringLiteral("<style>h1{font-size:150%;margin:0} .k{color:#666} .l{color:#555;padding-right:12px;white-space:nowrap}"
                        " h3{margin-top:14px;margin-bottom:4px;border-bottom:1px solid #ccc}"
                        " .hr{background:#fff4e5} th{text-align:left;color:#555;padding-right:8px} td{padding-right:8px}</style>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(a.displayName()));
    h += QStringLiteral("<div class='k'>%1</div>").arg(esc(a.displayKana()));
    QString badge = esc(vocabulary::membershipStatusLabel(a.membershipStatus));
    if (a.isBoomerang())
        badge += QStringLiteral(" · ") + esc(tr("boomerang (%n stints)", nullptr, int(a.stints.size())));
    h += QStringLiteral("<p>%1 · %2</p>").arg(esc(tr("Employee ID %1").arg(a.employeeId)), badge);

    h += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Contact")));
    h += row(tr("E-mail"), esc(a.email));
    h += row(tr("Second e-mail"), esc(a.secondaryEmail));
    h += row(tr("Phone"), esc(a.phone));
    h += row(tr("Prefecture"), esc(a.prefecture));
    h += row(tr("Birth date"), a.birthDate.isValid() ? esc(date(a.birthDate) + QStringLiteral(" (") + text::toJapaneseEra(a.birthDate) + QLatin1Char(')')) : QString());
    h += row(tr("Relationship owner"), esc(a.relationshipOwner));
    h += row(tr("Last contact"), esc(date(a.lastContactDate)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Employment history")));
    if (a.stints.isEmpty()) {
        h += QStringLiteral("<p class='k'>%1</p>").arg(esc(tr("No employment recorded.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Period")), esc(tr("Department")), esc(tr("Position")), esc(tr("Departure")), esc(tr("Reason")));
        for (const Stint &s : a.stints) {
            QString period = date(s.hireDate) + QStringLiteral(" – ")
                + (s.departureDate.isValid() ? date(s.departureDate) : tr("now (rehired)"));
            const QString dept = s.groupCompany.isEmpty() ? s.department : s.groupCompany + QStringLiteral(" / ") + s.department;
            QString position = s.position;
            if (!s.grade.isEmpty())
                position += (position.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') + s.grade + QLatin1Char(')');
            h += QStringLiteral("<tr><td>%1<br><span class='k'>%2 · %3</span></td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(esc(period), esc(tenure(s)),
                          esc(s.employmentType.isEmpty() ? QString() : vocabulary::employmentTypeLabel(s.employmentType)),
                          esc(dept), esc(position),
                          esc(s.departureType.isEmpty() ? QString() : vocabulary::departureTypeLabel(s.departureType)),
                          esc(s.departureReason));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Since leaving")));
    h += row(tr("Employer"), esc(a.currentEmployer));
    h += row(tr("Title"), esc(a.currentTitle));
    h += row(tr("Industry"), esc(a.currentIndustry));
    h += row(tr("Skills"), esc(a.skills.join(QStringLiteral(", "))));
    h += row(tr("Tags"), esc(a.tags.join(QStringLiteral(", "))));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Consents")));
    h += row(tr("Newsletter"), check(a.consentNewsletter));
    h += row(tr("Events"), check(a.consentEvents));
    h += row(tr("Job offers"), check(a.consentJobOffers));
    h += QStringLiteral("</table>");

    if (!a.notes.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Notes")), esc(a.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    if (a.hrMisconduct || a.hrDoNotRehire || !a.hrNote.isEmpty()) {
        h += QStringLiteral("<div class='hr'><h3>%1</h3><table>").arg(esc(tr("HR only")));
        if (a.hrMisconduct)
            h += row(tr("Misconduct"), esc(tr("recorded")));
        if (a.hrDoNotRehire)
            h += row(tr("Do not rehire"), esc(tr("yes")));
        h += row(tr("HR note"), esc(a.hrNote));
        h += QStringLiteral("</table></div>");
    }

    if (!history.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Recent changes")));
        for (const AuditEntry &e : history) {
            QString what = e.field.isEmpty() ? e.action : e.field;
            h += QStringLiteral("<tr><td class='k'>%1</td><td class='k'>%2</td><td>%3</td></tr>")
                     .arg(esc(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)), esc(e.user), esc(what));
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace alumnidesk::ui
