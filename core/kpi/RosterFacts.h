// The fact queries of the roster KPIs (see KpiFacts.h for the columns). Three populations:
//  - people, for stocks (membership, engagement): filtered by the department and departure type of their
//    latest stint, as the roster's filter bar does, so a drill-down opens the same people the roster shows;
//  - departures (one per stint with a departure date, `at` = 退職日): filtered by that stint's
//    department and departure type;
//  - rehires (a stint hired after the departure of the person's previous stint, `at` = the rehire's
//    入社日): filtered by the department and departure type of the departure they returned from.
#pragma once

#include "kpi/KpiFacts.h"

namespace alumnidesk::kpi::roster {

/// Membership statuses that count as registered in the network (not invited, not withdrawn).
QString memberStatusesSql(); // "('registered', 'active', 'dormant')"

/// The earliest date a period may start; stocks use it for "from the beginning".
QDate beginning();

/// People whose first departure lies in the period; category = membership status, num = registered.
/// With `membersOnly` only registered people are facts.
FactQuery peopleByFirstDeparture(const KpiContext &ctx, const Period &p, bool membersOnly);

/// Departures in the period. `category` and `num` are SQL over `s` (the stint) and `a` (the alumnus).
/// `numBinds` are the parameters of `num`.
FactQuery departures(const KpiContext &ctx, const Period &p, const QString &category, const QString &num = QStringLiteral("0"),
                     const QVariantList &numBinds = {});

/// Rehires in the period. `category`, `num` and `measure` are SQL over `r` with columns alumnus_id,
/// hire_date, departure_date (of the rehire stint), prev_departure, prev_department, prev_type.
FactQuery rehires(const KpiContext &ctx, const Period &p, const QString &category = QStringLiteral("''"),
                  const QString &num = QStringLiteral("0"), const QString &measure = QStringLiteral("NULL"));

/// Months between the departure and the rehire, as SQL over `r`.
QString monthsToRehireSql();

} // namespace alumnidesk::kpi::roster
