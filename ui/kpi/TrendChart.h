// Leavers and rehires per month (or per year for long periods) over the period, as grouped bars (Qt
// Charts) from the series of the leavers and rehires KPIs. Clicking a bar asks for the people behind it.
#pragma once

#include "kpi/KpiEngine.h"

#include <QChartView>

class QBarSet;

namespace alumnidesk::ui {

class TrendChart : public QChartView {
    Q_OBJECT
public:
    static inline const QString kLeaversKpi = QStringLiteral("leavers");
    static inline const QString kRehiresKpi = QStringLiteral("rehires");

    explicit TrendChart(QWidget *parent = nullptr);

    /// Takes the leavers and rehires KPIs from a dashboard refresh (others are ignored).
    void setOutcomes(const QVector<kpi::KpiOutcome> &outcomes);
    /// The bar set of one KPI (tests click it), or nullptr.
    QBarSet *barSet(const QString &kpiId) const;

signals:
    /// A bar was clicked: the people behind `key` of `kpiId`, `label` naming the bucket.
    void drillRequested(const QString &kpiId, const QString &key, const QString &label);

private:
    QVector<QPair<QString, QBarSet *>> m_sets;
};

} // namespace alumnidesk::ui
