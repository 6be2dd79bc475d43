#include "kpi/KpiJson.h"

#include <QJsonArray>

namespace alumnidesk::kpi {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue periodJson(const Period &p)
{
    if (!p.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("from"), p.fromText()}, {QStringLiteral("to"), p.toText()}};
}

} // namespace

QJsonObject filtersJson(const KpiContext &ctx)
{
    QJsonObject o;
    o.insert(QStringLiteral("period"), periodJson(ctx.period()));
    o.insert(QStringLiteral("previous_period"), periodJson(ctx.previousPeriod()));
    o.insert(QStringLiteral("department"), ctx.filters.department);
    o.insert(QStringLiteral("departure_type"), ctx.filters.departureType);
    o.insert(QStringLiteral("rule_set"), ctx.filters.ruleSet.isEmpty() ? QStringLiteral("rehire") : ctx.filters.ruleSet);
    o.insert(QStringLiteral("as_of"), ctx.asOf.toString(Qt::ISODate));
    return o;
}

QJsonObject outcomeJson(const KpiOutcome &outcome)
{
    const KpiDefinition &d = *outcome.definition;
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("name"), d.name());
    o.insert(QStringLiteral("definition"), d.definition());
    o.insert(QStringLiteral("unit"), unitKey(d.unit));
    o.insert(QStringLiteral("kind"), kindKey(d.kind));
    if (!outcome.result) {
        o.insert(QStringLiteral("error"), outcome.result.errorText());
        return o;
    }
    const KpiResult &r = outcome.result.value();
    o.insert(QStringLiteral("period"), periodJson(r.period));
    o.insert(QStringLiteral("previous_period"), periodJson(r.previousPeriod));
    o.insert(QStringLiteral("value"), number(r.value));
    o.insert(QStringLiteral("previous"), number(r.previous));
    o.insert(QStringLiteral("change"), number(r.change()));
    if (r.numerator)
        o.insert(QStringLiteral("numerator"), *r.numerator);
    if (r.denominator)
        o.insert(QStringLiteral("denominator"), *r.denominator);
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    if (!r.series.isEmpty()) {
        QJsonArray a;
        for (const SeriesPoint &p : r.series)
            a.append(QJsonObject{{QStringLiteral("label"), p.label}, {QStringLiteral("value"), number(p.value)},
                                 {QStringLiteral("drill"), p.drillKey}});
        o.insert(QStringLiteral("series"), a);
    }
    if (!r.breakdown.isEmpty()) {
        QJsonArray a;
        for (const BreakdownRow &b : r.breakdown)
            a.append(QJsonObject{{QStringLiteral("key"), b.key}, {QStringLiteral("label"), b.label},
                                 {QStringLiteral("value"), b.value}, {QStringLiteral("drill"), b.drillKey}});
        o.insert(QStringLiteral("breakdown"), a);
    }
    if (!r.cohortRows.isEmpty()) {
        QJsonArray columns;
        for (const CohortColumn &c : r.cohortColumns)
            columns.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label},
                                       {QStringLiteral("unit"), unitKey(c.unit)}});
        QJsonArray rows;
        for (const QString &row : r.cohortRows) {
            QJsonObject cells;
            for (const CohortColumn &c : r.cohortColumns) {
                if (const CohortCell *cell = r.cell(row, c.key))
                    cells.insert(c.key, number(cell->value));
            }
            rows.append(QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("cells"), cells}});
        }
        o.insert(QStringLiteral("cohort"), QJsonObject{{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}});
    }
    return o;
}

} // namespace alumnidesk::kpi
