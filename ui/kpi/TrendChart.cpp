#include "kpi/TrendChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace alumnidesk::ui {

namespace {

// Months as "25/11", "12", "26/1", "2", …: the year only where it changes, so that twelve or more labels fit
// under the bars; years ("2024") stay as they are.
QString shortLabel(const QString &bucket, bool first)
{
    if (bucket.size() != 7)
        return bucket;
    const QString month = QString::number(bucket.mid(5, 2).toInt());
    return first || month == QLatin1String("1") ? bucket.mid(2, 2) + QLatin1Char('/') + month : month;
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 200);
    setChart(new QChart);
}

QBarSet *TrendChart::barSet(const QString &kpiId) const
{
    for (const auto &s : m_sets) {
        if (s.first == kpiId)
            return s.second;
    }
    return nullptr;
}

void TrendChart::setOutcomes(const QVector<kpi::KpiOutcome> &outcomes)
{
    QVector<const kpi::KpiOutcome *> shown;
    for (const QString &id : {kLeaversKpi, kRehiresKpi}) {
        for (const kpi::KpiOutcome &o : outcomes) {
            if (o.definition->id == id && o.result)
                shown.append(&o);
        }
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Leavers and rehires per month"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_sets.clear();
    QString tip;
    if (!shown.isEmpty()) {
        auto *series = new QBarSeries;
        QStringList categories;
        QStringList labels;
        double most = 0;
        for (const kpi::KpiOutcome *o : shown) {
            auto *set = new QBarSet(o->definition->name());
            QStringList keys;
            labels.clear();
            categories.clear();
            for (const kpi::SeriesPoint &p : o->result->series) {
                const double v = p.value.value_or(0);
                *set << v;
                most = std::max(most, v);
                keys << p.drillKey;
                labels << p.label;
                categories << shortLabel(p.label, categories.isEmpty());
            }
            const QString id = o->definition->id;
            connect(set, &QBarSet::clicked, this, [this, id, keys, labels](int index) {
                if (index >= 0 && index < keys.size())
                    emit drillRequested(id, keys.at(index), labels.at(index));
            });
            series->append(set);
            m_sets.append({id, set});
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + o->definition->name() + QStringLiteral(": ")
                + o->definition->definition();
        }
        if (!labels.isEmpty() && labels.constFirst().size() == 4)
            chart->setTitle(tr("Leavers and rehires per year"));
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append(categories);
        axis->setTruncateLabels(false); // "25/11" cut to "25…" says nothing
        QFont small = axis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axis->setLabelsFont(small);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        auto *values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%d"));
        values->setRange(0, std::max(1.0, std::ceil(most)));
        values->applyNiceNumbers();
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
    }
    setToolTip(tip);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace alumnidesk::ui
