#include "kpi/KpiTable.h"

#include "csv/CsvWriter.h"
#include "csv/FormulaGuard.h"
#include "kpi/KpiFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace alumnidesk::kpi {

namespace {

QString valueHeader(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return QCoreApplication::translate("Kpi", "Value");
    case Unit::Percent:
        return QCoreApplication::translate("Kpi", "Value (%)");
    case Unit::Days:
        return QCoreApplication::translate("Kpi", "Value (days)");
    case Unit::Months:
        return QCoreApplication::translate("Kpi", "Value (months)");
    }
    return {};
}

QString columnHeader(const CohortColumn &c)
{
    return c.unit == Unit::Percent ? c.label + QStringLiteral(" (%)") : c.label;
}

} // namespace

KpiTable chartTable(const KpiOutcome &outcome)
{
    KpiTable t;
    if (!outcome.definition || !outcome.result)
        return t;
    const KpiDefinition &d = *outcome.definition;
    const KpiResult &r = outcome.result.value();
    switch (d.kind) {
    case Kind::Single:
        t.header = {QCoreApplication::translate("Kpi", "Period"), QCoreApplication::translate("Kpi", "From"),
                    QCoreApplication::translate("Kpi", "To"), valueHeader(d.unit)};
        for (const SeriesPoint &p : r.series)
            t.rows.append({p.label, p.period.fromText(), p.period.toText(), plainNumber(p.value)});
        break;
    case Kind::Breakdown:
        t.header = {QCoreApplication::translate("Kpi", "Category"), valueHeader(d.unit)};
        for (const BreakdownRow &b : r.breakdown)
            t.rows.append({b.label, plainNumber(b.value)});
        break;
    case Kind::Cohort:
        t.header = QStringList{QCoreApplication::translate("Kpi", "Cohort")};
        for (const CohortColumn &c : r.cohortColumns)
            t.header.append(columnHeader(c));
        for (const QString &row : r.cohortRows) {
            QStringList cells{row};
            for (const CohortColumn &c : r.cohortColumns) {
                const CohortCell *cell = r.cell(row, c.key);
                cells.append(cell ? plainNumber(cell->value) : QString());
            }
            t.rows.append(cells);
        }
        break;
    }
    return t;
}

Status writeCsv(const KpiTable &table, QIODevice *device)
{
    csv::CsvWriter writer(device, csv::ExportEncoding::Utf8WithBom);
    const auto guarded = [](const QStringList &fields) {
        QStringList out;
        out.reserve(fields.size());
        for (const QString &f : fields)
            out.append(csv::formulaGuarded(f));
        return out;
    };
    writer.writeRecord(guarded(table.header));
    for (const QStringList &row : table.rows) {
        if (!writer.writeRecord(guarded(row)))
            break;
    }
    return writer.status();
}

Status writeCsvFile(const KpiTable &table, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("Kpi", "“%1” could not be written.").arg(shown), file.errorString()};
    if (Status st = writeCsv(table, &file); !st)
        return Error{QCoreApplication::translate("Kpi", "“%1” could not be written.").arg(shown), st.errorText()};
    if (!file.commit())
        return Error{QCoreApplication::translate("Kpi", "“%1” could not be written.").arg(shown), file.errorString()};
    return {};
}

} // namespace alumnidesk::kpi
