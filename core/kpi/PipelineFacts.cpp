#include "kpi/PipelineFacts.h"

#include "db/SqlUtil.h"
#include "pipeline/PipelineVocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::kpi::pipeline_facts {

namespace {

// Moves that count: neither undone nor undoing another.
const QString kEffective = QStringLiteral(
    "%1.reverses_move_id IS NULL AND %1.id NOT IN (SELECT reverses_move_id FROM candidacy_moves WHERE reverses_move_id IS NOT NULL)");

QString effective(const QString &alias)
{
    return kEffective.arg(alias);
}

const QString kFunnelStage = QStringLiteral("(%1.kind IN ('active', 'hired') AND %1.retired = 0)");

QString personFilter(const KpiContext &ctx, QVariantList &binds)
{
    return facts::filterSql(ctx, QStringLiteral("a.last_department"), QStringLiteral("a.last_departure_type"), binds);
}

QString stageCondition(const QString &alias, const QString &stageKey, QVariantList &binds)
{
    if (stageKey.isEmpty())
        return QStringLiteral("1");
    binds << stageKey;
    return alias + QStringLiteral(".key = ?");
}

} // namespace

Result<QVector<StageInfo>> stages(const KpiContext &ctx)
{
    QSqlDatabase db = ctx.db;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT id, key, name_ja, name_en, position, kind, closing, retired "
                                                   "FROM pipeline_stages ORDER BY position, id"));
        !st)
        return st.error();
    if (!q.exec())
        return sql::queryError(q, QCoreApplication::translate("Kpi", "A KPI could not be computed."));
    const bool japanese = pipeline::userLanguageIsJapanese();
    QVector<StageInfo> out;
    while (q.next()) {
        StageInfo s;
        s.id = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        const QString ja = q.value(2).toString();
        const QString en = q.value(3).toString();
        s.name = japanese ? (ja.isEmpty() ? en : ja) : (en.isEmpty() ? ja : en);
        s.position = q.value(4).toInt();
        const QString kind = q.value(5).toString();
        s.closing = q.value(6).toBool();
        s.funnel = (kind == QLatin1String("active") || kind == QLatin1String("hired")) && !q.value(7).toBool();
        out.append(s);
    }
    return out;
}

QVector<StageInfo> funnel(const QVector<StageInfo> &stages)
{
    QVector<StageInfo> out;
    for (const StageInfo &s : stages) {
        if (s.funnel)
            out.append(s);
    }
    return out;
}

FactQuery inPipeline(const KpiContext &ctx, const Period &p)
{
    FactQuery f;
    f.binds << p.toText() << p.fromText();
    f.sql = QStringLiteral("SELECT c.alumnus_id, substr(c.created_at, 1, 10), st.key, c.closed_at IS NULL, NULL "
                           "FROM candidacies c JOIN pipeline_stages st ON st.id = c.stage_id JOIN alumni a ON a.id = c.alumnus_id "
                           "WHERE substr(c.created_at, 1, 10) <= ? AND (c.closed_at IS NULL OR substr(c.closed_at, 1, 10) >= ?) AND ")
        + personFilter(ctx, f.binds);
    f.countRows = true;
    return f;
}

FactQuery created(const KpiContext &ctx, const Period &p)
{
    FactQuery f;
    f.binds << p.fromText() << p.toText();
    f.sql = QStringLiteral("SELECT c.alumnus_id, substr(c.created_at, 1, 10), c.source, 0, NULL "
                           "FROM candidacies c JOIN alumni a ON a.id = c.alumnus_id "
                           "WHERE substr(c.created_at, 1, 10) BETWEEN ? AND ? AND ")
        + personFilter(ctx, f.binds);
    f.countRows = true;
    return f;
}

FactQuery reached(const KpiContext &ctx, const Period &p, const QString &stageKey, const QString &goalKey)
{
    FactQuery f;
    QString further = QStringLiteral("ns.position > r.position AND ") + kFunnelStage.arg(QStringLiteral("ns"));
    if (!goalKey.isEmpty()) {
        further = QStringLiteral("ns.key = ?");
        f.binds << goalKey;
    }
    f.binds << p.toText(); // went on by the end of the period
    QVariantList inner;
    inner << p.fromText() << p.toText();
    const QString stage = stageCondition(QStringLiteral("st"), stageKey, inner);
    f.binds << inner;
    const QString filter = personFilter(ctx, f.binds);
    // r: the first move into each funnel stage of each candidacy during the period. Went on: a later
    // effective move of the same candidacy into a funnel stage further on, dated by the end of the period.
    f.sql = QStringLiteral(
                "SELECT c.alumnus_id, r.at, r.stage_key, EXISTS (SELECT 1 FROM candidacy_moves n "
                "JOIN pipeline_stages ns ON ns.id = n.to_stage_id WHERE n.candidacy_id = r.candidacy_id AND n.id > r.move_id "
                "AND %1 AND substr(n.at, 1, 10) <= ? AND %2), NULL FROM ("
                "SELECT m.candidacy_id, min(m.id) AS move_id, min(substr(m.at, 1, 10)) AS at, st.key AS stage_key, st.position "
                "FROM candidacy_moves m JOIN pipeline_stages st ON st.id = m.to_stage_id "
                "WHERE substr(m.at, 1, 10) BETWEEN ? AND ? AND %3 AND %4 AND %5 "
                "GROUP BY m.candidacy_id, m.to_stage_id) r "
                "JOIN candidacies c ON c.id = r.candidacy_id JOIN alumni a ON a.id = c.alumnus_id WHERE %6")
                .arg(further, effective(QStringLiteral("n")), kFunnelStage.arg(QStringLiteral("st")),
                     stage, effective(QStringLiteral("m")), filter);
    f.countRows = true;
    return f;
}

FactQuery stays(const KpiContext &ctx, const Period &p, const QString &stageKey)
{
    FactQuery f;
    f.binds << p.fromText() << p.toText();
    const QString stage = stageCondition(QStringLiteral("st"), stageKey, f.binds);
    const QString filter = personFilter(ctx, f.binds);
    // e: every effective move with the date of the candidacy's next effective move (when it left the stage).
    f.sql = QStringLiteral(
                "SELECT c.alumnus_id, substr(e.left_at, 1, 10), st.key, 0, "
                "julianday(substr(e.left_at, 1, 10)) - julianday(substr(e.at, 1, 10)) FROM ("
                "SELECT m.candidacy_id, m.to_stage_id, m.at, lead(m.at) OVER (PARTITION BY m.candidacy_id ORDER BY m.id) AS left_at "
                "FROM candidacy_moves m WHERE %1) e "
                "JOIN pipeline_stages st ON st.id = e.to_stage_id JOIN candidacies c ON c.id = e.candidacy_id "
                "JOIN alumni a ON a.id = c.alumnus_id "
                "WHERE e.left_at IS NOT NULL AND substr(e.left_at, 1, 10) BETWEEN ? AND ? AND st.kind = 'active' AND %2 AND %3")
                .arg(effective(QStringLiteral("m")), stage, filter);
    f.countRows = true;
    return f;
}

} // namespace alumnidesk::kpi::pipeline_facts
