#include "kpi/KpiTile.h"

#include "kpi/SparklineWidget.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>

namespace alumnidesk::ui {

KpiTile::KpiTile(const kpi::KpiDefinition &definition, QWidget *parent)
    : QFrame(parent)
    , m_id(definition.id)
    , m_name(new QLabel(definition.name(), this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_sparkline(new SparklineWidget(this))
{
    setObjectName(QStringLiteral("kpiTile_") + definition.id);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setToolTip(definition.definition());
    m_name->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_sparkline);
    setMinimumWidth(190);
}

QString KpiTile::format(const std::optional<double> &value, kpi::Unit unit, bool signedChange)
{
    if (!value)
        return tr("n/a");
    const QLocale l;
    const QString sign = signedChange && *value > 0 ? QStringLiteral("+") : QString();
    switch (unit) {
    case kpi::Unit::Count:
        return sign + l.toString(qint64(std::llround(*value)));
    case kpi::Unit::Percent:
        return signedChange ? tr("%1 pt").arg(sign + l.toString(*value, 'f', 1)) : l.toString(*value, 'f', 1) + QStringLiteral(" %");
    case kpi::Unit::Days:
        return tr("%1 days").arg(sign + l.toString(*value, 'f', 0));
    case kpi::Unit::Months:
        return tr("%1 months").arg(sign + l.toString(*value, 'f', 1));
    }
    return {};
}

void KpiTile::setOutcome(const kpi::KpiOutcome &outcome)
{
    const kpi::KpiDefinition &d = *outcome.definition;
    if (!outcome.result) {
        m_value->setText(tr("Error"));
        m_change->setText(outcome.result.errorText());
        m_sparkline->setValues({});
        return;
    }
    const kpi::KpiResult &r = outcome.result.value();
    m_value->setText(format(r.value, d.unit));
    if (r.change())
        m_change->setText(tr("%1 vs previous period").arg(format(r.change(), d.unit, true)));
    else if (!r.note.isEmpty())
        m_change->setText(r.note);
    else if (r.numerator && r.denominator)
        m_change->setText(tr("%1 of %2").arg(QLocale().toString(*r.numerator), QLocale().toString(*r.denominator)));
    else
        m_change->clear();
    m_change->setWordWrap(true);
    QVector<std::optional<double>> values;
    for (const kpi::SeriesPoint &p : r.series)
        values.append(p.value);
    m_sparkline->setValues(values);
}

void KpiTile::setStale(bool stale)
{
    m_value->setEnabled(!stale);
    m_change->setEnabled(!stale);
    m_sparkline->setEnabled(!stale);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked(m_id);
    QFrame::mouseReleaseEvent(event);
}

} // namespace alumnidesk::ui
