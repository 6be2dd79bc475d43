#include "kpi/KpiReportActions.h"

#include "common/MessageBox.h"
#include "kpi/KpiDashboard.h"
#include "report/ReportRenderer.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace alumnidesk::ui {

KpiReportActions::KpiReportActions(KpiDashboard *dashboard, QWidget *window)
    : QObject(window)
    , m_dashboard(dashboard)
    , m_window(window)
    , m_exportPdf(new QAction(tr("Export Report as &PDF…"), this))
    , m_print(new QAction(tr("&Print…"), this))
{
    m_exportPdf->setObjectName(QStringLiteral("exportReportPdf"));
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_exportPdf, &QAction::triggered, this, [this] { whenFresh([this] { askPdf(); }); });
    connect(m_print, &QAction::triggered, this, [this] { whenFresh([this] { print(); }); });
}

report::KpiReport KpiReportActions::currentReport() const
{
    kpi::KpiContext ctx;
    ctx.filters = m_dashboard->filters();
    ctx.asOf = m_dashboard->asOf();
    report::KpiReport r = report::KpiReport::from(ctx, m_dashboard->outcomes());
    r.source = m_source;
    return r;
}

Status KpiReportActions::savePdf(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("“%1” could not be written.").arg(shown), file.errorString()};
    const report::KpiReport r = currentReport();
    if (Result<int> pages = report::writePdf(r, &file); !pages)
        return pages.error();
    if (!file.commit())
        return Error{tr("“%1” could not be written.").arg(shown), file.errorString()};
    return {};
}

void KpiReportActions::whenFresh(const std::function<void()> &then)
{
    if (m_waiting)
        return; // already waiting for a refresh
    if (!m_dashboard->isStale()) {
        if (m_dashboard->outcomes().isEmpty()) {
            MessageBox::information(m_window, report::ReportRenderer::title(), tr("There are no figures to report yet: open a roster first."));
            return;
        }
        then();
        return;
    }
    m_waiting = new QProgressDialog(tr("Computing the figures for the report…"), tr("Cancel"), 0, 0, m_window);
    m_waiting->setWindowTitle(report::ReportRenderer::title());
    m_waiting->setMinimumDuration(0);
    m_waiting->setWindowModality(Qt::WindowModal);
    QProgressDialog *waiting = m_waiting;
    const auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_dashboard, &KpiDashboard::refreshed, this, [this, waiting, done, then] {
        disconnect(*done);
        m_waiting = nullptr;
        waiting->hide();
        waiting->deleteLater();
        then();
    });
    connect(waiting, &QProgressDialog::canceled, this, [this, waiting, done] {
        disconnect(*done);
        m_waiting = nullptr;
        waiting->hide();
        waiting->deleteLater();
    });
    waiting->show();
}

void KpiReportActions::askPdf()
{
    const report::KpiReport r = currentReport();
    const QString name = tr("KPI report %1.pdf").arg(r.asOf.toString(Qt::ISODate));
    const QString suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report as PDF"), suggestion, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status st = savePdf(path); !st)
        MessageBox::warning(m_window, tr("Export Report as PDF"), st.error().message, st.error().detail);
}

void KpiReportActions::preparePrinter(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the renderer keeps its own margins
    printer.setDocName(report::ReportRenderer::title());
}

Result<int> KpiReportActions::printTo(QPrinter &printer) const
{
    const report::KpiReport r = currentReport();
    return report::ReportRenderer(r).render(printer);
}

void KpiReportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<int> pages = printTo(printer); !pages)
        MessageBox::warning(m_window, tr("Print"), pages.error().message, pages.error().detail);
}

} // namespace alumnidesk::ui
