#include "kpi/PipelineFacts.h"

#include "db/SqlUtil.h"
#include "kpi/KpiSnapshot.h"
#include "kpi/MemoryFacts.h"
#include "kpi/PipelineSnapshot.h"
#include "pipeline/PipelineVocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

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

// The in-memory form of the facts (PipelineSnapshot): the same rows, counted as rows.
struct Mirror {
    std::shared_ptr<const PipelineSnapshot> pipe;
    QString department;
    QString type;
    qint32 from = 0;
    qint32 to = 0;

    static std::optional<Mirror> of(const KpiContext &ctx, const Period &p)
    {
        if (!ctx.pipeline)
            return std::nullopt;
        return Mirror{ctx.pipeline, ctx.department(), ctx.departureType(), memfacts::dateKey(p.from), memfacts::dateKey(p.to)};
    }

    /// Empty rows for the facts, or nullopt when the period cannot be mirrored.
    std::optional<MemoryFacts> start() const
    {
        if (from < 0 || to < 0)
            return std::nullopt;
        MemoryFacts m;
        m.onePerPerson = true; // FactQuery::countRows: every row counts
        m.categoryText = [texts = pipe->texts()](qint32 code) { return texts.at(code); };
        return m;
    }

    /// Calls visit(person index, candidacy) for each candidacy whose person is in the roster and the filters.
    template<typename Visit>
    void eachCandidacy(const KpiSnapshot &s, Visit visit) const
    {
        const qint32 dept = department.isEmpty() ? 0 : s.code(department);
        const qint32 kind = type.isEmpty() ? 0 : s.code(type);
        for (const PipeCandidacy &c : pipe->candidacies()) {
            const qint32 i = s.indexOf(c.alumnus);
            if (i < 0)
                continue;
            const SnapPerson &person = s.people()[size_t(i)];
            if ((!department.isEmpty() && person.department != dept) || (!type.isEmpty() && person.departureType != kind))
                continue;
            visit(i, c);
        }
    }
};

} // namespace

Result<QVector<StageInfo>> stages(const KpiContext &ctx)
{
    if (ctx.pipeline) {
        const bool japanese = pipeline::userLanguageIsJapanese();
        QVector<StageInfo> out;
        for (const PipeStage &st : ctx.pipeline->stages()) {
            StageInfo s;
            s.id = st.id;
            s.key = st.key;
            s.name = japanese ? (st.nameJa.isEmpty() ? st.nameEn : st.nameJa) : (st.nameEn.isEmpty() ? st.nameJa : st.nameEn);
            s.position = st.position;
            s.closing = st.closing;
            s.funnel = st.funnel;
            out.append(s);
        }
        return out;
    }
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
    if (auto mirror = Mirror::of(ctx, p)) {
        f.memory = [m = *mirror](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
            std::optional<MemoryFacts> out = m.start();
            if (!out)
                return out;
            m.eachCandidacy(s, [&](qint32 person, const PipeCandidacy &c) {
                if (c.stage >= 0 && c.created <= m.to && (c.closed == 0 || c.closed >= m.from))
                    out->rows.push_back({person, c.created, c.stage, c.closed == 0});
            });
            return out;
        };
    }
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
    if (auto mirror = Mirror::of(ctx, p)) {
        f.memory = [m = *mirror](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
            std::optional<MemoryFacts> out = m.start();
            if (!out)
                return out;
            m.eachCandidacy(s, [&](qint32 person, const PipeCandidacy &c) {
                if (c.created >= m.from && c.created <= m.to)
                    out->rows.push_back({person, c.created, c.source, false});
            });
            return out;
        };
    }
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
    if (auto mirror = Mirror::of(ctx, p)) {
        f.memory = [m = *mirror, stageKey, goalKey](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
            std::optional<MemoryFacts> out = m.start();
            if (!out)
                return out;
            const std::vector<PipeStage> &stages = m.pipe->stages();
            const qint32 only = stageKey.isEmpty() ? -1 : m.pipe->stageOf(stageKey);
            const qint32 goal = goalKey.isEmpty() ? -1 : m.pipe->stageOf(goalKey);
            if (!stageKey.isEmpty() && only < 0)
                return out; // no such stage: no facts
            const bool noGoal = !goalKey.isEmpty() && goal < 0; // no such stage: none went on
            const std::vector<PipeMove> &moves = m.pipe->moves();
            m.eachCandidacy(s, [&](qint32 person, const PipeCandidacy &c) {
                const PipeMove *first = moves.data() + c.firstMove;
                const PipeMove *end = first + c.moveCount;
                // Each funnel stage moved into during the period: its first such move (by id), its earliest date.
                for (const PipeMove *r = first; r != end; ++r) {
                    if (r->stage < 0 || r->at < m.from || r->at > m.to || !stages[size_t(r->stage)].funnel)
                        continue;
                    if (only >= 0 && r->stage != only)
                        continue;
                    bool earlier = false;
                    qint32 at = r->at;
                    for (const PipeMove *o = first; o != end; ++o) {
                        if (o->stage != r->stage || o->at < m.from || o->at > m.to)
                            continue;
                        if (o < r) {
                            earlier = true;
                            break;
                        }
                        at = std::min(at, o->at);
                    }
                    if (earlier)
                        continue;
                    bool wentOn = false;
                    for (const PipeMove *n = r + 1; n != end && !wentOn && !noGoal; ++n) {
                        if (n->stage < 0 || n->at > m.to)
                            continue;
                        const PipeStage &ns = stages[size_t(n->stage)];
                        wentOn = goal >= 0 ? n->stage == goal
                                           : ns.funnel && ns.position > stages[size_t(r->stage)].position;
                    }
                    out->rows.push_back({person, at, r->stage, wentOn});
                }
            });
            return out;
        };
    }
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
    if (auto mirror = Mirror::of(ctx, p)) {
        f.memory = [m = *mirror, stageKey](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
            std::optional<MemoryFacts> out = m.start();
            if (!out)
                return out;
            const std::vector<PipeStage> &stages = m.pipe->stages();
            const qint32 only = stageKey.isEmpty() ? -1 : m.pipe->stageOf(stageKey);
            if (!stageKey.isEmpty() && only < 0)
                return out;
            const std::vector<PipeMove> &moves = m.pipe->moves();
            m.eachCandidacy(s, [&](qint32 person, const PipeCandidacy &c) {
                // A stay: an effective move and the candidacy's next effective move, which ended it.
                for (qint32 i = 0; i + 1 < c.moveCount; ++i) {
                    const PipeMove &in = moves[size_t(c.firstMove + i)];
                    const qint32 left = moves[size_t(c.firstMove + i + 1)].at;
                    if (in.stage < 0 || left < m.from || left > m.to || !stages[size_t(in.stage)].active)
                        continue;
                    if (only >= 0 && in.stage != only)
                        continue;
                    out->rows.push_back({person, left, in.stage, false});
                    out->measures.push_back(double(memfacts::daysBetween(left, in.at)));
                }
            });
            return out;
        };
    }
    return f;
}

} // namespace alumnidesk::kpi::pipeline_facts
