#include "BenchReport.h"

#include "report/ReportRenderer.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <vector>

namespace alumnidesk::bench {

namespace {

// Milliseconds to write the report of `outcomes`, and its page count (0 on failure).
std::pair<double, int> writeReport(const kpi::KpiContext &ctx, const QVector<kpi::KpiOutcome> &outcomes, const QString &path)
{
    QElapsedTimer t;
    t.start();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {-1, 0};
    const Result<int> pages = report::writePdf(report::KpiReport::from(ctx, outcomes), &file);
    file.close();
    return {double(t.nsecsElapsed()) / 1e6, pages ? pages.value() : 0};
}

QString row(const QString &name, double ms)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(name, -26).arg(QString::number(ms, 'f', 0), 13).arg(QString(), 10).arg(QString(), 6);
}

} // namespace

void benchReport(QTextStream &out, const kpi::KpiRegistry &registry, const kpi::KpiContext &ctx, const QString &pdfPath, int repeat)
{
    QElapsedTimer t;
    t.start();
    const QVector<kpi::KpiOutcome> outcomes = kpi::computeAll(registry, ctx);
    const double compute = double(t.nsecsElapsed()) / 1e6;
    const auto first = writeReport(ctx, outcomes, pdfPath);
    std::vector<double> renders;
    for (int i = 0; i < repeat; ++i)
        renders.push_back(writeReport(ctx, outcomes, pdfPath).first);
    std::sort(renders.begin(), renders.end());
    out << row(QStringLiteral("PDF report (compute+draw)"), compute + first.first);
    out << row(QStringLiteral("PDF report (draw alone)"), renders[renders.size() / 2]);
    out << "  (" << first.second << " pages, " << QFile(pdfPath).size() / 1024 << " KiB: " << pdfPath << ")\n";
}

} // namespace alumnidesk::bench
