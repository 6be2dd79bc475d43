#include "pipeline/BoardQuery.h"

#include "db/SqlUtil.h"
#include "pipeline/PipelineVocabulary.h"
#include "pipeline/Stages.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

namespace {

/// The WHERE conditions of the filter (without the stage) and their values, in order.
struct Conditions {
    QStringList sql;
    QVariantList values;
};

Conditions conditionsFor(const BoardFilter &f, const QDate &today)
{
    Conditions c;
    if (f.openingId == 0) {
        c.sql.append(QStringLiteral("c.opening_id IS NULL"));
    } else if (f.openingId > 0) {
        c.sql.append(QStringLiteral("c.opening_id = ?"));
        c.values.append(f.openingId);
    }
    if (!f.owner.isEmpty()) {
        c.sql.append(QStringLiteral("c.owner = ?"));
        c.values.append(f.owner);
    }
    if (f.source >= 0) {
        c.sql.append(QStringLiteral("c.source = ?"));
        c.values.append(sourceKey(CandidacySource(f.source)));
    }
    if (f.overdueOnly) {
        c.sql.append(QStringLiteral("c.closed_at IS NULL AND c.next_action_due < ?"));
        c.values.append(today.toString(Qt::ISODate));
    }
    return c;
}

} // namespace

Result<Board> BoardQuery::board(const BoardFilter &filter)
{
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    StageCatalog catalog(m_ctx);
    auto stages = catalog.stages();
    if (!stages)
        return stages.error();
    const Conditions cond = conditionsFor(filter, today);
    const QString where = cond.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + cond.sql.join(QStringLiteral(" AND "));

    QSqlQuery counts(m_ctx.db);
    counts.prepare(QStringLiteral("SELECT c.stage_id, count(*) FROM candidacies c WHERE 1%1 GROUP BY c.stage_id").arg(where));
    for (const QVariant &v : cond.values)
        counts.addBindValue(v);
    if (Status st = sql::exec(counts); !st)
        return st.error();
    QHash<qint64, int> totals;
    while (counts.next())
        totals.insert(counts.value(0).toLongLong(), counts.value(1).toInt());

    QSqlQuery cards(m_ctx.db);
    cards.setForwardOnly(true);
    if (Status st = sql::prepare(cards, QStringLiteral(
                                            "SELECT c.id, c.alumnus_id, a.employee_id, trim(a.family_name || ' ' || a.given_name), "
                                            "trim(a.family_kana || ' ' || a.given_kana), a.last_position, a.last_department, c.opening_id, "
                                            "coalesce(o.title, ''), c.owner, c.source, c.stage_since, c.next_action, c.next_action_due, "
                                            "c.closed_at FROM candidacies c JOIN alumni a ON a.id = c.alumnus_id "
                                            "LEFT JOIN openings o ON o.id = c.opening_id WHERE c.stage_id = ?%1 "
                                            "ORDER BY c.stage_since, c.id LIMIT ?")
                                            .arg(where));
        !st)
        return st.error();
    Board out;
    for (const Stage &stage : stages.value()) {
        if (filter.stageId && stage.id != filter.stageId)
            continue;
        const int total = totals.value(stage.id);
        if (stage.retired && !filter.includeRetiredStages && total == 0)
            continue;
        BoardColumn column;
        column.stage = stage;
        column.total = total;
        if (total > 0 && filter.cardsPerColumn > 0) {
            cards.addBindValue(stage.id);
            for (const QVariant &v : cond.values)
                cards.addBindValue(v);
            cards.addBindValue(filter.cardsPerColumn);
            if (Status st = sql::exec(cards); !st)
                return st.error();
            while (cards.next()) {
                BoardCard card;
                card.candidacyId = cards.value(0).toLongLong();
                card.alumnusId = cards.value(1).toLongLong();
                card.employeeId = cards.value(2).toString();
                card.name = cards.value(3).toString();
                card.kana = cards.value(4).toString();
                card.lastPosition = cards.value(5).toString();
                card.lastDepartment = cards.value(6).toString();
                card.openingId = cards.value(7).toLongLong();
                card.openingTitle = cards.value(8).toString();
                card.owner = cards.value(9).toString();
                card.source = sourceFromText(cards.value(10).toString()).value_or(CandidacySource::Applied);
                const QDateTime since = timeFrom(cards.value(11));
                card.daysInStage = since.isValid() ? int(since.toLocalTime().date().daysTo(today)) : 0;
                card.nextAction = cards.value(12).toString();
                card.nextActionDue = sql::dateFrom(cards.value(13));
                card.overdue = cards.value(14).isNull() && card.nextActionDue.isValid() && card.nextActionDue < today;
                column.cards.append(card);
            }
            cards.finish();
        }
        out.columns.append(column);
    }
    return out;
}

} // namespace alumnidesk::pipeline
