// Lays out and paints a KPI report on any paged device (a QPdfWriter for the PDF, a QPrinter for
// printing): a cover with the filters, the date of the data and a summary, then per KPI its name, value,
// change, a chart for its kind and its written definition, with page numbers in the footer. QtGui only,
// so the CLI renders without a display.
#pragma once

#include "common/Result.h"
#include "report/KpiReport.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QPdfWriter;

namespace alumnidesk::report {

class ChartPainter;

class ReportRenderer {
public:
    explicit ReportRenderer(const KpiReport &report);

    /// Paints every page on `device` (the first page is the current one); returns the number of pages.
    /// The device's page size is used as it is: A4 is set by preparePdf() or by the print dialog.
    Result<int> render(QPagedPaintDevice &device) const;

    /// A4 portrait without device margins (the renderer keeps its own), with the report's title.
    static void preparePdf(QPdfWriter &writer);
    /// The report's title ("KPI report"), translated.
    static QString title();

private:
    struct Layout;
    double kpiBlock(QPainter *painter, const QPaintDevice &device, const Layout &layout, double top,
                    const kpi::KpiOutcome &outcome) const;
    void cover(QPainter &painter, const QPaintDevice &device, const Layout &layout, const QVector<int> &pages) const;
    void footer(QPainter &painter, const QPaintDevice &device, const Layout &layout, int page, int pageCount) const;

    const KpiReport &m_report;
};

/// Writes the report as a PDF into `device` (open for writing); returns the number of pages.
Result<int> writePdf(const KpiReport &report, QIODevice *device);

} // namespace alumnidesk::report
