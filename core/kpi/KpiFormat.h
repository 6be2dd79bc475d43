// A KPI's figures as people read them (locale digits, unit, a signed change), and as a spreadsheet reads
// them (plain digits with a dot). Shared by the CSV and PDF exports so a figure looks the same everywhere.
#pragma once

#include "kpi/KpiTypes.h"

#include <QString>

#include <optional>

namespace alumnidesk::kpi {

/// "1,234", "33.3 %", "12 days", "4.5 months"; with `signedChange` "+3", "+1.2 pt". "n/a" when empty.
QString displayValue(const std::optional<double> &value, Unit unit, bool signedChange = false);

/// The value for a CSV cell: at most four decimals, no trailing zeros, no grouping; empty when empty.
QString plainNumber(const std::optional<double> &value);

/// "2024-01-01 – 2024-12-31".
QString periodText(const Period &p);

} // namespace alumnidesk::kpi
