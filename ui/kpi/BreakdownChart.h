// Any breakdown KPI of the registry as horizontal bars, chosen from a list (candidacies by stage or by
// source, time in stage, conversion, leavers by type, membership status mix, …): new breakdown KPIs
// appear here without a change. The funnel and leavers by reason have charts of their own and are not
// offered. Clicking a bar asks for the people behind it.
#pragma once

#include "kpi/KpiEngine.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QComboBox;

namespace alumnidesk::ui {

class BreakdownChart : public QWidget {
    Q_OBJECT
public:
    /// Shows `initialKpi` until the user chooses another; `excluded` are not offered.
    BreakdownChart(const QString &initialKpi, const QStringList &excluded, QWidget *parent = nullptr);

    void setOutcomes(const QVector<kpi::KpiOutcome> &outcomes);
    QString currentKpi() const;
    void setCurrentKpi(const QString &kpiId);
    /// The bars shown (tests click them), or nullptr.
    QBarSet *bars() const { return m_bars; }

signals:
    void drillRequested(const QString &kpiId, const QString &key, const QString &label);

private:
    void display(const kpi::KpiOutcome *outcome);

    QComboBox *m_choice;
    QChartView *m_view;
    QBarSet *m_bars = nullptr;
    QVector<kpi::KpiOutcome> m_outcomes;
};

} // namespace alumnidesk::ui
