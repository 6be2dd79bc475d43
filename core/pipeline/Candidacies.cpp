#include "pipeline/Candidacies.h"

#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "pipeline/PipelineVocabulary.h"
#include "pipeline/Stages.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.alumnus_id, c.opening_id, c.source, c.referrer_id, c.event_name, c.owner, c.stage_id, c.stage_since, c.next_action, "
    "c.next_action_due, c.notes, c.offer_salary, c.offer_grade, c.offer_title, c.offer_location, c.offer_department, c.start_date, "
    "c.hired_stint_id, c.created_at, c.closed_at");
constexpr int kColumnCount = 21;

Candidacy candidacyFrom(const QSqlQuery &q)
{
    Candidacy c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.alumnusId = q.value(i++).toLongLong();
    c.openingId = q.value(i++).toLongLong();
    c.source = sourceFromText(q.value(i++).toString()).value_or(CandidacySource::Applied);
    c.referrerId = q.value(i++).toLongLong();
    c.eventName = q.value(i++).toString();
    c.owner = q.value(i++).toString();
    c.stageId = q.value(i++).toLongLong();
    c.stageSince = timeFrom(q.value(i++));
    c.nextAction = q.value(i++).toString();
    c.nextActionDue = sql::dateFrom(q.value(i++));
    c.notes = q.value(i++).toString();
    c.offer.annualSalary = q.value(i++).toLongLong();
    c.offer.grade = q.value(i++).toString();
    c.offer.title = q.value(i++).toString();
    c.offer.location = q.value(i++).toString();
    c.offer.department = q.value(i++).toString();
    c.startDate = sql::dateFrom(q.value(i++));
    c.hiredStintId = q.value(i++).toLongLong();
    c.createdAt = timeFrom(q.value(i++));
    c.closedAt = timeFrom(q.value(i++));
    return c;
}

Error rejected(const QString &why)
{
    return {QCoreApplication::translate("Pipeline", "The candidacy was not added:"), why};
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<Candidacy> loadCandidacy(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM candidacies c WHERE c.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next())
        return Error{QCoreApplication::translate("Pipeline", "There is no candidacy %1.").arg(id), {}};
    return candidacyFrom(q);
}

Result<qint64> CandidacyRepository::add(const NewCandidacy &n)
{
    StageCatalog catalog(m_ctx);
    auto stages = catalog.stages();
    if (!stages)
        return stages.error();
    Stage first;
    for (const Stage &s : stages.value()) {
        if (n.stageId ? s.id == n.stageId : (s.kind == StageKind::Active && !s.retired)) {
            first = s;
            break;
        }
    }
    if (first.id == 0)
        return rejected(QCoreApplication::translate("Pipeline", "There is no such stage to start in."));
    if (first.kind != StageKind::Active || first.retired || first.requiresEligibility)
        return rejected(QCoreApplication::translate("Pipeline", "A new candidacy starts in an in-progress stage before the interviews (“%1” is not one).")
                            .arg(first.name()));

    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status().error();
    QSqlQuery person(m_ctx.db);
    person.prepare(QStringLiteral("SELECT employee_id, membership_status FROM alumni WHERE id = ?"));
    person.addBindValue(n.alumnusId);
    if (Status st = sql::exec(person); !st)
        return st.error();
    if (!person.next())
        return rejected(QCoreApplication::translate("Pipeline", "There is no alumnus %1.").arg(n.alumnusId));
    const QString employeeId = person.value(0).toString();
    if (person.value(1).toString() == QLatin1String("withdrawn"))
        return rejected(QCoreApplication::translate("Pipeline", "%1 has withdrawn from the alumni network.").arg(employeeId));
    if (n.referrerId == n.alumnusId)
        return rejected(QCoreApplication::translate("Pipeline", "A person cannot refer themselves."));
    if (n.openingId) {
        QSqlQuery opening(m_ctx.db);
        opening.prepare(QStringLiteral("SELECT title, status FROM openings WHERE id = ?"));
        opening.addBindValue(n.openingId);
        if (Status st = sql::exec(opening); !st)
            return st.error();
        if (!opening.next())
            return rejected(QCoreApplication::translate("Pipeline", "There is no opening %1.").arg(n.openingId));
        if (opening.value(1).toString() != QLatin1String("open"))
            return rejected(QCoreApplication::translate("Pipeline", "The opening “%1” is not open.").arg(opening.value(0).toString()));
        QSqlQuery dup(m_ctx.db);
        dup.prepare(QStringLiteral("SELECT id FROM candidacies WHERE alumnus_id = ? AND opening_id = ? AND closed_at IS NULL"));
        dup.addBindValue(n.alumnusId);
        dup.addBindValue(n.openingId);
        if (Status st = sql::exec(dup); !st)
            return st.error();
        if (dup.next())
            return rejected(QCoreApplication::translate("Pipeline", "%1 is already in the pipeline for this opening (candidacy %2).")
                                .arg(employeeId)
                                .arg(dup.value(0).toLongLong()));
    }
    const QString now = nowText();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("INSERT INTO candidacies(id, alumnus_id, opening_id, source, referrer_id, event_name, owner, stage_id, "
                             "stage_since, next_action, next_action_due, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(n.id)); // NULL: a new id
    q.addBindValue(n.alumnusId);
    q.addBindValue(idOrNull(n.openingId));
    q.addBindValue(sourceKey(n.source));
    q.addBindValue(idOrNull(n.referrerId));
    q.addBindValue(sql::textValue(text::normalizeText(n.eventName)));
    q.addBindValue(n.owner.trimmed().isEmpty() ? m_ctx.user : n.owner.trimmed());
    q.addBindValue(first.id);
    q.addBindValue(now);
    q.addBindValue(sql::textValue(n.nextAction.trimmed()));
    q.addBindValue(sql::dateValue(n.nextActionDue));
    q.addBindValue(sql::textValue(n.notes.trimmed()));
    q.addBindValue(now);
    if (Status st = sql::exec(q); !st)
        return st.error();
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery move(m_ctx.db);
    move.prepare(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user) VALUES (?, NULL, ?, ?, ?)"));
    move.addBindValue(id);
    move.addBindValue(first.id);
    move.addBindValue(now);
    move.addBindValue(m_ctx.user);
    if (Status st = sql::exec(move); !st)
        return st.error();
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("insert"), QStringLiteral("candidacy"), QString::number(id), {}, {},
                                        QStringLiteral("%1 → %2 (%3)").arg(employeeId, n.openingId ? QString::number(n.openingId) : QStringLiteral("pool"),
                                                                           sourceKey(n.source)));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<Candidacy> CandidacyRepository::load(qint64 id)
{
    return loadCandidacy(m_ctx.db, id);
}

Result<QVector<CandidacyRow>> CandidacyRepository::forAlumnus(qint64 alumnusId)
{
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("SELECT %1, a.employee_id, trim(a.family_name || ' ' || a.given_name), trim(a.family_kana || ' ' || a.given_kana), "
                             "coalesce(o.title, ''), s.name_ja, s.name_en, s.kind FROM candidacies c JOIN alumni a ON a.id = c.alumnus_id "
                             "JOIN pipeline_stages s ON s.id = c.stage_id LEFT JOIN openings o ON o.id = c.opening_id "
                             "WHERE c.alumnus_id = ? ORDER BY c.closed_at IS NOT NULL, c.id DESC")
                  .arg(kColumns));
    q.addBindValue(alumnusId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<CandidacyRow> out;
    const bool ja = userLanguageIsJapanese();
    while (q.next()) {
        CandidacyRow r;
        r.candidacy = candidacyFrom(q);
        r.employeeId = q.value(kColumnCount).toString();
        r.name = q.value(kColumnCount + 1).toString();
        r.kana = q.value(kColumnCount + 2).toString();
        r.openingTitle = q.value(kColumnCount + 3).toString();
        r.stageName = q.value(kColumnCount + (ja ? 4 : 5)).toString();
        r.stageKind = kindFromKey(q.value(kColumnCount + 6).toString()).value_or(StageKind::Active);
        out.append(r);
    }
    return out;
}

Result<QStringList> CandidacyRepository::owners()
{
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("SELECT DISTINCT owner FROM candidacies WHERE owner <> '' ORDER BY owner"));
    if (Status st = sql::exec(q); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QHash<qint64, qint64>> CandidacyRepository::openByAlumnusForOpening(qint64 openingId)
{
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("SELECT alumnus_id, id FROM candidacies WHERE opening_id = ? AND closed_at IS NULL"));
    q.addBindValue(openingId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Status CandidacyRepository::saveDetails(const Candidacy &c)
{
    auto before = load(c.id);
    if (!before)
        return before.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("UPDATE candidacies SET owner = ?, next_action = ?, next_action_due = ?, notes = ?, event_name = ?, "
                             "referrer_id = ? WHERE id = ?"));
    q.addBindValue(sql::textValue(c.owner.trimmed()));
    q.addBindValue(sql::textValue(c.nextAction.trimmed()));
    q.addBindValue(sql::dateValue(c.nextActionDue));
    q.addBindValue(sql::textValue(c.notes.trimmed()));
    q.addBindValue(sql::textValue(text::normalizeText(c.eventName)));
    q.addBindValue(idOrNull(c.referrerId));
    q.addBindValue(c.id);
    if (Status st = sql::exec(q); !st)
        return st;
    const QString key = QString::number(c.id);
    const QVector<std::tuple<QString, QString, QString>> fields{
        {QStringLiteral("owner"), before->owner, c.owner.trimmed()},
        {QStringLiteral("next_action"), before->nextAction, c.nextAction.trimmed()},
        {QStringLiteral("next_action_due"), before->nextActionDue.toString(Qt::ISODate), c.nextActionDue.toString(Qt::ISODate)},
        {QStringLiteral("notes"), before->notes, c.notes.trimmed()},
    };
    for (const auto &[field, was, now] : fields) {
        if (was == now)
            continue;
        if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("candidacy"), key, field, was, now); !st)
            return st;
    }
    return tx.commit();
}

Status CandidacyRepository::saveOffer(qint64 candidacyId, const Terms &offer)
{
    auto before = load(candidacyId);
    if (!before)
        return before.error();
    if (offer.annualSalary < 0)
        return Error{QCoreApplication::translate("Pipeline", "The offer was not saved:"),
                     QCoreApplication::translate("Pipeline", "A salary cannot be negative.")};
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("UPDATE candidacies SET offer_salary = ?, offer_grade = ?, offer_title = ?, offer_location = ?, "
                             "offer_department = ? WHERE id = ?"));
    q.addBindValue(offer.annualSalary);
    q.addBindValue(sql::textValue(text::normalizeText(offer.grade)));
    q.addBindValue(sql::textValue(text::normalizeText(offer.title)));
    q.addBindValue(sql::textValue(text::normalizeText(offer.location)));
    q.addBindValue(sql::textValue(text::normalizeText(offer.department)));
    q.addBindValue(candidacyId);
    if (Status st = sql::exec(q); !st)
        return st;
    const auto describe = [](const Terms &t) {
        return QStringLiteral("%1 | %2 | %3 | %4 | %5").arg(QString::number(t.annualSalary), t.grade, t.title, t.location, t.department);
    };
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("candidacy"), QString::number(candidacyId),
                                        QStringLiteral("offer"), describe(before->offer), describe(offer));
        !st)
        return st;
    return tx.commit();
}

Status CandidacyRepository::removeUnused(qint64 id)
{
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery q(m_ctx.db);
    // Moves that still stand: not the first (from no stage), not a reversal, not reversed since.
    q.prepare(QStringLiteral("SELECT c.closed_at IS NULL, (SELECT count(*) FROM candidacy_moves m WHERE m.candidacy_id = c.id "
                             "AND m.from_stage_id IS NOT NULL AND m.reverses_move_id IS NULL AND NOT EXISTS "
                             "(SELECT 1 FROM candidacy_moves r WHERE r.reverses_move_id = m.id)), "
                             "(SELECT count(*) FROM rehire_followups f WHERE f.candidacy_id = c.id), coalesce(a.employee_id, ''), "
                             "coalesce(c.opening_id, 0) FROM candidacies c LEFT JOIN alumni a ON a.id = c.alumnus_id WHERE c.id = ?"));
    q.addBindValue(id);
    if (Status st = sql::exec(q); !st)
        return st;
    if (!q.next())
        return Error{QCoreApplication::translate("Pipeline", "There is no candidacy %1.").arg(id), {}};
    const bool open = q.value(0).toBool();
    const int moves = q.value(1).toInt();
    const int followUps = q.value(2).toInt();
    const QString employeeId = q.value(3).toString();
    const qint64 openingId = q.value(4).toLongLong();
    q.finish();
    if (!open || moves > 0 || followUps > 0) {
        return Error{QCoreApplication::translate("Pipeline", "Candidacy %1 has history since it was added (moves or follow-ups); "
                                                             "it is kept. Close it with a reason instead.")
                         .arg(id),
                     {}};
    }
    for (const QString &statement : {QStringLiteral("DELETE FROM candidacy_moves WHERE candidacy_id = ?"),
                                     QStringLiteral("DELETE FROM candidacies WHERE id = ?")}) {
        QSqlQuery del(m_ctx.db);
        if (Status st = sql::prepare(del, statement); !st)
            return st;
        del.addBindValue(id);
        if (Status st = sql::exec(del); !st)
            return st;
    }
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("delete"), QStringLiteral("candidacy"), QString::number(id), {},
                                        QStringLiteral("%1 → %2").arg(employeeId, openingId ? QString::number(openingId) : QStringLiteral("pool")),
                                        QCoreApplication::translate("Pipeline", "adding it was undone"));
        !st)
        return st;
    return tx.commit();
}

} // namespace alumnidesk::pipeline
