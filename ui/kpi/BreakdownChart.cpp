#include "kpi/BreakdownChart.h"

#include "kpi/KpiTile.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace alumnidesk::ui {

BreakdownChart::BreakdownChart(const QString &initialKpi, const QStringList &excluded, QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("breakdownChart"));
    for (const kpi::KpiDefinition &d : kpi::KpiRegistry::standard().definitions()) {
        if (d.kind == kpi::Kind::Breakdown && !excluded.contains(d.id))
            m_choice->addItem(d.name(), d.id);
    }
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(initialKpi)));
    m_choice->setToolTip(tr("The breakdown to show"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(220, 200);
    m_view->setChart(new QChart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_view, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] { setOutcomes(m_outcomes); });
}

QString BreakdownChart::currentKpi() const
{
    return m_choice->currentData().toString();
}

void BreakdownChart::setCurrentKpi(const QString &kpiId)
{
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(kpiId)));
}

void BreakdownChart::setOutcomes(const QVector<kpi::KpiOutcome> &outcomes)
{
    m_outcomes = outcomes;
    const kpi::KpiOutcome *shown = nullptr;
    for (const kpi::KpiOutcome &o : m_outcomes) {
        if (o.definition->id == currentKpi())
            shown = &o;
    }
    display(shown);
}

void BreakdownChart::display(const kpi::KpiOutcome *outcome)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    m_bars = nullptr;
    if (outcome && outcome->result) {
        const kpi::KpiDefinition &d = *outcome->definition;
        m_view->setToolTip(d.definition());
        const QVector<kpi::BreakdownRow> &rows = outcome->result->breakdown;
        auto *set = new QBarSet(d.name());
        QStringList labels;
        QStringList keys;
        double most = 0;
        // First row at the top: a horizontal bar series draws its first category at the bottom.
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            *set << it->value;
            labels << it->label;
            keys << it->drillKey;
            most = std::max(most, it->value);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append(labels);
        axis->setTruncateLabels(false);
        QFont small = axis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85); // nine stages fit in a short chart
        axis->setLabelsFont(small);
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        auto *values = new QValueAxis;
        values->setLabelFormat(d.unit == kpi::Unit::Count ? QStringLiteral("%d") : QStringLiteral("%.0f"));
        values->setRange(0, std::max(1.0, most)); // rounded up below
        // Three round figures fit under a narrow chart (0, 15000, 30000); five odd ones were cut to "2…".
        values->setTickCount(3);
        values->applyNiceNumbers();
        values->setLabelsFont(small);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        const QString id = d.id;
        const kpi::Unit unit = d.unit;
        // The exact figure on hover: labels beside nine short bars would overlap.
        connect(set, &QBarSet::hovered, this, [set, labels, unit](bool on, int index) {
            if (on && index >= 0 && index < labels.size())
                QToolTip::showText(QCursor::pos(), labels.at(index) + QStringLiteral(": ") + KpiTile::format(set->at(index), unit));
        });
        connect(set, &QBarSet::clicked, this, [this, id, keys, labels](int index) {
            if (index >= 0 && index < keys.size())
                emit drillRequested(id, keys.at(index), labels.at(index));
        });
        m_bars = set;
    } else if (outcome) {
        chart->setTitle(outcome->result.errorText());
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace alumnidesk::ui
