#include "pipeline/TermsComparer.h"

#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "pipeline/Candidacies.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

QString yen(qint64 amount)
{
    return amount > 0 ? QCoreApplication::translate("Pipeline", "¥%1").arg(QLocale().toString(amount)) : QString();
}

TermsLine textLine(const QString &field, const QString &label, const QString &was, const QString &now)
{
    TermsLine l;
    l.field = field;
    l.label = label;
    l.atDeparture = was;
    l.offered = now;
    l.changed = !was.isEmpty() && !now.isEmpty() && was != now;
    if (l.changed)
        l.difference = QCoreApplication::translate("Pipeline", "changed");
    else if (!was.isEmpty() && was == now)
        l.difference = QCoreApplication::translate("Pipeline", "same");
    return l;
}

} // namespace

TermsComparison TermsComparer::compareTerms(const Terms &was, const Terms &now)
{
    TermsComparison out;
    out.atDeparture = was;
    out.offered = now;
    TermsLine salary;
    salary.field = QStringLiteral("annual_salary");
    salary.label = QCoreApplication::translate("Pipeline", "Annual salary");
    salary.atDeparture = yen(was.annualSalary);
    salary.offered = yen(now.annualSalary);
    if (was.annualSalary > 0 && now.annualSalary > 0) {
        const qint64 diff = now.annualSalary - was.annualSalary;
        salary.changed = diff != 0;
        const double percent = 100.0 * double(diff) / double(was.annualSalary);
        const QLocale locale;
        salary.difference = QStringLiteral("%1%2 (%1%3%)")
                                .arg(diff >= 0 ? QStringLiteral("+") : QStringLiteral("−"), locale.toString(diff >= 0 ? diff : -diff),
                                     locale.toString(percent >= 0 ? percent : -percent, 'f', 1));
    }
    out.lines.append(salary);
    out.lines.append(textLine(QStringLiteral("grade"), QCoreApplication::translate("Pipeline", "Grade"), was.grade, now.grade));
    out.lines.append(textLine(QStringLiteral("title"), QCoreApplication::translate("Pipeline", "Title"), was.title, now.title));
    out.lines.append(textLine(QStringLiteral("department"), QCoreApplication::translate("Pipeline", "Department"), was.department, now.department));
    out.lines.append(textLine(QStringLiteral("location"), QCoreApplication::translate("Pipeline", "Location"), was.location, now.location));
    return out;
}

Result<TermsComparison> TermsComparer::compare(qint64 candidacyId)
{
    auto c = loadCandidacy(m_ctx.db, candidacyId);
    if (!c)
        return c.error();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("SELECT s.id, s.department, s.position, s.grade, coalesce(p.annual_salary, 0) FROM stints s "
                             "LEFT JOIN stint_salaries p ON p.stint_id = s.id WHERE s.alumnus_id = ? AND s.departure_date IS NOT NULL "
                             "AND s.id IS NOT ? ORDER BY s.departure_date DESC, s.id DESC LIMIT 1"));
    q.addBindValue(c->alumnusId);
    q.addBindValue(c->hiredStintId ? QVariant(c->hiredStintId) : QVariant(QMetaType::fromType<qint64>()));
    if (Status st = sql::exec(q); !st)
        return st.error();
    Terms was;
    qint64 stintId = 0;
    if (q.next()) {
        stintId = q.value(0).toLongLong();
        was.department = q.value(1).toString();
        was.title = q.value(2).toString();
        was.grade = q.value(3).toString();
        was.annualSalary = q.value(4).toLongLong();
    }
    Terms offered = c->offer;
    if (c->openingId) {
        // The opening stands in for what the offer leaves blank.
        QSqlQuery o(m_ctx.db);
        o.prepare(QStringLiteral("SELECT title, department, grade, location FROM openings WHERE id = ?"));
        o.addBindValue(c->openingId);
        if (o.exec() && o.next()) {
            if (offered.title.isEmpty())
                offered.title = o.value(0).toString();
            if (offered.department.isEmpty())
                offered.department = o.value(1).toString();
            if (offered.grade.isEmpty())
                offered.grade = o.value(2).toString();
            if (offered.location.isEmpty())
                offered.location = o.value(3).toString();
        }
    }
    TermsComparison out = compareTerms(was, offered);
    out.departureStintId = stintId;
    return out;
}

Status TermsComparer::setStintSalary(qint64 stintId, qint64 annualSalary)
{
    if (annualSalary < 0)
        return Error{QCoreApplication::translate("Pipeline", "The salary was not saved:"),
                     QCoreApplication::translate("Pipeline", "A salary cannot be negative.")};
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery who(m_ctx.db);
    who.prepare(QStringLiteral("SELECT a.employee_id, coalesce(p.annual_salary, 0) FROM stints s JOIN alumni a ON a.id = s.alumnus_id "
                               "LEFT JOIN stint_salaries p ON p.stint_id = s.id WHERE s.id = ?"));
    who.addBindValue(stintId);
    if (Status st = sql::exec(who); !st)
        return st;
    if (!who.next())
        return Error{QCoreApplication::translate("Pipeline", "There is no employment stint %1.").arg(stintId), {}};
    const QString employeeId = who.value(0).toString();
    const qint64 before = who.value(1).toLongLong();
    QSqlQuery q(m_ctx.db);
    if (annualSalary == 0) {
        q.prepare(QStringLiteral("DELETE FROM stint_salaries WHERE stint_id = ?"));
        q.addBindValue(stintId);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO stint_salaries(stint_id, annual_salary) VALUES (?, ?)"));
        q.addBindValue(stintId);
        q.addBindValue(annualSalary);
    }
    if (Status st = sql::exec(q); !st)
        return st;
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("alumnus"), employeeId,
                                        QStringLiteral("stint_salary[%1]").arg(stintId), QString::number(before), QString::number(annualSalary));
        !st)
        return st;
    return tx.commit();
}

} // namespace alumnidesk::pipeline
