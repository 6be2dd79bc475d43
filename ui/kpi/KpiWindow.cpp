#include "kpi/KpiWindow.h"

#include "common/Format.h"
#include "kpi/ChartExport.h"
#include "kpi/KpiDashboard.h"
#include "kpi/KpiReportActions.h"

#include "db/Database.h"
#include "roster/RosterQuery.h"
#include "roster/Vocabulary.h"

#include <QHeaderView>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

KpiWindow::KpiWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_dashboard(new KpiDashboard(this))
    , m_reportActions(new KpiReportActions(m_dashboard, this))
    , m_title(new QLabel(this))
    , m_people(new QTableWidget(this))
{
    setWindowTitle(tr("KPI Dashboard"));
    m_people->setObjectName(QStringLiteral("kpiPeople"));
    m_people->setColumnCount(4);
    m_people->setHorizontalHeaderLabels({tr("Employee ID"), tr("Name"), tr("Department"), tr("Departure")});
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->horizontalHeader()->setStretchLastSection(true);
    m_people->verticalHeader()->hide();
    m_title->setWordWrap(true);
    m_title->setText(tr("Click a figure to see the people behind it."));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_title);
    sideLayout->addWidget(m_people, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_dashboard);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    buildMenu();
    resize(1280, 800);

    connect(m_dashboard, &KpiDashboard::peopleRequested, this, &KpiWindow::showPeople);
    connect(m_people, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_people->item(row, 0))
            emit openAlumnus(item->data(Qt::UserRole).toLongLong());
    });
}

void KpiWindow::buildMenu()
{
    auto *bar = new QMenuBar(this);
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(m_reportActions->exportPdfAction());
    file->addAction(m_reportActions->printAction());
    // Every chart's export, also reachable from the chart's own context menu: one submenu per KPI.
    QMenu *charts = file->addMenu(tr("Export &Chart"));
    charts->setObjectName(QStringLiteral("exportChartMenu"));
    connect(charts, &QMenu::aboutToShow, this, [this, charts] {
        charts->clear();
        for (const kpi::KpiOutcome &o : m_dashboard->outcomes())
            ChartExport::addActions(charts->addMenu(o.definition->name()), this, &o);
        if (charts->isEmpty())
            charts->addAction(tr("No figures yet"))->setEnabled(false);
    });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    layout()->setMenuBar(bar);
}

void KpiWindow::setDatabase(Database *db)
{
    m_db = db;
    m_reportActions->setSource(db ? QFileInfo(db->path()).fileName() : QString());
    m_people->setRowCount(0);
    m_dashboard->setDatabase(db);
}

void KpiWindow::showPeople(const QString &title, const QVector<qint64> &ids)
{
    const int count = int(ids.size());
    m_title->setText(tr("%1: %n alumni", nullptr, count).arg(title));
    m_people->setRowCount(0);
    if (!m_db || ids.isEmpty())
        return;
    // The rows of a slice of ids are a primary-key lookup each: quick on the UI thread for a list this long.
    RosterQuery query(m_db->sql(), m_db->backend());
    auto rows = query.rows(ids.mid(0, kListLimit));
    if (!rows) {
        m_title->setText(rows.errorText());
        return;
    }
    m_people->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const RosterRow &r = rows->at(i);
        auto *id = new QTableWidgetItem(r.employeeId);
        id->setData(Qt::UserRole, r.id);
        m_people->setItem(i, 0, id);
        m_people->setItem(i, 1, new QTableWidgetItem(r.name));
        m_people->setItem(i, 2, new QTableWidgetItem(r.department));
        m_people->setItem(i, 3, new QTableWidgetItem(shortDate(r.departureDate)));
    }
    m_people->resizeColumnsToContents();
}

} // namespace alumnidesk::ui
