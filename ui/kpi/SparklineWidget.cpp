#include "kpi/SparklineWidget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace alumnidesk::ui {

SparklineWidget::SparklineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(24);
}

void SparklineWidget::setValues(const QVector<std::optional<double>> &values)
{
    m_values = values;
    update();
}

void SparklineWidget::paintEvent(QPaintEvent *)
{
    double lo = 0;
    double hi = 0;
    bool any = false;
    for (const auto &v : m_values) {
        if (!v)
            continue;
        lo = any ? std::min(lo, *v) : *v;
        hi = any ? std::max(hi, *v) : *v;
        any = true;
    }
    if (!any || m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    const double span = hi > lo ? hi - lo : 1;
    QPainterPath path;
    bool started = false;
    QPointF last;
    for (int i = 0; i < m_values.size(); ++i) {
        if (!m_values.at(i))
            continue;
        const QPointF pt(r.left() + r.width() * i / double(m_values.size() - 1),
                         r.bottom() - r.height() * (*m_values.at(i) - lo) / span);
        if (started)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        started = true;
        last = pt;
    }
    p.setPen(QPen(palette().color(isEnabled() ? QPalette::Highlight : QPalette::Mid), 1.5));
    p.drawPath(path);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawEllipse(last, 2.5, 2.5);
}

} // namespace alumnidesk::ui
