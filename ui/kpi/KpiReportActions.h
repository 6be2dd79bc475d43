// File > Export Report as PDF… and File > Print… of the KPI window: the report of the figures on the
// dashboard, drawn by report::ReportRenderer (the same as `alumnidesk-cli report`). The figures are
// computed on the dashboard's worker; when they are being refreshed the actions wait for them, with a
// progress dialog that can cancel. Drawing the pages takes well under a second, so it runs on the UI thread.
#pragma once

#include "common/Result.h"
#include "report/KpiReport.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QProgressDialog;
class QWidget;

namespace alumnidesk::ui {

class KpiDashboard;

class KpiReportActions : public QObject {
    Q_OBJECT
public:
    KpiReportActions(KpiDashboard *dashboard, QWidget *window);

    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *printAction() const { return m_print; }
    /// The roster file's name for the cover (empty: not shown).
    void setSource(const QString &source) { m_source = source; }

    /// The report of the figures the dashboard shows now (its filters and as-of date).
    report::KpiReport currentReport() const;
    /// Writes the current report as a PDF (no dialog; for the action and for tests).
    Status savePdf(const QString &path) const;
    /// Prints the current report on a printer already set up (A4, full page: what print() does after
    /// its dialog); returns the number of pages.
    Result<int> printTo(QPrinter &printer) const;
    /// A4, the whole sheet (the renderer keeps its own margins), the report's title as document name.
    static void preparePrinter(QPrinter &printer);
    /// Runs `then` once the dashboard's figures are current: at once, or after the refresh still running
    /// (never when the user cancels the wait, or when there are no figures: a message says so).
    void whenFresh(const std::function<void()> &then);

private:
    void askPdf();
    void print();

    KpiDashboard *m_dashboard;
    QWidget *m_window;
    QAction *m_exportPdf;
    QAction *m_print;
    QString m_source;
    QProgressDialog *m_waiting = nullptr;
};

} // namespace alumnidesk::ui
