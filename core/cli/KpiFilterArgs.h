// The KPI filters as `kpi` and `report` read them from the command line (--from, --to, --department,
// --departure-type or --type, --ruleset, --as-of), so both commands accept the same options and give the
// same errors.
#pragma once

#include "cli/CliArgs.h"
#include "kpi/KpiTypes.h"

namespace alumnidesk::cli {

/// The option names the filters take a value for (to pass to CliArgs).
QStringList kpiFilterOptions();

/// Fills ctx.filters and ctx.asOf (today unless --as-of) from the parsed options. Returns the usage error
/// in the user's language, or an empty string when every option was understood.
QString parseKpiFilters(const CliArgs &args, kpi::KpiContext &ctx);

} // namespace alumnidesk::cli

namespace alumnidesk {
class Database;
}

namespace alumnidesk::cli {

/// The error for a --ruleset that names no rule set of the roster (listing the known ones); empty when it
/// names one or is not given.
QString checkKpiRuleSet(Database &db, const kpi::KpiContext &ctx);

} // namespace alumnidesk::cli
