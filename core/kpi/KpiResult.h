// What computing one KPI gives: the value with the previous period's and the change, a series for
// sparklines and trends, breakdown rows (bars) and cohort cells, each carrying a drill-down key that the
// KPI's drillDown function turns into the alumni behind it.
//
// Drill-down keys (the same for every KPI; a KPI answers those its result hands out):
//   ""                the people behind the value (for a percentage: the numerator)
//   "population"      for a percentage: everyone it is a share of (the denominator)
//   "previous"        the people behind the previous period's value
//   "series:LABEL"    the people behind one series point (LABEL as in SeriesPoint::label)
//   "row:KEY"         the people behind one breakdown row
//   "cell:ROW:COLUMN" the people behind one cohort cell
#pragma once

#include "kpi/KpiTypes.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace alumnidesk::kpi {

struct SeriesPoint {
    QString label;               ///< "2024-03" or "2024"
    Period period;
    std::optional<double> value; ///< empty when the point has no population (a rate of nobody)
    QString drillKey;
};

struct BreakdownRow {
    QString key;   ///< stable category key (vocabulary key, reason text, bucket id); "" = not recorded
    QString label; ///< translated, for display
    double value = 0;
    QString drillKey;
};

struct CohortColumn {
    QString key;
    QString label; ///< translated
    Unit unit = Unit::Count;
};

struct CohortCell {
    QString row;    ///< row key (a departure year)
    QString column; ///< column key
    std::optional<double> value;
    QString drillKey;
};

struct KpiResult {
    std::optional<double> value;
    std::optional<double> previous;
    /// For percentages: the counts behind the value.
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    Period period;         ///< the period the value is for
    Period previousPeriod; ///< invalid when the KPI has no previous value by definition (a snapshot)
    QVector<SeriesPoint> series;
    QVector<BreakdownRow> breakdown;
    QStringList cohortRows; ///< row keys in display order
    QVector<CohortColumn> cohortColumns;
    QVector<CohortCell> cohortCells;
    /// Why the value is missing or what limits it (translated); empty when nothing needs saying.
    QString note;

    /// value − previous; for percentages in percentage points. Empty unless both exist.
    std::optional<double> change() const
    {
        if (!value || !previous)
            return std::nullopt;
        return *value - *previous;
    }
    const CohortCell *cell(const QString &row, const QString &column) const
    {
        for (const CohortCell &c : cohortCells) {
            if (c.row == row && c.column == column)
                return &c;
        }
        return nullptr;
    }
};

} // namespace alumnidesk::kpi
