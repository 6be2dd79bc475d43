// The rehire pipeline: candidacies by current stage and by source, the funnel of stages reached in the
// period with the conversion between consecutive stages, and the median time spent in each stage.
#include "kpi/KpiRegistry.h"
#include "kpi/KpiShapes.h"
#include "kpi/PipelineFacts.h"
#include "pipeline/PipelineVocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace alumnidesk::kpi {

namespace {

using pipeline_facts::StageInfo;

const PeopleCount *groupOf(const QVector<QPair<QString, PeopleCount>> &groups, const QString &key)
{
    for (const auto &g : groups) {
        if (g.first == key)
            return &g.second;
    }
    return nullptr;
}

// The funnel's stages in order and how many candidacies reached each in the period (and went on: num):
// what the funnel and the conversion are both made of.
struct FunnelCounts {
    QVector<StageInfo> steps;
    QVector<QPair<QString, PeopleCount>> reached;
};

Result<FunnelCounts> funnelCounts(const KpiContext &ctx, const Period &period)
{
    auto stages = pipeline_facts::stages(ctx);
    if (!stages)
        return stages.error();
    auto groups = facts::countBy(ctx, pipeline_facts::reached(ctx, period), QStringLiteral("category"));
    if (!groups)
        return groups.error();
    return FunnelCounts{pipeline_facts::funnel(stages.value()), std::move(groups).value()};
}

KpiDefinition byStage()
{
    KpiDefinition d;
    d.id = QStringLiteral("pipeline_by_stage");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Candidacies by stage");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "Candidacies that were in the pipeline at some time during the period (added by its last day and not "
               "closed before its first), by the stage they are in today, in the order of the stages. Stages up to "
               "Offer are open; Rehired, Declined, Not selected and On hold close a candidacy, and closed candidacies "
               "count like the others. A person in two candidacies counts twice. Department and departure type are "
               "those of the person's latest stint.");
    d.unit = Unit::Count;
    d.kind = Kind::Breakdown;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        auto stages = pipeline_facts::stages(ctx);
        if (!stages)
            return stages.error();
        KpiResult r;
        r.period = ctx.period();
        auto groups = facts::countBy(ctx, pipeline_facts::inPipeline(ctx, r.period), QStringLiteral("category"));
        if (!groups)
            return groups.error();
        qint64 all = 0;
        qint64 open = 0;
        for (const StageInfo &s : stages.value()) {
            const PeopleCount *c = groupOf(groups.value(), s.key);
            if (!c && !s.funnel && !s.closing)
                continue; // a retired stage nobody is in
            const qint64 n = c ? c->people : 0;
            all += n;
            open += c ? c->numerator : 0;
            r.breakdown.append({s.key, s.name, double(n), QStringLiteral("row:") + s.key});
        }
        r.value = double(all);
        r.numerator = open;
        r.denominator = all;
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        const FactQuery f = pipeline_facts::inPipeline(ctx, ctx.period());
        if (key.isEmpty())
            return facts::ids(ctx, f);
        if (key.startsWith(QLatin1String("row:")))
            return facts::ids(ctx, f, QStringLiteral("category = ?"), {key.mid(4)});
        return facts::unknownDrillKey(QStringLiteral("pipeline_by_stage"), key);
    };
    return d;
}

KpiDefinition funnelReached()
{
    KpiDefinition d;
    d.id = QStringLiteral("pipeline_funnel");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Pipeline funnel");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "For each stage from Interested to Rehired, in order: the candidacies that reached it during the period "
               "(added at it or moved into it; a move that was undone does not count). A candidacy that reached a "
               "stage twice counts once; one that skipped a stage is not counted at it. The value is the "
               "candidacies that reached Rehired. Department and departure type are those of the person's latest "
               "stint.");
    d.unit = Unit::Count;
    d.kind = Kind::Breakdown;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = ctx.period();
        auto counts = funnelCounts(ctx, r.period);
        if (!counts)
            return counts.error();
        const QVector<StageInfo> &steps = counts->steps;
        const auto &groups = counts->reached;
        for (const StageInfo &s : steps) {
            const PeopleCount *c = groupOf(groups, s.key);
            r.breakdown.append({s.key, s.name, double(c ? c->people : 0), QStringLiteral("row:") + s.key});
        }
        r.value = r.breakdown.isEmpty() ? 0.0 : r.breakdown.constLast().value;
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        if (key.isEmpty()) {
            auto stages = pipeline_facts::stages(ctx);
            if (!stages)
                return stages.error();
            const QVector<StageInfo> steps = pipeline_facts::funnel(stages.value());
            if (steps.isEmpty())
                return QVector<qint64>{};
            return facts::ids(ctx, pipeline_facts::reached(ctx, ctx.period(), steps.constLast().key));
        }
        if (key.startsWith(QLatin1String("row:")))
            return facts::ids(ctx, pipeline_facts::reached(ctx, ctx.period(), key.mid(4)));
        return facts::unknownDrillKey(QStringLiteral("pipeline_funnel"), key);
    };
    return d;
}

KpiDefinition conversion()
{
    KpiDefinition d;
    d.id = QStringLiteral("pipeline_conversion");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Conversion between stages");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "For each stage of the funnel but the last: of the candidacies that reached it during the period (see "
               "Pipeline funnel), the share that went on to the next stage or one after it by the last day of the "
               "period, in percent. Skipping a stage counts as passing through it; a candidacy that was declined or "
               "not selected did not go on. The value is the share of those that reached the first stage and went "
               "on to Rehired.");
    d.unit = Unit::Percent;
    d.kind = Kind::Breakdown;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = ctx.period();
        auto counts = funnelCounts(ctx, r.period);
        if (!counts)
            return counts.error();
        const QVector<StageInfo> &steps = counts->steps;
        const auto &groups = counts->reached;
        for (int i = 0; i + 1 < steps.size(); ++i) {
            const PeopleCount *c = groupOf(groups, steps.at(i).key);
            BreakdownRow row;
            row.key = steps.at(i).key;
            row.label = QCoreApplication::translate("Kpi", "%1 → %2").arg(steps.at(i).name, steps.at(i + 1).name);
            row.value = c && c->people ? 100.0 * double(c->numerator) / double(c->people) : 0.0;
            row.drillKey = QStringLiteral("row:") + steps.at(i).key;
            r.breakdown.append(row);
        }
        if (steps.size() >= 2) {
            // The whole way: those who reached the first stage and, by the end of the period, Rehired.
            auto whole = facts::count(ctx, pipeline_facts::reached(ctx, r.period, steps.constFirst().key, steps.constLast().key));
            if (!whole)
                return whole.error();
            r.denominator = whole->people;
            r.numerator = whole->numerator;
            if (whole->people)
                r.value = 100.0 * double(whole->numerator) / double(whole->people);
        }
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        if (key.startsWith(QLatin1String("row:")))
            return facts::ids(ctx, pipeline_facts::reached(ctx, ctx.period(), key.mid(4)), QStringLiteral("num"));
        if (key.isEmpty() || key == QLatin1String("population")) {
            auto stages = pipeline_facts::stages(ctx);
            if (!stages)
                return stages.error();
            const QVector<StageInfo> steps = pipeline_facts::funnel(stages.value());
            if (steps.size() < 2)
                return QVector<qint64>{};
            if (key.isEmpty())
                return facts::ids(ctx, pipeline_facts::reached(ctx, ctx.period(), steps.constFirst().key,
                                                                         steps.constLast().key),
                                  QStringLiteral("num"));
            return facts::ids(ctx, pipeline_facts::reached(ctx, ctx.period(), steps.constFirst().key));
        }
        return facts::unknownDrillKey(QStringLiteral("pipeline_conversion"), key);
    };
    return d;
}

KpiDefinition timeInStage()
{
    KpiDefinition d;
    d.id = QStringLiteral("pipeline_time_in_stage");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Median time in stage");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "For each open stage (Interested to Offer): the stays in it that ended during the period, when the "
               "candidacy moved on, back or out; a stay is the days from the date it entered the stage to the date it "
               "left. The bars are the median per stage, the value the median over every stay. Stays still going on "
               "are not counted; an undone move neither starts nor ends a stay.");
    d.unit = Unit::Days;
    d.kind = Kind::Breakdown;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        auto stages = pipeline_facts::stages(ctx);
        if (!stages)
            return stages.error();
        KpiResult r;
        r.period = ctx.period();
        // Every stay once, with its stage (the facts' category): the value and each stage's median.
        auto all = facts::categoryMeasures(ctx, pipeline_facts::stays(ctx, r.period));
        if (!all)
            return all.error();
        QVector<double> values;
        QHash<QString, QVector<double>> byStage;
        for (const auto &m : all.value()) {
            values.append(m.second);
            byStage[m.first].append(m.second);
        }
        r.value = facts::median(values);
        r.denominator = qint64(values.size());
        for (const StageInfo &s : stages.value()) {
            if (!s.funnel || s.closing)
                continue;
            r.breakdown.append({s.key, s.name, facts::median(byStage.value(s.key)).value_or(0.0), QStringLiteral("row:") + s.key});
        }
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        if (key.isEmpty())
            return facts::ids(ctx, pipeline_facts::stays(ctx, ctx.period()));
        if (key.startsWith(QLatin1String("row:")))
            return facts::ids(ctx, pipeline_facts::stays(ctx, ctx.period(), key.mid(4)));
        return facts::unknownDrillKey(QStringLiteral("pipeline_time_in_stage"), key);
    };
    return d;
}

} // namespace

void addPipelineKpis(KpiRegistry &registry)
{
    registry.add(byStage());
    registry.add(funnelReached());
    registry.add(conversion());
    registry.add(timeInStage());
    registry.add(shapes::periodBreakdown(
        QStringLiteral("pipeline_by_source"), QT_TRANSLATE_NOOP("Kpi", "Candidacies by source"),
        QT_TRANSLATE_NOOP("Kpi", "Candidacies added during the period, by how they came: applied, HR outreach, referral "
                                 "by another alumnus, or an event. Closed candidacies count like the others; a person "
                                 "in two candidacies counts twice. Department and departure type are those of the "
                                 "person's latest stint."),
        pipeline_facts::created, [](const QString &key) {
            const auto source = pipeline::sourceFromText(key);
            return source ? pipeline::sourceLabel(*source) : key;
        }));
}

} // namespace alumnidesk::kpi
