// The PDF report's rows of alumnidesk-bench-kpi: the whole report (every KPI computed, then drawn into a
// PDF file) and the drawing alone from figures already computed, as the window does it.
#pragma once

#include "kpi/KpiEngine.h"

#include <QTextStream>

namespace alumnidesk::bench {

/// Prints "| PDF report … |" rows in the bench's table format; the PDF is written to `pdfPath`.
void benchReport(QTextStream &out, const kpi::KpiRegistry &registry, const kpi::KpiContext &ctx, const QString &pdfPath,
                 int repeat);

} // namespace alumnidesk::bench
