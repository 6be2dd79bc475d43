// The KPI dashboard: filters (period, department, departure type, eligibility rule set), a tile per
// single-value KPI (value, change, sparkline), the monthly trend of leavers and rehires, the pipeline
// funnel, any breakdown KPI chosen from a list, leavers by reason as bars, and the rehire-rate cohort grid. Figures are computed off
// the UI thread (KpiRefresher); while newer ones are computed the old ones stay, greyed and marked stale.
// Clicking a tile, a bar or a cell asks core for the people behind it and emits peopleRequested.
#pragma once

#include "kpi/KpiEngine.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class BreakdownChart;
class FunnelChart;
class KpiRefresher;
class KpiTile;
class TrendChart;

class KpiDashboard : public QWidget {
    Q_OBJECT
public:
    explicit KpiDashboard(QWidget *parent = nullptr);
    ~KpiDashboard() override;

    /// The roster to read (not owned; nullptr clears). Starts a refresh.
    void setDatabase(const Database *db);
    /// The date the data is read as of (tests and reports fix it; default today). Resets the period.
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    kpi::KpiFilters filters() const;
    void setFilters(const kpi::KpiFilters &filters);

    /// Recomputes every KPI; the figures shown meanwhile are marked stale.
    void refresh();
    bool isStale() const { return m_stale; }
    KpiTile *tile(const QString &kpiId) const { return m_tiles.value(kpiId); }
    /// The last results (empty before the first refresh has finished).
    const QVector<kpi::KpiOutcome> &outcomes() const { return m_outcomes; }
    /// The last outcome of one KPI (nullptr before the first refresh); what a chart's export writes.
    const kpi::KpiOutcome *outcome(const QString &kpiId) const;
    /// Asks for the people behind a figure (what clicking does); `label` names the figure in the title.
    void drillDown(const QString &kpiId, const QString &key, const QString &label = {});

signals:
    /// The figures on screen are current again.
    void refreshed();
    /// The people behind a clicked figure: a title saying which, and their alumni ids.
    void peopleRequested(const QString &title, const QVector<qint64> &ids);

private:
    void buildFilters(QWidget *bar);
    void onRefreshed(const QVector<kpi::KpiOutcome> &outcomes, const QStringList &departments);
    void onRuleSets(const QStringList &keys, const QStringList &names);
    void onDrilled(const QString &kpiId, const QString &key, const QVector<qint64> &ids);
    void showReasons(const kpi::KpiOutcome &outcome);
    void showCohorts(const kpi::KpiOutcome &outcome);
    void setStale(bool stale);

    const Database *m_db = nullptr;
    QDate m_asOf;
    KpiRefresher *m_refresher;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_department;
    QComboBox *m_type;
    QComboBox *m_ruleSet;
    QLabel *m_status;
    QHash<QString, KpiTile *> m_tiles;
    QChartView *m_reasons;
    QTableWidget *m_cohorts;
    TrendChart *m_trend;
    FunnelChart *m_funnel;
    BreakdownChart *m_breakdown;
    QVector<kpi::KpiOutcome> m_outcomes;
    bool m_stale = false;
    bool m_updatingFilters = false;
    QString m_drillLabel;
};

} // namespace alumnidesk::ui
