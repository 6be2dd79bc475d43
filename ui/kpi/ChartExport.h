// Export of any chart on the KPI dashboard, whatever its KPI: the chart as a PNG (drawn by the report's
// ChartPainter with the KPI's name and period, so the picture stands on its own outside the app) and its
// data as CSV (kpi::chartTable: UTF-8 with BOM, a header row). A chart widget gets both through its
// context menu with attach(); the dashboard only says which outcome the widget shows.
#pragma once

#include "common/Result.h"
#include "kpi/KpiEngine.h"

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace alumnidesk::ui {

class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(alumnidesk::ui::ChartExport)
public:
    /// The outcome a chart widget shows at the moment (nullptr while there is none).
    using OutcomeFor = std::function<const kpi::KpiOutcome *()>;

    /// Gives `chart` a context menu with "Export Chart as PNG…" and "Export Data as CSV…".
    static void attach(QWidget *chart, OutcomeFor outcome);
    /// Adds the two actions to `menu` (for a widget whose context menu has other entries too).
    static void addActions(QMenu *menu, QWidget *parent, const kpi::KpiOutcome *outcome);

    static Status savePng(const kpi::KpiOutcome &outcome, const QString &path);
    static Status saveCsv(const kpi::KpiOutcome &outcome, const QString &path);
    /// "leavers_by_reason 2024-12-31.csv": the KPI id and the end of its period.
    static QString suggestedName(const kpi::KpiOutcome &outcome, const QString &suffix);

private:
    static void askPng(QWidget *parent, const kpi::KpiOutcome &outcome);
    static void askCsv(QWidget *parent, const kpi::KpiOutcome &outcome);
};

} // namespace alumnidesk::ui
