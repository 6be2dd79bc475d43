// Draws a KPI's chart with QPainter alone (no widgets, no Qt Charts), so the PDF report, printing, the
// dashboard's PNG export and the headless CLI all draw the same picture: by the definition's kind, a line
// of the series for a single value, horizontal bars for a breakdown, a grid for cohorts.
// Sizes are in millimetres of the target device, whatever its resolution.
#pragma once

#include "kpi/KpiEngine.h"

#include <QImage>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace alumnidesk::report {

class ChartPainter {
public:
    /// For a device of `dpi` dots per inch.
    explicit ChartPainter(double dpi);

    /// The height the chart of this outcome needs at `width` (device units); 0 when it has none.
    double height(const kpi::KpiOutcome &outcome, double width) const;
    void paint(QPainter &painter, const QRectF &rect, const kpi::KpiOutcome &outcome) const;

    /// Breakdown rows beyond this many are summarised in one line (the CSV export has them all).
    static constexpr int kMaxBars = 12;

    double mm(double v) const { return v * m_dpi / 25.4; }

private:
    void paintLine(QPainter &p, const QRectF &rect, const kpi::KpiOutcome &o) const;
    void paintBars(QPainter &p, const QRectF &rect, const kpi::KpiOutcome &o) const;
    void paintGrid(QPainter &p, const QRectF &rect, const kpi::KpiOutcome &o) const;

    double m_dpi;
};

/// The chart of an outcome as a picture on white, with the KPI's name and period above it: what the
/// dashboard's "Export chart as PNG" saves. `widthMm` at `dpi`.
QImage chartImage(const kpi::KpiOutcome &outcome, double widthMm = 170, double dpi = 200);

} // namespace alumnidesk::report
