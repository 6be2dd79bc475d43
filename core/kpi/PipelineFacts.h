// The facts of the pipeline KPIs. Facts are candidacies (or their moves and stays), counted as rows
// (FactQuery::countRows: one person can be in several candidacies); drill-downs give the people. Declined,
// rejected and withdrawn candidacies are facts like any other: the pipeline's history never vanishes.
// A move that was undone, and the move that undid it, are not facts: the candidacy never really went there.
// Filters: the department and departure type of the person's latest stint (the roster's filter), so that
// talent-pool candidacies without an opening are filtered too. Dates of moves are their UTC dates.
#pragma once

#include "kpi/KpiFacts.h"

namespace alumnidesk::kpi::pipeline_facts {

struct StageInfo {
    qint64 id = 0;
    QString key;
    QString name; ///< in the user's language
    int position = 0;
    bool closing = false;
    bool funnel = false; ///< an active stage or the hired one, not retired: a step of the funnel
};

/// Every stage in board order.
Result<QVector<StageInfo>> stages(const KpiContext &ctx);
/// The funnel's steps in order.
QVector<StageInfo> funnel(const QVector<StageInfo> &stages);

/// Candidacies in the pipeline at some time during the period (created by its end, not closed before it
/// starts); `at` = creation date, category = current stage key, num = still open.
FactQuery inPipeline(const KpiContext &ctx, const Period &p);

/// Candidacies created in the period; `at` = creation date, category = source key.
FactQuery created(const KpiContext &ctx, const Period &p);

/// One row per candidacy and funnel stage it was moved into (or added at) during the period; `at` = the date
/// it first got there in the period, category = the stage key, num = 1 when it went on to a later funnel
/// stage afterwards, by the end of the period (with `goalKey`: went on to that stage). `stageKey` non-empty
/// keeps only that stage.
FactQuery reached(const KpiContext &ctx, const Period &p, const QString &stageKey = {}, const QString &goalKey = {});

/// One row per stay in an active stage that ended (a move out) during the period; `at` = the date it ended,
/// category = the stage key, measure = days from the date it was entered to the date it ended.
FactQuery stays(const KpiContext &ctx, const Period &p, const QString &stageKey = {});

} // namespace alumnidesk::kpi::pipeline_facts
