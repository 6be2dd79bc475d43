// The fact queries of the roster KPIs (see KpiFacts.h for the columns). Three populations:
//  - people, for stocks (membership, engagement): filtered by the department and departure type of their
//    latest stint, as the roster's filter bar does, so a drill-down opens the same people the roster shows;
//  - departures (one per stint with a departure date, `at` = 退職日): filtered by that stint's
//    department and departure type;
//  - rehires (a stint hired after the departure of the person's previous stint, `at` = the rehire's
//    入社日): filtered by the department and departure type of the departure they returned from.
// Each query is SQL (the reference, and what drill-downs read) with the same rows produced in C++ from the
// KPI snapshot (FactQuery::memory), for the dashboard's refresh.
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

/// What a departure fact's category is.
enum class DepartureCategory {
    None,   ///< ''
    Type,   ///< the departure type
    Reason, ///< the departure reason
    Year,   ///< the year of the departure date ("2024")
};
/// What makes a departure fact's num 1.
enum class DepartureNum {
    None,
    Member,      ///< the person's membership status is Registered, Active or Dormant today
    RehiredByEnd, ///< the person was hired again after this departure, by the period's last day
};

/// Departures in the period.
FactQuery departures(const KpiContext &ctx, const Period &p, DepartureCategory category = DepartureCategory::None,
                     DepartureNum num = DepartureNum::None);

/// What rehire facts carry besides the person and date.
enum class RehireFacts {
    Plain,           ///< category '', num 0, no measure
    TimeAway,        ///< measure = months from the departure to the rehire, category = years-away bucket
    SecondDeparture, ///< num = left again less than twelve months after the rehire date
};

/// Rehires in the period.
FactQuery rehires(const KpiContext &ctx, const Period &p, RehireFacts kind = RehireFacts::Plain);

} // namespace alumnidesk::kpi::roster
