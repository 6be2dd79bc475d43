#include "kpi/FunnelChart.h"

#include "kpi/KpiTile.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace alumnidesk::ui {

namespace {

constexpr int kTitleHeight = 24;
constexpr int kGap = 16; // between bars, where the conversion is written
constexpr int kLabelWidth = 90;

} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
    setMinimumSize(220, 200);
    setCursor(Qt::PointingHandCursor);
}

QSize FunnelChart::sizeHint() const
{
    return {420, 300};
}

void FunnelChart::setOutcomes(const QVector<kpi::KpiOutcome> &outcomes)
{
    const kpi::KpiOutcome *funnel = nullptr;
    const kpi::KpiOutcome *conversion = nullptr;
    for (const kpi::KpiOutcome &o : outcomes) {
        if (o.definition->id == kFunnelKpi)
            funnel = &o;
        else if (o.definition->id == kConversionKpi)
            conversion = &o;
    }
    if (!funnel)
        return;
    m_stages.clear();
    m_error.clear();
    m_title = funnel->definition->name();
    QString tip = funnel->definition->definition();
    if (conversion)
        tip += QStringLiteral("\n\n") + conversion->definition->definition();
    setToolTip(tip);
    if (!funnel->result) {
        m_error = funnel->result.errorText();
        update();
        return;
    }
    for (const kpi::BreakdownRow &row : funnel->result->breakdown) {
        StageBar bar;
        bar.label = row.label;
        bar.count = row.value;
        bar.drillKey = row.drillKey;
        if (conversion && conversion->result) {
            for (const kpi::BreakdownRow &c : conversion->result->breakdown) {
                if (c.key == row.key)
                    bar.conversionToNext = c.value;
            }
        }
        m_stages.append(bar);
    }
    update();
}

QRect FunnelChart::plotArea() const
{
    return rect().adjusted(8, kTitleHeight + 4, -8, -6);
}

QRect FunnelChart::stageRect(int index) const
{
    if (index < 0 || index >= m_stages.size())
        return {};
    const QRect area = plotArea();
    const int n = int(m_stages.size());
    const int barHeight = std::max(12, (area.height() - kGap * (n - 1)) / n);
    double most = 0;
    for (const StageBar &s : m_stages)
        most = std::max(most, s.count);
    const int room = std::max(40, area.width() - kLabelWidth - 8);
    const double share = most > 0 ? m_stages.at(index).count / most : 0;
    const int width = std::max(6, int(room * share));
    const int left = area.left() + kLabelWidth + 8 + (room - width) / 2;
    return {left, area.top() + index * (barHeight + kGap), width, barHeight};
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(8, 4, width() - 16, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    const bool nobody = std::all_of(m_stages.cbegin(), m_stages.cend(), [](const StageBar &s) { return s.count == 0; });
    if (!m_error.isEmpty() || nobody) {
        p.drawText(plotArea(), Qt::AlignCenter | Qt::TextWordWrap, m_error.isEmpty() ? tr("No candidacies in the period") : m_error);
        return;
    }
    const QRect area = plotArea();
    const QColor bar = palette().color(isEnabled() ? QPalette::Highlight : QPalette::Mid);
    for (int i = 0; i < m_stages.size(); ++i) {
        const StageBar &s = m_stages.at(i);
        const QRect r = stageRect(i);
        const QRect label(area.left(), r.top(), kLabelWidth, r.height());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, s.label);
        p.setPen(Qt::NoPen);
        p.setBrush(bar);
        p.drawRoundedRect(r, 3, 3);
        // The count inside the bar when it fits, otherwise just right of it.
        const QString count = KpiTile::format(s.count, kpi::Unit::Count);
        const bool inside = r.width() > p.fontMetrics().horizontalAdvance(count) + 8;
        p.setPen(palette().color(inside ? QPalette::HighlightedText : QPalette::WindowText));
        p.drawText(inside ? r : QRect(r.right() + 4, r.top(), 80, r.height()),
                   (inside ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, count);
        if (i + 1 < m_stages.size() && s.conversionToNext) {
            const QRect gap(area.left() + kLabelWidth + 8, r.bottom() + 1, area.width() - kLabelWidth - 8, kGap);
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(gap, Qt::AlignCenter, tr("↓ %1").arg(KpiTile::format(s.conversionToNext, kpi::Unit::Percent)));
        }
    }
}

void FunnelChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    for (int i = 0; i < m_stages.size(); ++i) {
        const QRect r = stageRect(i);
        // The whole row, label included, is the stage's: a narrow bar is still easy to hit.
        const QRect row(plotArea().left(), r.top(), plotArea().width(), r.height());
        if (row.contains(event->position().toPoint())) {
            emit drillRequested(kFunnelKpi, m_stages.at(i).drillKey, m_stages.at(i).label);
            return;
        }
    }
}

} // namespace alumnidesk::ui
