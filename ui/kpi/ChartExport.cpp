#include "kpi/ChartExport.h"

#include "common/MessageBox.h"
#include "kpi/KpiTable.h"
#include "report/ChartPainter.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QFileDialog>
#include <QImageWriter>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

namespace alumnidesk::ui {

namespace {

QString suggestedPath(const kpi::KpiOutcome &outcome, const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(ChartExport::suggestedName(outcome, suffix));
}

} // namespace

void ChartExport::attach(QWidget *chart, OutcomeFor outcome)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart, outcome](const QPoint &pos) {
        QMenu menu(chart);
        addActions(&menu, chart, outcome());
        // A scroll area (a table, a chart view) reports the position in its viewport.
        const auto *area = qobject_cast<const QAbstractScrollArea *>(chart);
        menu.exec(area ? area->viewport()->mapToGlobal(pos) : chart->mapToGlobal(pos));
    });
}

void ChartExport::addActions(QMenu *menu, QWidget *parent, const kpi::KpiOutcome *outcome)
{
    QAction *png = menu->addAction(tr("Export Chart as PNG…"));
    QAction *csv = menu->addAction(tr("Export Data as CSV…"));
    const bool ready = outcome && outcome->definition && outcome->result;
    png->setEnabled(ready);
    csv->setEnabled(ready);
    if (!ready)
        return;
    // A copy: the dashboard may replace its outcomes while a file dialog is open.
    const kpi::KpiOutcome copy = *outcome;
    QObject::connect(png, &QAction::triggered, parent, [parent, copy] { askPng(parent, copy); });
    QObject::connect(csv, &QAction::triggered, parent, [parent, copy] { askCsv(parent, copy); });
}

QString ChartExport::suggestedName(const kpi::KpiOutcome &outcome, const QString &suffix)
{
    QString name = outcome.definition ? outcome.definition->id : QStringLiteral("kpi");
    if (outcome.result && outcome.result->period.isValid())
        name += QLatin1Char(' ') + outcome.result->period.toText();
    return name + QLatin1Char('.') + suffix;
}

Status ChartExport::savePng(const kpi::KpiOutcome &outcome, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("“%1” could not be written.").arg(shown), file.errorString()};
    QImageWriter writer(&file, "png");
    if (!writer.write(report::chartImage(outcome)))
        return Error{tr("“%1” could not be written.").arg(shown), writer.errorString()};
    if (!file.commit())
        return Error{tr("“%1” could not be written.").arg(shown), file.errorString()};
    return {};
}

Status ChartExport::saveCsv(const kpi::KpiOutcome &outcome, const QString &path)
{
    return kpi::writeCsvFile(kpi::chartTable(outcome), path);
}

void ChartExport::askPng(QWidget *parent, const kpi::KpiOutcome &outcome)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Chart as PNG"), suggestedPath(outcome, QStringLiteral("png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (Status st = savePng(outcome, path); !st)
        MessageBox::warning(parent, tr("Export Chart as PNG"), st.error().message, st.error().detail);
}

void ChartExport::askCsv(QWidget *parent, const kpi::KpiOutcome &outcome)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Data as CSV"), suggestedPath(outcome, QStringLiteral("csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status st = saveCsv(outcome, path); !st)
        MessageBox::warning(parent, tr("Export Data as CSV"), st.error().message, st.error().detail);
}

} // namespace alumnidesk::ui
