// Eligible for rehire under a rule set (the filters' ruleSet, "rehire" by default): how many alumni and
// what share of them, at the end of the period and at the end of the one before. The stored verdicts are
// today's only, so every date is evaluated afresh with the rule-set version that was in force on that date:
// in SQL (RuleSqlCompiler), or over the KPI snapshot in C++ (RuleEvaluator, which the eligibility property
// test proves agrees with the SQL; the verdicts kept per rule set and day, SnapshotVerdicts).
#include "kpi/EligibilityFacts.h"
#include "kpi/KpiRegistry.h"

#include <QCoreApplication>

namespace alumnidesk::kpi {

namespace {

const char *const kVerdictLabels[][2] = {
    {"eligible", QT_TRANSLATE_NOOP("Kpi", "Eligible")},
    {"needs_review", QT_TRANSLATE_NOOP("Kpi", "Needs review")},
    {"not_eligible", QT_TRANSLATE_NOOP("Kpi", "Not eligible")},
};

std::optional<double> shareOf(const PeopleCount &c)
{
    if (c.people == 0)
        return std::nullopt;
    return 100.0 * double(c.numerator) / double(c.people);
}

KpiDefinition eligibleSnapshot(const QString &id, const char *name, const char *definition, bool share)
{
    KpiDefinition d;
    d.id = id;
    d.nameSource = name;
    d.definitionSource = definition;
    d.unit = share ? Unit::Percent : Unit::Count;
    d.kind = Kind::Single;
    d.compute = [share](const KpiContext &ctx) -> Result<KpiResult> {
        auto versions = eligibility_facts::versions(ctx);
        if (!versions)
            return versions.error();
        KpiResult r;
        r.period = ctx.period();
        r.previousPeriod = ctx.previousPeriod();
        auto valueOf = [share](const PeopleCount &c) {
            return share ? shareOf(c) : std::optional<double>(double(c.numerator));
        };
        // The counts per verdict on each day give the value, its breakdown and the previous value.
        auto total = [](const QVector<QPair<QString, PeopleCount>> &groups) {
            PeopleCount c;
            for (const auto &g : groups) {
                c.people += g.second.people;
                c.numerator += g.second.numerator;
            }
            return c;
        };
        const QDate valueDay = eligibility_facts::snapshotDay(ctx, r.period);
        auto groups = eligibility_facts::verdictCounts(ctx, versions.value(), valueDay);
        if (!groups)
            return groups.error();
        const PeopleCount now = total(groups.value());
        r.value = valueOf(now);
        r.numerator = now.numerator;
        r.denominator = now.people;
        auto before = eligibility_facts::verdictCounts(ctx, versions.value(),
                                                       eligibility_facts::snapshotDay(ctx, r.previousPeriod));
        if (!before)
            return before.error();
        r.previous = valueOf(total(before.value()));
        if (!share) {
            for (const auto &l : kVerdictLabels) {
                double people = 0;
                for (const auto &g : groups.value()) {
                    if (g.first == QLatin1String(l[0]))
                        people = double(g.second.people);
                }
                r.breakdown.append({QString::fromLatin1(l[0]), QCoreApplication::translate("Kpi", l[1]), people,
                                    QStringLiteral("row:") + QLatin1String(l[0])});
            }
        }
        // No monthly series: each point is a whole re-evaluation of the roster (seconds at a million
        // alumni), so only the two days the value and its change need are evaluated.
        const eligibility::RuleSetVersion &used = eligibility_facts::versionOn(versions.value(), valueDay);
        r.note = QCoreApplication::translate("Kpi", "Rule set “%1”, version %2, as of %3.")
                     .arg(used.definition.name.text(), QString::number(used.version), valueDay.toString(Qt::ISODate));
        return r;
    };
    d.drillDown = [id, share](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        auto versions = eligibility_facts::versions(ctx);
        if (!versions)
            return versions.error();
        auto on = [&](const Period &p) { return eligibility_facts::verdictsOn(ctx, versions.value(), eligibility_facts::snapshotDay(ctx, p)); };
        if (key.isEmpty())
            return facts::ids(ctx, on(ctx.period()), QStringLiteral("num"));
        if (key == QLatin1String("population") && share)
            return facts::ids(ctx, on(ctx.period()));
        if (key == QLatin1String("previous"))
            return facts::ids(ctx, on(ctx.previousPeriod()), QStringLiteral("num"));
        if (key.startsWith(QLatin1String("row:")) && !share)
            return facts::ids(ctx, on(ctx.period()), QStringLiteral("category = ?"), {key.mid(4)});
        return facts::unknownDrillKey(id, key);
    };
    return d;
}

} // namespace

void addEligibilityKpis(KpiRegistry &registry)
{
    registry.add(eligibleSnapshot(
        QStringLiteral("eligible_for_rehire"), QT_TRANSLATE_NOOP("Kpi", "Eligible under the rule set"),
        QT_TRANSLATE_NOOP(
            "Kpi", "Alumni whose verdict under the chosen rule set (Rehire unless another is chosen) is Eligible on "
                   "the last day of the period, or on the as-of date when the period reaches it; an override in force "
                   "on that day (set by then, not revoked by then, not expired) takes the place of the computed "
                   "verdict, as in the eligibility window. Alumni are the people with a departure on or before that "
                   "day; department and departure type are those of the latest stint. Each day is judged by the "
                   "rule-set version in force on it (the first version for days before it was saved) applied to "
                   "the records as they are today, with tenure, age and months since departure counted as of that "
                   "day. The change compares with the last day of the previous period."),
        false));
    registry.add(eligibleSnapshot(
        QStringLiteral("eligible_share"), QT_TRANSLATE_NOOP("Kpi", "Share of alumni eligible under the rule set"),
        QT_TRANSLATE_NOOP(
            "Kpi", "Of the alumni on the last day of the period (or the as-of date when the period reaches it), the "
                   "share whose verdict under the chosen rule set is Eligible, overrides in force applied; the "
                   "people and the verdicts are those of Eligible under the rule set. The change is in percentage points "
                   "against the last day of the previous period."),
        true));
}

} // namespace alumnidesk::kpi
