// The facts of the eligibility KPIs: one row per alumnus on one day, with the verdict under the rule-set
// version in force that day, evaluated as of that day in SQL (RuleSqlCompiler) with the overrides in force
// then put in its place. `at` = the day, `category` = the verdict's key (eligible, needs_review,
// not_eligible), `num` = 1 when Eligible.
#pragma once

#include "eligibility/RuleSetStore.h"
#include "kpi/KpiFacts.h"

namespace alumnidesk::kpi::eligibility_facts {

/// The rule set the filters name ("rehire" when none), every version, oldest first; an error naming the
/// known rule sets when there is no such key. From the context's EligibilitySnapshot when it has one.
Result<QVector<eligibility::RuleSetVersion>> versions(const KpiContext &ctx);
/// The same read from the database (what EligibilitySnapshot holds).
Result<QVector<eligibility::RuleSetVersion>> versionsOf(QSqlDatabase db, const StoreBackend &backend, const QString &key);

/// The version in force on a day: the latest saved on or before it, or the first for days before that.
const eligibility::RuleSetVersion &versionOn(const QVector<eligibility::RuleSetVersion> &versions, const QDate &day);

/// The day a snapshot over a period is taken: its last day, or the as-of date when that comes first.
QDate snapshotDay(const KpiContext &ctx, const Period &p);

/// Everyone who had left by `day` (a departure on or before it), filtered by the department and departure
/// type of the latest stint, with the verdict of that day. onePerPerson.
FactQuery verdictsOn(const KpiContext &ctx, const QVector<eligibility::RuleSetVersion> &versions, const QDate &day);

/// facts::countBy(verdictsOn(…), "category"): the people per verdict key, in the keys' order, groups without
/// anyone left out. Counted in memory when the context has the snapshots (KpiSnapshot::verdicts(), the
/// overrides of the EligibilitySnapshot) and the snapshot's rule facts are exact; otherwise the SQL.
Result<QVector<QPair<QString, PeopleCount>>> verdictCounts(const KpiContext &ctx,
                                                           const QVector<eligibility::RuleSetVersion> &versions,
                                                           const QDate &day);

} // namespace alumnidesk::kpi::eligibility_facts
