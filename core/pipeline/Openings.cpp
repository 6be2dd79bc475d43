#include "pipeline/Openings.h"

#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "pipeline/PipelineVocabulary.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

const QString kColumns = QStringLiteral("o.id, o.title, o.department, o.grade, o.location, o.required_skills, o.alumni_only, "
                                        "o.hiring_manager, o.status, o.opened_on, o.closed_on");

Opening openingFrom(const QSqlQuery &q)
{
    Opening o;
    o.id = q.value(0).toLongLong();
    o.title = q.value(1).toString();
    o.department = q.value(2).toString();
    o.grade = q.value(3).toString();
    o.location = q.value(4).toString();
    const QString skills = q.value(5).toString();
    o.requiredSkills = skills.isEmpty() ? QStringList() : skills.split(QStringLiteral(", "));
    o.alumniOnly = q.value(6).toBool();
    o.hiringManager = q.value(7).toString();
    o.status = openingStatusFromKey(q.value(8).toString()).value_or(OpeningStatus::Open);
    o.openedOn = sql::dateFrom(q.value(9));
    o.closedOn = sql::dateFrom(q.value(10));
    return o;
}

Opening normalized(Opening o)
{
    o.title = text::normalizeText(o.title);
    o.department = text::normalizeText(o.department);
    o.grade = text::normalizeText(o.grade);
    o.location = text::normalizeText(o.location);
    o.hiringManager = text::normalizeText(o.hiringManager);
    o.requiredSkills = OpeningRepository::parseSkills(o.requiredSkills.join(QStringLiteral(", ")));
    if (!o.openedOn.isValid())
        o.openedOn = QDate::currentDate();
    if ((o.status == OpeningStatus::Filled || o.status == OpeningStatus::Closed) && !o.closedOn.isValid())
        o.closedOn = QDate::currentDate();
    if (o.status == OpeningStatus::Open || o.status == OpeningStatus::OnHold)
        o.closedOn = QDate();
    return o;
}

void bindOpening(QSqlQuery &q, const Opening &o)
{
    q.addBindValue(o.title);
    q.addBindValue(sql::textValue(o.department));
    q.addBindValue(sql::textValue(o.grade));
    q.addBindValue(sql::textValue(o.location));
    q.addBindValue(sql::textValue(o.requiredSkills.join(QStringLiteral(", "))));
    q.addBindValue(int(o.alumniOnly));
    q.addBindValue(sql::textValue(o.hiringManager));
    q.addBindValue(openingStatusKey(o.status));
    q.addBindValue(sql::dateValue(o.openedOn));
    q.addBindValue(sql::dateValue(o.closedOn));
}

QString describe(const Opening &o)
{
    return QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8")
        .arg(o.title, o.department, o.grade, o.location, o.requiredSkills.join(QStringLiteral(", ")),
             o.alumniOnly ? QStringLiteral("alumni-only") : QString(), o.hiringManager, openingStatusKey(o.status));
}

} // namespace

QStringList OpeningRepository::parseSkills(const QString &textIn)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,、，;；/\\n]"));
    for (const QString &part : textIn.split(separators)) {
        const QString n = text::normalizeText(part);
        if (!n.isEmpty() && !out.contains(n, Qt::CaseInsensitive))
            out.append(n);
    }
    return out;
}

Status OpeningRepository::validate(const Opening &o)
{
    if (o.title.isEmpty())
        return Error{QCoreApplication::translate("Pipeline", "The opening was not saved:"),
                     QCoreApplication::translate("Pipeline", "An opening needs a title.")};
    return {};
}

Result<QVector<OpeningSummary>> OpeningRepository::list()
{
    QSqlQuery q(m_ctx.db);
    if (!q.exec(QStringLiteral("SELECT %1, "
                               "(SELECT count(*) FROM candidacies c WHERE c.opening_id = o.id AND c.closed_at IS NULL), "
                               "(SELECT count(*) FROM candidacies c WHERE c.opening_id = o.id AND c.closed_at IS NOT NULL) "
                               "FROM openings o ORDER BY CASE o.status WHEN 'open' THEN 0 WHEN 'on_hold' THEN 1 ELSE 2 END, o.id")
                    .arg(kColumns)))
        return sql::queryError(q, QCoreApplication::translate("Pipeline", "The openings could not be read."));
    QVector<OpeningSummary> out;
    while (q.next()) {
        OpeningSummary s;
        s.opening = openingFrom(q);
        s.openCandidacies = q.value(11).toInt();
        s.closedCandidacies = q.value(12).toInt();
        out.append(s);
    }
    return out;
}

Result<Opening> OpeningRepository::load(qint64 id)
{
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("SELECT %1 FROM openings o WHERE o.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next())
        return Error{QCoreApplication::translate("Pipeline", "There is no opening %1.").arg(id), {}};
    return openingFrom(q);
}

Result<qint64> OpeningRepository::add(const Opening &in)
{
    const Opening o = normalized(in);
    if (Status st = validate(o); !st)
        return st.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status().error();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("INSERT INTO openings(id, title, department, grade, location, required_skills, alumni_only, hiring_manager, "
                             "status, opened_on, closed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(o.id > 0 ? QVariant(o.id) : QVariant()); // NULL: a new id; else the row an undo took back
    bindOpening(q, o);
    const QString now = nowText();
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status st = sql::exec(q); !st)
        return st.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("insert"), QStringLiteral("opening"), QString::number(id), {}, {},
                                        describe(o));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}

Status OpeningRepository::save(const Opening &in)
{
    const Opening o = normalized(in);
    if (Status st = validate(o); !st)
        return st;
    auto before = load(o.id);
    if (!before)
        return before.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("UPDATE openings SET title = ?, department = ?, grade = ?, location = ?, required_skills = ?, "
                             "alumni_only = ?, hiring_manager = ?, status = ?, opened_on = ?, closed_on = ?, updated_at = ? WHERE id = ?"));
    bindOpening(q, o);
    q.addBindValue(nowText());
    q.addBindValue(o.id);
    if (Status st = sql::exec(q); !st)
        return st;
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("opening"), QString::number(o.id), {},
                                        describe(before.value()), describe(o));
        !st)
        return st;
    return tx.commit();
}

Status OpeningRepository::removeUnused(qint64 id)
{
    auto before = load(id);
    if (!before)
        return before.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery used(m_ctx.db);
    used.prepare(QStringLiteral("SELECT count(*) FROM candidacies WHERE opening_id = ?"));
    used.addBindValue(id);
    if (Status st = sql::exec(used); !st)
        return st;
    const int candidacies = used.next() ? used.value(0).toInt() : 0;
    used.finish();
    if (candidacies > 0) {
        return Error{QCoreApplication::translate("Pipeline", "The opening “%1” already has candidacies; it is kept. "
                                                             "Close it instead.")
                         .arg(before->title),
                     {}};
    }
    QSqlQuery del(m_ctx.db);
    del.prepare(QStringLiteral("DELETE FROM openings WHERE id = ?"));
    del.addBindValue(id);
    if (Status st = sql::exec(del); !st)
        return st;
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("delete"), QStringLiteral("opening"), QString::number(id), {},
                                        describe(before.value()), QCoreApplication::translate("Pipeline", "adding it was undone"));
        !st)
        return st;
    return tx.commit();
}

} // namespace alumnidesk::pipeline
