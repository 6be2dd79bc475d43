#include "report/ReportRenderer.h"

#include "kpi/KpiFormat.h"
#include "report/ChartPainter.h"
#include "report/ReportFonts.h"
#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace alumnidesk::report {

namespace {

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x6b, 0x6b, 0x6b);
const QColor kRule(0xcc, 0xcc, 0xcc);
const QColor kError(0xb0, 0x1e, 0x1e);

// Wrapped text at `top` across `width` from `left`; paints when `p` is given; returns its height.
double textBlock(QPainter *p, const QPaintDevice &device, double left, double top, double width, const QFont &font,
                 const QColor &color, const QString &text, int flags = Qt::AlignLeft | Qt::TextWordWrap)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, &device);
    const QRectF box = fm.boundingRect(QRectF(0, 0, width, 0), flags, text);
    if (p) {
        p->setFont(font);
        p->setPen(color);
        p->drawText(QRectF(left, top, width, box.height()), flags, text);
    }
    return box.height();
}

QString changeText(const kpi::KpiDefinition &d, const kpi::KpiResult &r)
{
    QStringList parts;
    if (r.change()) {
        parts << QCoreApplication::translate("KpiReport", "%1 against the previous period (%2: %3)")
                     .arg(kpi::displayValue(r.change(), d.unit, true), kpi::periodText(r.previousPeriod),
                          kpi::displayValue(r.previous, d.unit));
    } else if (r.previousPeriod.isValid()) {
        parts << QCoreApplication::translate("KpiReport", "No figure for the previous period (%1) to compare with.").arg(kpi::periodText(r.previousPeriod));
    }
    if (r.numerator && r.denominator && d.unit == kpi::Unit::Percent)
        parts << QCoreApplication::translate("KpiReport", "%1 of %2").arg(QLocale().toString(*r.numerator), QLocale().toString(*r.denominator));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

struct ReportRenderer::Layout {
    QRectF page;
    QRectF content;
    double dpi = 72;
    double mm(double v) const { return v * dpi / 25.4; }
};

ReportRenderer::ReportRenderer(const KpiReport &report)
    : m_report(report)
{
}

QString ReportRenderer::title()
{
    return QCoreApplication::translate("KpiReport", "KPI report");
}

void ReportRenderer::preparePdf(QPdfWriter &writer)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(600);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("AlumniDesk"));
}

double ReportRenderer::kpiBlock(QPainter *p, const QPaintDevice &device, const Layout &l, double top,
                                const kpi::KpiOutcome &o) const
{
    const kpi::KpiDefinition &d = *o.definition;
    const double left = l.content.left();
    const double width = l.content.width();
    double y = top;
    y += textBlock(p, device, left, y, width, reportFont(13, true), kInk, d.name());
    y += l.mm(1.5);

    const QFont big = reportFont(18, true);
    const QString value = o.result ? kpi::displayValue(o.result->value, d.unit) : QStringLiteral("—");
    const double valueWidth = QFontMetricsF(big, &device).horizontalAdvance(value) + l.mm(1);
    const double valueHeight = textBlock(p, device, left, y, valueWidth, big, kInk, value, Qt::AlignLeft);
    const double sideLeft = left + valueWidth + l.mm(4);
    const QString side = o.result ? changeText(d, o.result.value()) : QCoreApplication::translate("KpiReport", "Could not be computed: %1").arg(o.result.errorText());
    const QFont sideFont = reportFont(9);
    const double sideHeight = QFontMetricsF(sideFont, &device).boundingRect(QRectF(0, 0, left + width - sideLeft, 0), Qt::TextWordWrap, side).height();
    const double sideTop = y + std::max(0.0, (valueHeight - sideHeight) / 2);
    textBlock(p, device, sideLeft, sideTop, left + width - sideLeft, sideFont, o.result ? kInk : kError, side);
    y = std::max(y + valueHeight, sideTop + sideHeight) + l.mm(1);

    if (o.result) {
        const QFont small = reportFont(8);
        y += textBlock(p, device, left, y, width, small, kMuted, QCoreApplication::translate("KpiReport", "Period: %1").arg(kpi::periodText(o.result->period)));
        y += textBlock(p, device, left, y, width, small, kMuted, o.result->note);
        const ChartPainter chart(l.dpi);
        const double h = chart.height(o, width);
        if (h > 0) {
            y += l.mm(2.5);
            if (p)
                chart.paint(*p, QRectF(left, y, width, h), o);
            y += h;
        }
    }
    y += l.mm(3);
    y += textBlock(p, device, left, y, width, reportFont(8, true), kMuted, QCoreApplication::translate("KpiReport", "Definition"));
    y += l.mm(0.8);
    y += textBlock(p, device, left, y, width, reportFont(9), kInk, d.definition());
    y += l.mm(4);
    if (p) {
        p->setPen(QPen(kRule, l.mm(0.25)));
        p->drawLine(QPointF(left, y), QPointF(left + width, y));
    }
    return y + l.mm(5) - top;
}

void ReportRenderer::cover(QPainter &p, const QPaintDevice &device, const Layout &l, const QVector<int> &pages) const
{
    const double left = l.content.left();
    const double width = l.content.width();
    double y = l.content.top() + l.mm(8);
    y += textBlock(&p, device, left, y, width, reportFont(10), kMuted, QStringLiteral("AlumniDesk"));
    y += l.mm(2);
    y += textBlock(&p, device, left, y, width, reportFont(24, true), kInk, title());
    y += l.mm(2);
    y += textBlock(&p, device, left, y, width, reportFont(13), kInk, kpi::periodText(m_report.period));
    y += l.mm(10);

    const kpi::KpiFilters &f = m_report.filters;
    QVector<QPair<QString, QString>> rows = {
        {QCoreApplication::translate("KpiReport", "Period"), kpi::periodText(m_report.period)},
        {QCoreApplication::translate("KpiReport", "Compared with"), kpi::periodText(m_report.previousPeriod)},
        {QCoreApplication::translate("KpiReport", "Department"), f.department.isEmpty() ? QCoreApplication::translate("KpiReport", "All departments") : f.department},
        {QCoreApplication::translate("KpiReport", "Departure type"), f.departureType.isEmpty() ? QCoreApplication::translate("KpiReport", "All departure types") : vocabulary::departureTypeLabel(f.departureType)},
        {QCoreApplication::translate("KpiReport", "Eligibility rule set"), f.ruleSet.isEmpty() ? QCoreApplication::translate("KpiReport", "Default (rehire)") : f.ruleSet},
        {QCoreApplication::translate("KpiReport", "Data as of"), m_report.asOf.toString(Qt::ISODate)},
        {QCoreApplication::translate("KpiReport", "Generated"), m_report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
    };
    if (!m_report.source.isEmpty())
        rows.append({QCoreApplication::translate("KpiReport", "Roster"), m_report.source});
    const QFont labelFont = reportFont(10, true);
    const QFont valueFont = reportFont(10);
    double labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, QFontMetricsF(labelFont, &device).horizontalAdvance(row.first));
    labelWidth += l.mm(6);
    for (const auto &row : rows) {
        const double h = textBlock(&p, device, left + labelWidth, y, width - labelWidth, valueFont, kInk, row.second);
        textBlock(&p, device, left, y, labelWidth, labelFont, kMuted, row.first);
        y += std::max(h, QFontMetricsF(labelFont, &device).height()) + l.mm(1.8);
    }

    // A summary of every KPI with the page it is on, as far as the cover has room.
    y += l.mm(8);
    y += textBlock(&p, device, left, y, width, reportFont(12, true), kInk, QCoreApplication::translate("KpiReport", "Summary"));
    y += l.mm(2);
    const QFont cell = reportFont(8.5);
    const QFontMetricsF fm(cell, &device);
    const double rowHeight = fm.height() + l.mm(1.6);
    const double pageColumn = l.mm(14);
    const double valueColumn = l.mm(30);
    const double changeColumn = l.mm(30);
    const double nameWidth = width - pageColumn - valueColumn - changeColumn;
    const auto columns = [&](double top, const QString &name, const QString &value, const QString &change, const QString &page,
                             const QColor &color) {
        const double ty = top + l.mm(0.8);
        p.setFont(cell);
        p.setPen(color);
        p.drawText(QRectF(left, ty, nameWidth - l.mm(2), fm.height()), Qt::AlignLeft, fm.elidedText(name, Qt::ElideRight, nameWidth - l.mm(2)));
        p.drawText(QRectF(left + nameWidth, ty, valueColumn, fm.height()), Qt::AlignRight, value);
        p.drawText(QRectF(left + nameWidth + valueColumn, ty, changeColumn, fm.height()), Qt::AlignRight, change);
        p.drawText(QRectF(left + nameWidth + valueColumn + changeColumn, ty, pageColumn, fm.height()), Qt::AlignRight, page);
    };
    columns(y, QCoreApplication::translate("KpiReport", "KPI"), QCoreApplication::translate("KpiReport", "Value"), QCoreApplication::translate("KpiReport", "Change"), QCoreApplication::translate("KpiReport", "Page"), kMuted);
    y += rowHeight;
    p.setPen(QPen(kRule, l.mm(0.25)));
    p.drawLine(QPointF(left, y), QPointF(left + width, y));
    const int count = int(m_report.outcomes.size());
    for (int i = 0; i < count; ++i) {
        if (y + rowHeight * 2 > l.content.bottom()) {
            const int rest = count - i;
            textBlock(&p, device, left, y + l.mm(0.8), width, cell, kMuted, QCoreApplication::translate("KpiReport", "… and %n more KPIs on the following pages", nullptr, rest));
            break;
        }
        const kpi::KpiOutcome &o = m_report.outcomes.at(i);
        const kpi::KpiDefinition &d = *o.definition;
        const QString value = o.result ? kpi::displayValue(o.result->value, d.unit) : QStringLiteral("—");
        const QString change = o.result && o.result->change() ? kpi::displayValue(o.result->change(), d.unit, true) : QString();
        columns(y, d.name(), value, change, QString::number(pages.value(i)), kInk);
        y += rowHeight;
    }
}

void ReportRenderer::footer(QPainter &p, const QPaintDevice &device, const Layout &l, int page, int pageCount) const
{
    const QFont font = reportFont(7.5);
    const double y = l.page.bottom() - l.mm(12);
    const double width = l.content.width();
    textBlock(&p, device, l.content.left(), y, width, font, kMuted,
              QCoreApplication::translate("KpiReport", "%1 · data as of %2").arg(title(), m_report.asOf.toString(Qt::ISODate)), Qt::AlignLeft);
    textBlock(&p, device, l.content.left(), y, width, font, kMuted, QCoreApplication::translate("KpiReport", "Page %1 of %2").arg(page).arg(pageCount), Qt::AlignRight);
}

Result<int> ReportRenderer::render(QPagedPaintDevice &device) const
{
    Layout l;
    l.dpi = device.logicalDpiY();
    l.page = QRectF(0, 0, device.width(), device.height());
    l.content = l.page.adjusted(l.mm(18), l.mm(16), -l.mm(18), -l.mm(20));

    // First the pages each KPI falls on (for the summary and "page n of N"), then the painting.
    QVector<int> pages;
    QVector<double> tops;
    int page = 1;
    double y = l.content.bottom(); // the cover is full: the first KPI starts a page
    for (const kpi::KpiOutcome &o : m_report.outcomes) {
        const double h = kpiBlock(nullptr, device, l, 0, o);
        if (y + h > l.content.bottom() && y > l.content.top()) {
            ++page;
            y = l.content.top();
        }
        pages.append(page);
        tops.append(y);
        y += h;
    }
    const int pageCount = page;

    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("KpiReport", "The report could not be drawn: the printer or file is not ready."), QString()};
    painter.setRenderHint(QPainter::Antialiasing);
    cover(painter, device, l, pages);
    footer(painter, device, l, 1, pageCount);
    int current = 1;
    for (int i = 0; i < m_report.outcomes.size(); ++i) {
        if (pages.at(i) != current) {
            device.newPage();
            current = pages.at(i);
            footer(painter, device, l, current, pageCount);
        }
        kpiBlock(&painter, device, l, tops.at(i), m_report.outcomes.at(i));
    }
    painter.end();
    return pageCount;
}

Result<int> writePdf(const KpiReport &report, QIODevice *device)
{
    QPdfWriter writer(device);
    ReportRenderer::preparePdf(writer);
    return ReportRenderer(report).render(writer);
}

} // namespace alumnidesk::report
