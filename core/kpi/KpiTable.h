// The data behind a KPI's chart as a table, whatever the KPI: for a single value its series (one row per
// month or year), for a breakdown its categories, for a cohort its grid. The dashboard's "Export data as
// CSV" writes it (UTF-8 with a byte order mark, so Japanese Excel opens it correctly); the PDF report and
// any chart added later read the same shape.
#pragma once

#include "common/Result.h"
#include "kpi/KpiEngine.h"

#include <QStringList>
#include <QVector>

class QIODevice;

namespace alumnidesk::kpi {

struct KpiTable {
    QStringList header;
    QVector<QStringList> rows; ///< numbers as plainNumber() writes them (a dot, no grouping)
};

/// The table of an outcome's chart, by its definition's kind. Empty (no header) for a failed outcome.
KpiTable chartTable(const KpiOutcome &outcome);

/// Writes the table as CSV: UTF-8 with BOM, CRLF, text cells guarded against formulas.
Status writeCsv(const KpiTable &table, QIODevice *device);
/// The same into a file, replaced only once it is complete; the error names the file and the reason.
Status writeCsvFile(const KpiTable &table, const QString &path);

} // namespace alumnidesk::kpi
