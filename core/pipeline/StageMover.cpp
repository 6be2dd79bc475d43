#include "pipeline/StageMover.h"

#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "pipeline/Candidacies.h"
#include "pipeline/PipelineVocabulary.h"
#include "pipeline/Stages.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

const Stage *stageById(const QVector<Stage> &stages, qint64 id)
{
    for (const Stage &s : stages) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

MoveCheck problem(MoveCheck c, MoveCheck::Problem p, const QString &message)
{
    c.problem = p;
    c.message = message;
    return c;
}

} // namespace

MoveCheck StageMover::check(const MoveRequest &request)
{
    auto c = loadCandidacy(m_ctx.db, request.candidacyId);
    if (!c)
        return problem({}, MoveCheck::NotFound, c.error().message);
    StageCatalog catalog(m_ctx);
    auto stages = catalog.stages();
    if (!stages)
        return problem({}, MoveCheck::NotFound, stages.errorText());
    return checkWith(c.value(), stages.value(), request);
}

MoveCheck StageMover::checkWith(const Candidacy &c, const QVector<Stage> &stages, const MoveRequest &request)
{
    MoveCheck out;
    const Stage *from = stageById(stages, c.stageId);
    const Stage *to = stageById(stages, request.toStageId);
    if (!from || !to)
        return problem(out, MoveCheck::NotFound, QCoreApplication::translate("Pipeline", "There is no such pipeline stage."));
    out.from = *from;
    out.to = *to;
    RehireFacts facts;
    if (loadRehireFacts(m_ctx.db, c.alumnusId, &facts))
        out.verdict = m_ctx.verdicts->verdict(facts);
    const bool hasReason = !request.reason.trimmed().isEmpty();
    if (from->id == to->id)
        return problem(out, MoveCheck::SameStage, QCoreApplication::translate("Pipeline", "The candidacy is already in the stage “%1”.").arg(to->name()));
    if (to->retired)
        return problem(out, MoveCheck::RetiredStage, QCoreApplication::translate("Pipeline", "The stage “%1” is no longer in use.").arg(to->name()));
    if (from->kind == StageKind::Hired)
        return problem(out, MoveCheck::HiredIsFinal,
                       QCoreApplication::translate("Pipeline", "This candidacy ended in a rehire and cannot move on; undo the rehire if it was recorded by mistake."));
    if (to->requiresEligibility && out.verdict.kind == RehireVerdict::NotEligible && !hasReason)
        return problem(out, MoveCheck::OverrideRequired,
                       QCoreApplication::translate("Pipeline", "The rehire verdict is Not eligible (%1). Moving to “%2” needs a reason for overriding it.")
                           .arg(out.verdict.reason, to->name()));
    if (to->closing && !hasReason)
        return problem(out, MoveCheck::ReasonRequired, QCoreApplication::translate("Pipeline", "Closing a candidacy as “%1” needs a reason.").arg(to->name()));
    if (to->kind == StageKind::Hired) {
        RehireRecorder rehire(m_ctx);
        const QString why = rehire.obstacle(c, request.startDate.isValid() ? request.startDate : QDate::currentDate());
        if (!why.isEmpty())
            return problem(out, MoveCheck::CannotRehire, why);
    }
    if (!c.isOpen() && !to->closing && c.openingId) {
        QSqlQuery dup(m_ctx.db);
        dup.prepare(QStringLiteral("SELECT id FROM candidacies WHERE alumnus_id = ? AND opening_id = ? AND closed_at IS NULL AND id <> ?"));
        dup.addBindValue(c.alumnusId);
        dup.addBindValue(c.openingId);
        dup.addBindValue(c.id);
        if (dup.exec() && dup.next())
            return problem(out, MoveCheck::AlreadyOpen,
                           QCoreApplication::translate("Pipeline", "This person already has an open candidacy (%1) for the same opening.").arg(dup.value(0).toLongLong()));
    }
    return out;
}

Result<MoveOutcome> StageMover::move(const MoveRequest &request)
{
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status().error();
    auto c = loadCandidacy(m_ctx.db, request.candidacyId);
    if (!c)
        return c.error();
    StageCatalog catalog(m_ctx);
    auto stages = catalog.stages();
    if (!stages)
        return stages.error();
    const MoveCheck verdict = checkWith(c.value(), stages.value(), request);
    if (!verdict.ok())
        return Error{QCoreApplication::translate("Pipeline", "The candidacy was not moved:"), verdict.message};

    MoveOutcome out;
    out.overrideEligibility = verdict.to.requiresEligibility && verdict.verdict.kind == RehireVerdict::NotEligible;
    const QString now = nowText();
    if (verdict.to.kind == StageKind::Hired) {
        RehireRecorder rehire(m_ctx);
        auto hired = rehire.hire(c.value(), request.startDate.isValid() ? request.startDate : QDate::currentDate());
        if (!hired)
            return Error{QCoreApplication::translate("Pipeline", "The candidacy was not moved:"), hired.errorText()};
        out.hire = hired.value();
    }
    QSqlQuery update(m_ctx.db);
    update.prepare(QStringLiteral("UPDATE candidacies SET stage_id = ?, stage_since = ?, closed_at = ? WHERE id = ?"));
    update.addBindValue(verdict.to.id);
    update.addBindValue(now);
    update.addBindValue(verdict.to.closing ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(c->id);
    if (Status st = sql::exec(update); !st)
        return st.error();
    QSqlQuery insert(m_ctx.db);
    insert.prepare(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user, reason, "
                                  "override_eligibility) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(c->id);
    insert.addBindValue(verdict.from.id);
    insert.addBindValue(verdict.to.id);
    insert.addBindValue(now);
    insert.addBindValue(m_ctx.user);
    insert.addBindValue(sql::textValue(request.reason.trimmed()));
    insert.addBindValue(int(out.overrideEligibility));
    if (Status st = sql::exec(insert); !st)
        return st.error();
    out.moveId = insert.lastInsertId().toLongLong();
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("candidacy"), QString::number(c->id),
                                        QStringLiteral("stage"), verdict.from.key, verdict.to.key);
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return out;
}

Result<qint64> StageMover::undo(qint64 moveId)
{
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status().error();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("SELECT candidacy_id, from_stage_id, to_stage_id, reverses_move_id, "
                             "(SELECT max(id) FROM candidacy_moves l WHERE l.candidacy_id = m.candidacy_id) FROM candidacy_moves m WHERE id = ?"));
    q.addBindValue(moveId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next())
        return Error{QCoreApplication::translate("Pipeline", "There is no move %1.").arg(moveId), {}};
    const qint64 candidacyId = q.value(0).toLongLong();
    const qint64 fromId = q.value(1).toLongLong();
    const qint64 toId = q.value(2).toLongLong();
    const bool isReversal = !q.value(3).isNull();
    const qint64 latest = q.value(4).toLongLong();
    const Error refused{QCoreApplication::translate("Pipeline", "The move was not undone:"), {}};
    if (fromId == 0)
        return Error{refused.message, QCoreApplication::translate("Pipeline", "Adding a candidacy is not a move; close it with a reason instead.")};
    if (isReversal)
        return Error{refused.message, QCoreApplication::translate("Pipeline", "This move already undid another; move the candidacy again instead.")};
    if (latest != moveId)
        return Error{refused.message, QCoreApplication::translate("Pipeline", "Only the latest move of a candidacy can be undone.")};
    auto c = loadCandidacy(m_ctx.db, candidacyId);
    if (!c)
        return c.error();
    StageCatalog catalog(m_ctx);
    auto stages = catalog.stages();
    if (!stages)
        return stages.error();
    const Stage *from = stageById(stages.value(), fromId);
    const Stage *to = stageById(stages.value(), toId);
    if (!from || !to || c->stageId != toId)
        return Error{refused.message, QCoreApplication::translate("Pipeline", "The candidacy is no longer where that move put it.")};

    // The candidacy entered the stage it goes back to with the move before this one.
    QSqlQuery before(m_ctx.db);
    before.prepare(QStringLiteral("SELECT at FROM candidacy_moves WHERE candidacy_id = ? AND id < ? ORDER BY id DESC LIMIT 1"));
    before.addBindValue(candidacyId);
    before.addBindValue(moveId);
    if (Status st = sql::exec(before); !st)
        return st.error();
    const QString enteredAt = before.next() ? before.value(0).toString() : nowText();

    if (!from->closing && !c->isOpen() && c->openingId) {
        QSqlQuery dup(m_ctx.db);
        dup.prepare(QStringLiteral("SELECT id FROM candidacies WHERE alumnus_id = ? AND opening_id = ? AND closed_at IS NULL AND id <> ?"));
        dup.addBindValue(c->alumnusId);
        dup.addBindValue(c->openingId);
        dup.addBindValue(c->id);
        if (Status st = sql::exec(dup); !st)
            return st.error();
        if (dup.next())
            return Error{refused.message, QCoreApplication::translate("Pipeline", "This person already has an open candidacy (%1) for the same opening.").arg(dup.value(0).toLongLong())};
    }
    if (to->kind == StageKind::Hired) {
        RehireRecorder rehire(m_ctx);
        if (Status st = rehire.unhire(c.value()); !st)
            return Error{refused.message, st.errorText()};
    }
    QSqlQuery update(m_ctx.db);
    update.prepare(QStringLiteral("UPDATE candidacies SET stage_id = ?, stage_since = ?, closed_at = ? WHERE id = ?"));
    update.addBindValue(from->id);
    update.addBindValue(enteredAt);
    update.addBindValue(from->closing ? QVariant(enteredAt) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(candidacyId);
    if (Status st = sql::exec(update); !st)
        return st.error();
    QSqlQuery insert(m_ctx.db);
    insert.prepare(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user, reason, reverses_move_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(candidacyId);
    insert.addBindValue(to->id);
    insert.addBindValue(from->id);
    insert.addBindValue(nowText());
    insert.addBindValue(m_ctx.user);
    insert.addBindValue(QCoreApplication::translate("Pipeline", "Undo"));
    insert.addBindValue(moveId);
    if (Status st = sql::exec(insert); !st)
        return st.error();
    const qint64 reversalId = insert.lastInsertId().toLongLong();
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("undo"), QStringLiteral("candidacy"), QString::number(candidacyId),
                                        QStringLiteral("stage"), to->key, from->key);
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return reversalId;
}

Result<QVector<Move>> StageMover::history(qint64 candidacyId)
{
    StageCatalog catalog(m_ctx);
    auto stages = catalog.stages();
    if (!stages)
        return stages.error();
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("SELECT id, from_stage_id, to_stage_id, at, user, reason, override_eligibility, reverses_move_id "
                             "FROM candidacy_moves WHERE candidacy_id = ? ORDER BY id"));
    q.addBindValue(candidacyId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<Move> out;
    while (q.next()) {
        Move m;
        m.id = q.value(0).toLongLong();
        m.candidacyId = candidacyId;
        m.fromStageId = q.value(1).toLongLong();
        m.toStageId = q.value(2).toLongLong();
        m.at = timeFrom(q.value(3));
        m.user = q.value(4).toString();
        m.reason = q.value(5).toString();
        m.overrideEligibility = q.value(6).toBool();
        m.reversesMoveId = q.value(7).toLongLong();
        if (const Stage *s = stageById(stages.value(), m.fromStageId))
            m.fromStageName = s->name();
        if (const Stage *s = stageById(stages.value(), m.toStageId))
            m.toStageName = s->name();
        out.append(m);
    }
    for (const Move &m : out) {
        if (!m.reversesMoveId)
            continue;
        for (Move &undone : out) {
            if (undone.id == m.reversesMoveId)
                undone.reversedByMoveId = m.id;
        }
    }
    return out;
}

} // namespace alumnidesk::pipeline
