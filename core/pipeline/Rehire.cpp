#include "pipeline/Rehire.h"

#include "db/SqlUtil.h"
#include "pipeline/Openings.h"
#include "roster/AlumnusJson.h"
#include "db/Statement.h"
#include "roster/AlumnusRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

const QString kActive = QStringLiteral("active");

Status auditAlumnus(PipelineContext &ctx, const Alumnus &before, const Alumnus &after)
{
    const auto oldFields = auditFields(before);
    const auto newFields = auditFields(after);
    for (int i = 0; i < oldFields.size() && i < newFields.size(); ++i) {
        if (oldFields.at(i).second == newFields.at(i).second)
            continue;
        if (Status st = ctx.audit->record(ctx.source, QStringLiteral("update"), QStringLiteral("alumnus"), before.employeeId,
                                          oldFields.at(i).first, oldFields.at(i).second, newFields.at(i).second);
            !st)
            return st;
    }
    // A stint added or removed changes the shape of the list; record it whole.
    if (oldFields.size() != newFields.size()) {
        const QString was = QString::number(before.stints.size());
        const QString now = QString::number(after.stints.size());
        if (Status st = ctx.audit->record(ctx.source, QStringLiteral("update"), QStringLiteral("alumnus"), before.employeeId,
                                          QStringLiteral("stints"), was, now);
            !st)
            return st;
    }
    return {};
}

} // namespace

QString RehireRecorder::obstacle(const Candidacy &c, const QDate &startDate)
{
    AlumnusRows rows(m_ctx.db, *m_ctx.backend);
    auto a = rows.load(c.alumnusId);
    if (!a)
        return a.errorText();
    if (!startDate.isValid())
        return QCoreApplication::translate("Pipeline", "A rehire needs a start date.");
    if (const Stint *last = a->latestStint()) {
        if (last->hireDate.isValid() && !last->departureDate.isValid()) {
            return QCoreApplication::translate("Pipeline", "%1 already works here again since %2; one person cannot be rehired into two openings at once.")
                .arg(a->displayName(), last->hireDate.toString(Qt::ISODate));
        }
        if (last->departureDate.isValid() && startDate <= last->departureDate) {
            return QCoreApplication::translate("Pipeline", "The start date %1 is not after the last departure (%2).")
                .arg(startDate.toString(Qt::ISODate), last->departureDate.toString(Qt::ISODate));
        }
    }
    return {};
}

Result<HireOutcome> RehireRecorder::hire(const Candidacy &c, const QDate &startDate)
{
    if (const QString why = obstacle(c, startDate); !why.isEmpty())
        return Error{why, {}};
    AlumnusRows rows(m_ctx.db, *m_ctx.backend);
    auto before = rows.load(c.alumnusId);
    if (!before)
        return before.error();
    Opening opening;
    if (c.openingId) {
        OpeningRepository openings(m_ctx);
        auto o = openings.load(c.openingId);
        if (!o)
            return o.error();
        opening = o.value();
    }
    const auto pick = [](const QString &offered, const QString &fallback) { return offered.isEmpty() ? fallback : offered; };
    Stint stint;
    stint.hireDate = startDate;
    stint.department = pick(c.offer.department, opening.department);
    stint.position = pick(c.offer.title, opening.title);
    stint.grade = pick(c.offer.grade, opening.grade);
    const Stint *previous = before->latestStint();
    stint.employmentType = previous && !previous->employmentType.isEmpty() ? previous->employmentType : QStringLiteral("regular");

    Alumnus after = before.value();
    after.stints.append(stint);
    after.membershipStatus = kActive;
    if (Status st = rows.update(after); !st)
        return st.error();
    QSqlQuery stintId(m_ctx.db);
    stintId.prepare(QStringLiteral("SELECT id FROM stints WHERE alumnus_id = ? AND hire_date = ? ORDER BY id DESC LIMIT 1"));
    stintId.addBindValue(c.alumnusId);
    stintId.addBindValue(sql::dateValue(startDate));
    if (Status st = sql::exec(stintId); !st)
        return st.error();
    if (!stintId.next())
        return Error{QCoreApplication::translate("Pipeline", "The new employment stint could not be found after saving it."), {}};
    HireOutcome out;
    out.stintId = stintId.value(0).toLongLong();
    if (c.offer.annualSalary > 0) {
        QSqlQuery salary(m_ctx.db);
        salary.prepare(QStringLiteral("INSERT OR REPLACE INTO stint_salaries(stint_id, annual_salary) VALUES (?, ?)"));
        salary.addBindValue(out.stintId);
        salary.addBindValue(c.offer.annualSalary);
        if (Status st = sql::exec(salary); !st)
            return st.error();
    }
    QSqlQuery follow(m_ctx.db);
    follow.prepare(QStringLiteral("INSERT INTO rehire_followups(candidacy_id, months, due_on) VALUES (?, ?, ?)"));
    for (int months : followUpMonths()) {
        FollowUp f;
        f.candidacyId = c.id;
        f.months = months;
        f.dueOn = startDate.addMonths(months);
        follow.addBindValue(c.id);
        follow.addBindValue(months);
        follow.addBindValue(sql::dateValue(f.dueOn));
        if (Status st = sql::exec(follow); !st)
            return st.error();
        f.id = follow.lastInsertId().toLongLong();
        out.followUps.append(f);
    }
    QSqlQuery mark(m_ctx.db);
    mark.prepare(QStringLiteral("UPDATE candidacies SET start_date = ?, hired_stint_id = ?, status_before_hire = ? WHERE id = ?"));
    mark.addBindValue(sql::dateValue(startDate));
    mark.addBindValue(out.stintId);
    mark.addBindValue(before->membershipStatus);
    mark.addBindValue(c.id);
    if (Status st = sql::exec(mark); !st)
        return st.error();
    after.stints.last().id = out.stintId;
    if (Status st = auditAlumnus(m_ctx, before.value(), after); !st)
        return st.error();
    return out;
}

Status RehireRecorder::unhire(const Candidacy &c)
{
    QSqlQuery done(m_ctx.db);
    done.prepare(QStringLiteral("SELECT count(*) FROM rehire_followups WHERE candidacy_id = ? AND done_on IS NOT NULL"));
    done.addBindValue(c.id);
    if (Status st = sql::exec(done); !st)
        return st;
    if (done.next() && done.value(0).toInt() > 0)
        return Error{QCoreApplication::translate("Pipeline", "The rehire cannot be undone: a follow-up has already been recorded."), {}};
    QSqlQuery prior(m_ctx.db);
    prior.prepare(QStringLiteral("SELECT status_before_hire FROM candidacies WHERE id = ?"));
    prior.addBindValue(c.id);
    if (Status st = sql::exec(prior); !st)
        return st;
    const QString statusBefore = prior.next() ? prior.value(0).toString() : QString();

    AlumnusRows rows(m_ctx.db, *m_ctx.backend);
    auto before = rows.load(c.alumnusId);
    if (!before)
        return before.error();
    Alumnus after = before.value();
    for (int i = 0; i < after.stints.size(); ++i) {
        if (after.stints.at(i).id != c.hiredStintId)
            continue;
        if (after.stints.at(i).departureDate.isValid())
            return Error{QCoreApplication::translate("Pipeline", "The rehire cannot be undone: the new stint already has a departure date."), {}};
        after.stints.remove(i);
        break;
    }
    if (!statusBefore.isEmpty())
        after.membershipStatus = statusBefore;
    if (Status st = rows.update(after); !st)
        return st;
    QSqlQuery clear(m_ctx.db);
    for (const QString &statement : {QStringLiteral("DELETE FROM rehire_followups WHERE candidacy_id = ?"),
                                     QStringLiteral("UPDATE candidacies SET start_date = NULL, hired_stint_id = NULL, status_before_hire = NULL WHERE id = ?")}) {
        clear.prepare(statement);
        clear.addBindValue(c.id);
        if (Status st = sql::exec(clear); !st)
            return st;
    }
    return auditAlumnus(m_ctx, before.value(), after);
}

} // namespace alumnidesk::pipeline
