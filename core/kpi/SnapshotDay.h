// The day of a date column as the in-memory KPI snapshots keep it, read from the native statement's bytes
// (no QString per value): yyyymmdd of a plain ISO date, 0 for NULL, -1 for anything the KPIs' SQL would
// compare as text. Shared by KpiSnapshot (dates) and PipelineSnapshot (dates and timestamps).
#pragma once

#include <QtGlobal>

namespace alumnidesk {
class Statement;
}

namespace alumnidesk::kpi {

enum class DayText {
    DateOnly,   ///< exactly YYYY-MM-DD
    DatePrefix, ///< YYYY-MM-DD, possibly followed by a time (the first ten characters count)
};

qint32 snapshotDay(const Statement &row, int column, DayText shape = DayText::DateOnly);

} // namespace alumnidesk::kpi
