#include "pipeline/FollowUps.h"

#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT f.id, f.candidacy_id, f.months, f.due_on, f.done_on, f.note, f.done_by, c.alumnus_id, a.employee_id, "
    "trim(a.family_name || ' ' || a.given_name), coalesce(o.title, '') FROM rehire_followups f "
    "JOIN candidacies c ON c.id = f.candidacy_id JOIN alumni a ON a.id = c.alumnus_id LEFT JOIN openings o ON o.id = c.opening_id ");

FollowUp followUpFrom(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.candidacyId = q.value(1).toLongLong();
    f.months = q.value(2).toInt();
    f.dueOn = sql::dateFrom(q.value(3));
    f.doneOn = sql::dateFrom(q.value(4));
    f.note = q.value(5).toString();
    f.doneBy = q.value(6).toString();
    f.alumnusId = q.value(7).toLongLong();
    f.employeeId = q.value(8).toString();
    f.name = q.value(9).toString();
    f.openingTitle = q.value(10).toString();
    return f;
}

} // namespace

Result<QVector<FollowUp>> FollowUpLog::forCandidacy(qint64 candidacyId)
{
    QSqlQuery q(m_ctx.db);
    q.prepare(kSelect + QStringLiteral("WHERE f.candidacy_id = ? ORDER BY f.due_on, f.id"));
    q.addBindValue(candidacyId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<FollowUp> out;
    while (q.next())
        out.append(followUpFrom(q));
    return out;
}

Result<QVector<FollowUp>> FollowUpLog::due(const QDate &until)
{
    QSqlQuery q(m_ctx.db);
    q.prepare(kSelect + QStringLiteral("WHERE f.done_on IS NULL AND f.due_on <= ? ORDER BY f.due_on, f.id"));
    q.addBindValue(sql::dateValue(until));
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<FollowUp> out;
    while (q.next())
        out.append(followUpFrom(q));
    return out;
}

Status FollowUpLog::record(qint64 followUpId, const QDate &doneOn, const QString &note)
{
    const QString refused = QCoreApplication::translate("Pipeline", "The follow-up was not recorded:");
    if (!doneOn.isValid() || doneOn > QDate::currentDate())
        return Error{refused, QCoreApplication::translate("Pipeline", "The date of a follow-up cannot be in the future.")};
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("UPDATE rehire_followups SET done_on = ?, note = ?, done_by = ? WHERE id = ?"));
    q.addBindValue(sql::dateValue(doneOn));
    q.addBindValue(sql::textValue(note.trimmed()));
    q.addBindValue(m_ctx.user);
    q.addBindValue(followUpId);
    if (Status st = sql::exec(q); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Error{refused, QCoreApplication::translate("Pipeline", "There is no follow-up %1.").arg(followUpId)};
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("rehire_followup"), QString::number(followUpId),
                                        QStringLiteral("done_on"), {}, doneOn.toString(Qt::ISODate));
        !st)
        return st;
    return tx.commit();
}

} // namespace alumnidesk::pipeline
