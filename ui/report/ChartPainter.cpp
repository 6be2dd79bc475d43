#include "report/ChartPainter.h"

#include "kpi/KpiFormat.h"
#include "report/ReportFonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace alumnidesk::report {

namespace {

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x6b, 0x6b, 0x6b);
const QColor kGridLine(0xd9, 0xd9, 0xd9);
const QColor kAccent(0x2b, 0x6c, 0xb0);
const QColor kHeader(0xee, 0xf1, 0xf5);

constexpr double kLineChartMm = 42;
constexpr double kBarMm = 5.2;
constexpr double kGridRowMm = 5.6;
constexpr double kLabelPt = 7.5;
constexpr double kCellPt = 8;

// A round step for about `ticks` intervals up to `max` (1, 2 or 5 times a power of ten).
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return m * power;
    }
    return 10 * power;
}

QString tickText(double v, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QLocale().toString(v, 'f', decimals);
}

QString noDataText()
{
    return QCoreApplication::translate("KpiReport", "No figures in this period.");
}

int shownBars(const kpi::KpiResult &r)
{
    return int(std::min<qsizetype>(r.breakdown.size(), ChartPainter::kMaxBars));
}

bool hasSeriesValue(const kpi::KpiResult &r)
{
    return std::any_of(r.series.cbegin(), r.series.cend(), [](const kpi::SeriesPoint &p) { return p.value.has_value(); });
}

} // namespace

ChartPainter::ChartPainter(double dpi)
    : m_dpi(dpi)
{
}

double ChartPainter::height(const kpi::KpiOutcome &o, double) const
{
    if (!o.definition || !o.result)
        return 0;
    const kpi::KpiResult &r = o.result.value();
    switch (o.definition->kind) {
    case kpi::Kind::Single:
        if (r.series.isEmpty())
            return 0;
        return hasSeriesValue(r) ? mm(kLineChartMm) : mm(kBarMm); // a line saying there is nothing to draw
    case kpi::Kind::Breakdown:
        if (r.breakdown.isEmpty())
            return mm(kBarMm);
        return mm(kBarMm) * (shownBars(r) + (r.breakdown.size() > kMaxBars ? 1 : 0)) + mm(1);
    case kpi::Kind::Cohort:
        return r.cohortRows.isEmpty() ? mm(kGridRowMm) : mm(kGridRowMm) * double(r.cohortRows.size() + 1) + mm(1);
    }
    return 0;
}

void ChartPainter::paint(QPainter &p, const QRectF &rect, const kpi::KpiOutcome &o) const
{
    if (!o.definition || !o.result)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (o.definition->kind) {
    case kpi::Kind::Single:
        paintLine(p, rect, o);
        break;
    case kpi::Kind::Breakdown:
        paintBars(p, rect, o);
        break;
    case kpi::Kind::Cohort:
        paintGrid(p, rect, o);
        break;
    }
    p.restore();
}

void ChartPainter::paintLine(QPainter &p, const QRectF &rect, const kpi::KpiOutcome &o) const
{
    const kpi::KpiResult &r = o.result.value();
    const QFont label = reportFont(kLabelPt);
    p.setFont(label);
    const QFontMetricsF fm(label, p.device());
    if (!hasSeriesValue(r)) {
        p.setPen(kMuted);
        p.drawText(rect, Qt::AlignLeft | Qt::AlignTop, noDataText());
        return;
    }
    double max = 0;
    for (const kpi::SeriesPoint &pt : r.series)
        max = std::max(max, pt.value.value_or(0));
    const double step = niceStep(max, 4);
    const double top = std::max(step, std::ceil(max / step) * step);
    double labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tickText(v, step)));
    const QRectF plot(rect.left() + labelWidth + mm(2), rect.top() + fm.height() / 2, rect.width() - labelWidth - mm(4),
                      rect.height() - fm.height() * 2 - mm(1));
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };
    const int n = int(r.series.size());
    const auto xOf = [&](int i) { return n == 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1); };

    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(kGridLine, mm(0.2)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, labelWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   tickText(v, step));
    }
    // At most about eight labels under the axis, always the first and the last.
    const int every = std::max(1, int(std::ceil(n / 8.0)));
    for (int i = 0; i < n; ++i) {
        if (i % every != 0 && i != n - 1)
            continue;
        if (i != n - 1 && n - 1 - i < every && i != 0)
            continue; // too close to the last label
        const QString text = r.series.at(i).label;
        const double w = fm.horizontalAdvance(text);
        // Kept clear of the value labels left of the plot.
        const double x = std::clamp(xOf(i) - w / 2, plot.left(), std::max(plot.left(), rect.right() - w));
        p.drawText(QPointF(x, plot.bottom() + mm(1) + fm.ascent()), text);
    }

    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < n; ++i) {
        const std::optional<double> &v = r.series.at(i).value;
        if (!v) {
            drawing = false;
            continue;
        }
        const QPointF pt(xOf(i), yOf(*v));
        if (drawing)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        drawing = true;
    }
    p.setPen(QPen(kAccent, mm(0.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(kAccent);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < n; ++i) {
        if (const std::optional<double> &v = r.series.at(i).value)
            p.drawEllipse(QPointF(xOf(i), yOf(*v)), mm(0.7), mm(0.7));
    }
}

void ChartPainter::paintBars(QPainter &p, const QRectF &rect, const kpi::KpiOutcome &o) const
{
    const kpi::KpiResult &r = o.result.value();
    const QFont label = reportFont(kCellPt);
    p.setFont(label);
    const QFontMetricsF fm(label, p.device());
    if (r.breakdown.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(rect, Qt::AlignLeft | Qt::AlignTop, noDataText());
        return;
    }
    const int shown = shownBars(r);
    double max = 0;
    double labelWidth = 0;
    double valueWidth = 0;
    for (int i = 0; i < shown; ++i) {
        const kpi::BreakdownRow &b = r.breakdown.at(i);
        max = std::max(max, b.value);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(kpi::displayValue(b.value, o.definition->unit)));
    }
    labelWidth = std::min(labelWidth, rect.width() * 0.4);
    const double barLeft = rect.left() + labelWidth + mm(2);
    const double barSpace = std::max(mm(10), rect.right() - barLeft - valueWidth - mm(2));
    for (int i = 0; i < shown; ++i) {
        const kpi::BreakdownRow &b = r.breakdown.at(i);
        const QRectF row(rect.left(), rect.top() + mm(kBarMm) * i, rect.width(), mm(kBarMm));
        p.setPen(kInk);
        p.drawText(QRectF(row.left(), row.top(), labelWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelWidth));
        const double w = max > 0 ? barSpace * b.value / max : 0;
        const QRectF bar(barLeft, row.top() + mm(0.8), std::max(w, mm(0.3)), row.height() - mm(1.6));
        p.fillRect(bar, kAccent);
        p.drawText(QRectF(bar.right() + mm(1.5), row.top(), valueWidth + mm(1), row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   kpi::displayValue(b.value, o.definition->unit));
    }
    if (r.breakdown.size() > kMaxBars) {
        const int more = int(r.breakdown.size()) - kMaxBars;
        p.setPen(kMuted);
        p.drawText(QRectF(barLeft, rect.top() + mm(kBarMm) * shown, rect.right() - barLeft, mm(kBarMm)), Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("KpiReport", "… and %n more (all of them in the chart's CSV export)", nullptr, more));
    }
}

void ChartPainter::paintGrid(QPainter &p, const QRectF &rect, const kpi::KpiOutcome &o) const
{
    const kpi::KpiResult &r = o.result.value();
    const QFont cellFont = reportFont(kCellPt);
    const QFont headFont = reportFont(kCellPt, true);
    if (r.cohortRows.isEmpty()) {
        p.setFont(cellFont);
        p.setPen(kMuted);
        p.drawText(rect, Qt::AlignLeft | Qt::AlignTop, noDataText());
        return;
    }
    const int columns = int(r.cohortColumns.size());
    const double first = std::min(mm(24), rect.width() / (columns + 1));
    const double colWidth = (rect.width() - first) / std::max(1, columns);
    const double rowH = mm(kGridRowMm);
    const double pad = mm(1.5);
    // Shade the share columns by value, relative to the largest share, like a heat map.
    QVector<double> columnMax(columns, 0);
    for (int c = 0; c < columns; ++c) {
        for (const QString &row : r.cohortRows) {
            if (const kpi::CohortCell *cell = r.cell(row, r.cohortColumns.at(c).key); cell && cell->value)
                columnMax[c] = std::max(columnMax[c], *cell->value);
        }
    }
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), rowH), kHeader);
    p.setFont(headFont);
    p.setPen(kInk);
    const QFontMetricsF headMetrics(headFont, p.device());
    p.drawText(QRectF(rect.left() + pad, rect.top(), first - 2 * pad, rowH), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("KpiReport", "Cohort"));
    for (int c = 0; c < columns; ++c) {
        const QRectF cellRect(rect.left() + first + colWidth * c + pad, rect.top(), colWidth - 2 * pad, rowH);
        p.drawText(cellRect, Qt::AlignRight | Qt::AlignVCenter,
                   headMetrics.elidedText(r.cohortColumns.at(c).label, Qt::ElideRight, cellRect.width()));
    }
    p.setFont(cellFont);
    for (int i = 0; i < r.cohortRows.size(); ++i) {
        const QString &row = r.cohortRows.at(i);
        const double y = rect.top() + rowH * (i + 1);
        p.setPen(kInk);
        p.drawText(QRectF(rect.left() + pad, y, first - 2 * pad, rowH), Qt::AlignLeft | Qt::AlignVCenter, row);
        for (int c = 0; c < columns; ++c) {
            const kpi::CohortColumn &column = r.cohortColumns.at(c);
            const kpi::CohortCell *cell = r.cell(row, column.key);
            const QRectF box(rect.left() + first + colWidth * c, y, colWidth, rowH);
            if (cell && cell->value && column.unit == kpi::Unit::Percent && columnMax[c] > 0) {
                QColor shade = kAccent;
                shade.setAlphaF(float(0.08 + 0.37 * *cell->value / columnMax[c]));
                p.fillRect(box.adjusted(mm(0.3), mm(0.3), -mm(0.3), -mm(0.3)), shade);
            }
            p.drawText(box.adjusted(pad, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter,
                       cell ? kpi::displayValue(cell->value, column.unit) : QString());
        }
        p.setPen(QPen(kGridLine, mm(0.2)));
        p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    p.drawLine(QPointF(rect.left(), rect.top() + rowH * double(r.cohortRows.size() + 1)),
               QPointF(rect.right(), rect.top() + rowH * double(r.cohortRows.size() + 1)));
}

QImage chartImage(const kpi::KpiOutcome &outcome, double widthMm, double dpi)
{
    const ChartPainter chart(dpi);
    const double width = chart.mm(widthMm);
    const double margin = chart.mm(5);
    const double inner = width - 2 * margin;
    const QFont title = reportFont(12, true);
    const QFont small = reportFont(8);
    QImage probe(1, 1, QImage::Format_ARGB32);
    probe.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    probe.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    const QFontMetricsF titleMetrics(title, &probe);
    const QFontMetricsF smallMetrics(small, &probe);
    const QString name = outcome.definition ? outcome.definition->name() : QString();
    const QString period = outcome.result ? kpi::periodText(outcome.result->period) : outcome.result.errorText();
    const QRectF titleRect = titleMetrics.boundingRect(QRectF(0, 0, inner, 0), Qt::TextWordWrap, name);
    const QRectF periodRect = smallMetrics.boundingRect(QRectF(0, 0, inner, 0), Qt::TextWordWrap, period);
    const double chartHeight = std::max(chart.height(outcome, inner), chart.mm(6));
    const double height = margin + titleRect.height() + chart.mm(1) + periodRect.height() + chart.mm(3) + chartHeight + margin;

    QImage image(int(std::ceil(width)), int(std::ceil(height)), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(probe.dotsPerMeterX());
    image.setDotsPerMeterY(probe.dotsPerMeterY());
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    double y = margin;
    p.setFont(title);
    p.setPen(kInk);
    p.drawText(QRectF(margin, y, inner, titleRect.height()), Qt::TextWordWrap, name);
    y += titleRect.height() + chart.mm(1);
    p.setFont(small);
    p.setPen(kMuted);
    p.drawText(QRectF(margin, y, inner, periodRect.height()), Qt::TextWordWrap, period);
    y += periodRect.height() + chart.mm(3);
    chart.paint(p, QRectF(margin, y, inner, chartHeight), outcome);
    p.end();
    return image;
}

} // namespace alumnidesk::report
