// The common shapes of a KPI built from facts over a period, so that most definitions are one facts query
// and a sentence: a count of people, a share of them, or a breakdown by category. Each shape computes the
// value, the previous period's value, a series per month or year, and answers the drill-down keys it hands
// out from the same facts.
#pragma once

#include "kpi/KpiDefinition.h"
#include "kpi/KpiFacts.h"

#include <functional>

namespace alumnidesk::kpi::shapes {

/// People in the facts of the period (Unit::Count, Kind::Single).
KpiDefinition periodCount(const QString &id, const char *name, const char *definition, FactsFor facts);

/// Share of the people in the facts of the period whose num is 1, in percent (Unit::Percent, Kind::Single).
KpiDefinition periodRate(const QString &id, const char *name, const char *definition, FactsFor facts);

/// People in the facts of the period per category, largest first (Kind::Breakdown); the value is everyone.
using LabelFor = std::function<QString(const QString &categoryKey)>;
KpiDefinition periodBreakdown(const QString &id, const char *name, const char *definition, FactsFor facts,
                              LabelFor label);

/// Series per bucket of the context from facts over its whole period: count of people, or the share with
/// num = 1 when `rate`.
Result<QVector<SeriesPoint>> series(const KpiContext &ctx, const FactQuery &periodFacts, bool rate);

/// "(not recorded)" in the user's language, for empty categories.
QString notRecorded();

} // namespace alumnidesk::kpi::shapes

namespace alumnidesk::kpi::shapes {

/// The departure-year cohorts a cohort grid shows: the ten calendar years ending with the period's year,
/// up to the period's last day.
Period cohortPeriod(const KpiContext &ctx);

/// A cohort grid over facts whose category is the cohort (a year): per row the people ("people"
/// column), those with num = 1 (`numeratorKey`) and their share in percent ("share"). The value is the
/// share over all rows. Drill-down: "cell:ROW:people|NUMERATOR|share", "" and "population".
KpiDefinition cohortShare(const QString &id, const char *name, const char *definition, FactsFor facts,
                          const QString &numeratorKey, const char *peopleLabel, const char *numeratorLabel);

} // namespace alumnidesk::kpi::shapes
