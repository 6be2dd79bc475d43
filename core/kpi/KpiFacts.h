// The facts behind a KPI: a SELECT whose rows are (alumnus_id, at, category, num, measure) — one row per
// person or per event (a departure, a rehire), `at` its ISO date, `category` what a breakdown groups by,
// `num` 1 when the row counts toward a rate's numerator, `measure` a number to summarise (months to
// rehire). Value, series, breakdown and drill-down all read the same facts, so the people a drill-down
// shows are by construction the ones the number counts.
#pragma once

#include "common/Result.h"
#include "kpi/KpiTypes.h"

#include <QPair>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace alumnidesk::kpi {

class KpiSnapshot;
struct MemoryFacts;
/// The same facts produced from the snapshot in memory (MemoryFacts.h); empty when this query cannot
/// be mirrored there (a period outside the years 1000–9999), and the SQL runs instead.
using MemoryFactsFn = std::function<std::optional<MemoryFacts>(const KpiSnapshot &)>;

struct FactQuery {
    QString sql; ///< SELECT alumnus_id, at, category, num, measure FROM … (positional parameters)
    QVariantList binds;
    /// Each person is at most one row (stocks of people, not events): counts need no DISTINCT, which
    /// spares SQLite a temporary B-tree of a million ids, and a breakdown's rows add up to its total.
    bool onePerPerson = false;
    /// Counts are of rows, not of distinct people: the facts are things a person can have several of at
    /// once (candidacies), one row each. Drill-downs still give the distinct people.
    bool countRows = false;
    /// The in-memory form of the same rows, when the facts have one. The SQL stays the reference: a test
    /// checks that both give the same results and the same people behind every drill-down key.
    MemoryFactsFn memory;
    /// The rows `memory` produced, kept for the next count over the same query (a KPI's total and its
    /// breakdown read the same facts); with the snapshot they were produced from.
    mutable std::shared_ptr<const MemoryFacts> memoryRows;
    mutable const KpiSnapshot *memoryRowsOf = nullptr;
};

/// Facts of one KPI for a period (the period's meaning is the KPI's: departure dates, rehire dates, …).
using FactsFor = std::function<FactQuery(const KpiContext &, const Period &)>;

/// Distinct people in the facts, and those of them with num = 1.
struct PeopleCount {
    qint64 people = 0;
    qint64 numerator = 0;
};

namespace facts {

/// `(? = '' OR column = ?) AND …` for the department and departure-type filters, appending the binds.
QString filterSql(const KpiContext &ctx, const QString &departmentColumn, const QString &typeColumn,
                  QVariantList &binds);

/// Counts over the facts rows that satisfy `where` (SQL over the fact columns; may be empty).
Result<PeopleCount> count(const KpiContext &ctx, const FactQuery &f, const QString &where = {},
                          const QVariantList &whereBinds = {});
/// The counts for two periods of `at` in one pass over facts that span both.
Result<QPair<PeopleCount, PeopleCount>> countTwo(const KpiContext &ctx, const FactQuery &f, const Period &first,
                                                 const Period &second);
/// The same counts per value of `groupExpr` (e.g. "category", "substr(at, 1, 7)"), in its order.
Result<QVector<QPair<QString, PeopleCount>>> countBy(const KpiContext &ctx, const FactQuery &f, const QString &groupExpr,
                                                     const QString &where = {}, const QVariantList &whereBinds = {});
/// Distinct alumni ids, ascending; from the facts in memory when `where` is one memfacts::people() knows.
Result<QVector<qint64>> ids(const KpiContext &ctx, const FactQuery &f, const QString &where = {},
                            const QVariantList &whereBinds = {});
/// (at, measure) of every row, in date order.
Result<QVector<QPair<QDate, double>>> measures(const KpiContext &ctx, const FactQuery &f);
/// (category, measure) of every row with a measure, in no particular order: a median per category from one
/// read of the facts.
Result<QVector<QPair<QString, double>>> categoryMeasures(const KpiContext &ctx, const FactQuery &f);

/// The median of the values (the mean of the middle two for an even count); empty for none.
std::optional<double> median(QVector<double> values);

/// "series:LABEL" → the bucket of ctx.buckets() with that label.
std::optional<SeriesBucket> bucketForKey(const KpiContext &ctx, const QString &key);

/// The error for a drill-down key a KPI does not hand out.
Error unknownDrillKey(const QString &kpiId, const QString &key);

} // namespace facts

} // namespace alumnidesk::kpi
