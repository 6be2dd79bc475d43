#include "main/MainWindow.h"

#include "common/MessageBox.h"
#include "common/Settings.h"
#include "db/Database.h"
#include "editor/AlumnusDialog.h"
#include "eligibility/EligibilityActions.h"
#include "eligibility/RuleSetStore.h"
#include "eligibility/VerdictRefresher.h"
#include "import/ImportActions.h"
#include "kpi/KpiWindow.h"
#include "main/PreferencesDialog.h"
#include "main/RosterCounter.h"
#include "main/UpgradeTask.h"
#include "pipeline/AddToPipelineDialog.h"
#include "pipeline/PipelineSession.h"
#include "pipeline/PipelineView.h"
#include "roster/DetailPane.h"
#include "roster/FilterBar.h"
#include "roster/AlumnusJson.h"
#include "roster/Validation.h"
#include "roster/RosterChangeWatcher.h"
#include "roster/RosterCommands.h"
#include "roster/RosterQuery.h"
#include "roster/RosterService.h"
#include "roster/RosterTableModel.h"
#include "roster/RosterView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alumnidesk::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_service(new RosterService(this))
    , m_model(new RosterTableModel(this))
    , m_undo(new QUndoStack(this))
    , m_filterBar(new FilterBar(this))
    , m_view(new RosterView(this))
    , m_detail(new DetailPane(m_service, this))
    , m_counter(new RosterCounter(this))
    , m_watcher(new RosterChangeWatcher(this))
    , m_pipeline(new PipelineSession(this))
    , m_pipelineView(new PipelineView(m_pipeline, m_undo, this))
    , m_refresher(new VerdictRefresher(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_view->setRosterModel(m_model);
    m_view->restoreState();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view);
    // The roster and the pipeline side by side as pages; the detail pane belongs to the roster page.
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(central, tr("Roster"));
    m_pages->addTab(m_pipelineView, tr("Rehire Pipeline"));
    setCentralWidget(m_pages);
    m_detail->setPipeline(m_pipeline);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &RosterTableModel::setFilter);
    connect(m_filterBar, &FilterBar::ruleSetChanged, this, [this](qint64 id) {
        m_model->setVerdictRuleSet(id);
        m_eligibilityActions->setPreferredRuleSet(m_filterBar->ruleSetKey());
    });
    connect(m_refresher, &VerdictRefresher::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy || m_model->isLoading());
        updateStatus();
    });
    connect(m_refresher, &VerdictRefresher::refreshed, this, [this](bool changed) {
        if (!changed)
            return;
        m_model->invalidate({});
        if (m_model->dependsOnVerdicts())
            m_model->reload();
    });
    connect(m_refresher, &VerdictRefresher::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The verdicts could not be updated: %1").arg(message), 10000);
    });
    connect(m_view, &RosterView::currentIdChanged, this, [this](qint64 id) {
        // A reset clears the selection: keep showing the same person when they are still in the list.
        if (id == 0 && m_selectedId != 0 && m_model->rowOf(m_selectedId) >= 0) {
            m_view->selectId(m_selectedId);
            return;
        }
        m_selectedId = id;
        m_detail->showAlumnus(id);
        updateActions();
    });
    connect(m_view, &RosterView::activatedId, this, &MainWindow::editAlumnus);
    connect(m_detail, &DetailPane::editRequested, this, &MainWindow::editAlumnus);
    connect(m_detail, &DetailPane::overrideRequested, m_eligibilityActions, &EligibilityActions::editOverride);
    connect(m_eligibilityActions, &EligibilityActions::eligibilityChanged, this, &MainWindow::onEligibilityChanged);
    connect(m_model, &RosterTableModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading || m_refresher->isBusy());
        updateStatus();
    });
    connect(m_model, &RosterTableModel::loadFinished, this, [this](qint64) {
        if (m_model->filter().isEmpty())
            m_totalAlumni = m_model->rowCount();
        updateStatus();
    });
    connect(m_model, &RosterTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The roster could not be read: %1").arg(message), 10000);
    });
    connect(m_service, &RosterService::rosterChanged, this, &MainWindow::onRosterChanged);
    connect(m_watcher, &RosterChangeWatcher::rosterChanged, this, &MainWindow::onExternalRosterChange);
    // Something else changed (verdicts, overrides, the pipeline — by the CLI, for instance): the rows, the
    // detail pane and the pipeline board read it again (a hidden board when it is next shown).
    connect(m_watcher, &RosterChangeWatcher::otherDataChanged, m_pipeline, [this] { m_pipeline->announce({}); });
    connect(m_counter, &RosterCounter::counted, this, [this](qint64 alumni) {
        m_totalAlumni = alumni;
        updateStatus();
    });
    connect(m_pipeline, &PipelineSession::changed, this, &MainWindow::onPipelineChanged);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showRosterContextMenu);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    restoreGeometry(settings::mainWindowGeometry());
    restoreState(settings::mainWindowState());
    if (settings::mainWindowGeometry().isEmpty()) {
        resize(1280, 800);
        resizeDocks({m_detailDock}, {380}, Qt::Horizontal);
    }
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor (QObject deletes them later) and some emit while dying, e.g. the undo
    // stack clearing itself: they must no longer reach this half-destroyed window.
    for (QObject *child : {static_cast<QObject *>(m_undo), static_cast<QObject *>(m_model),
                           static_cast<QObject *>(m_view), static_cast<QObject *>(m_service),
                           static_cast<QObject *>(m_filterBar), static_cast<QObject *>(m_detail),
                           static_cast<QObject *>(m_counter), static_cast<QObject *>(m_pipeline),
                           static_cast<QObject *>(m_watcher),
                           static_cast<QObject *>(m_pages), static_cast<QObject *>(m_eligibilityActions),
                           static_cast<QObject *>(m_refresher)})
        child->disconnect(this);
    m_refresher->setDatabase(nullptr);
    m_watcher->setDatabase(nullptr);
    // The model's worker, the counter and the service hold pointers into the database: detach them first.
    m_counter->recount(nullptr);
    m_model->setDatabase(nullptr);
    m_service->setDatabase(nullptr);
    m_pipeline->setDatabase(nullptr);
    if (m_kpiWindow) {
        m_kpiWindow->disconnect(this);
        m_kpiWindow->setDatabase(nullptr); // waits for KPIs still being computed on this database
    }
}

void MainWindow::createActions()
{
    m_newDbAction = new QAction(tr("&New Roster File…"), this);
    m_newDbAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDbAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDbAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Roster File…"), this);
    m_openDbAction->setShortcut(QKeySequence::Open);
    connect(m_openDbAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // QUndoStack rewrites the menu texts ("Undo Edit 田中 太郎"); an explicit icon text keeps the toolbar short.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));

    m_kpiAction = new QAction(tr("&KPI Dashboard"), this);
    m_kpiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_kpiAction, &QAction::triggered, this, &MainWindow::showKpiDashboard);

    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Alumnus…"), this);
    m_addAction->setShortcut(QKeySequence::New);
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addAlumnus);
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Alumnus…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, [this] { editAlumnus(m_view->currentId()); });
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete Alumnus…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Toolbar buttons show short labels without the menu's accelerator, which Japanese writes as "(&A)".
    m_addAction->setIconText(tr("Add"));
    m_editAction->setIconText(tr("Edit"));
    m_deleteAction->setIconText(tr("Delete"));
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteAlumnus(m_view->currentId()); });

    m_addToPipelineAction = new QAction(tr("Add to &Pipeline…"), this);
    m_addToPipelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_addToPipelineAction, &QAction::triggered, this, [this] { addToPipeline(m_view->currentId()); });
    m_showRosterAction = new QAction(tr("&Roster"), this);
    m_showRosterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showRosterAction, &QAction::triggered, this, [this] { showPage(0); });
    m_showPipelineAction = new QAction(tr("Rehire &Pipeline"), this);
    m_showPipelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showPipelineAction->setIconText(tr("Pipeline"));
    connect(m_showPipelineAction, &QAction::triggered, this, [this] { showPage(1); });

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });
    m_clearFiltersAction = new QAction(tr("&Clear Search and Filters"), this);
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &FilterBar::clear);
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_aboutAction = new QAction(tr("&About AlumniDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_importActions = new ImportActions(m_service, this);
    m_eligibilityActions = new EligibilityActions(m_service, this, [this] { return m_view->currentId(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDbAction);
    file->addAction(m_openDbAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_importActions->importAction());
    file->addAction(m_importActions->historyAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addAction);
    edit->addAction(m_editAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_addToPipelineAction);
    edit->addAction(m_eligibilityActions->overrideAction());
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showRosterAction);
    view->addAction(m_showPipelineAction);
    view->addSeparator();
    view->addMenu(m_view->columnMenu());
    QAction *detail = m_detailDock->toggleViewAction();
    detail->setText(tr("&Details Pane"));
    view->addAction(detail);
    view->addSeparator();
    view->addAction(m_clearFiltersAction);
    view->addSeparator();
    view->addAction(m_kpiAction);

    QMenu *pipeline = menuBar()->addMenu(tr("&Pipeline"));
    pipeline->addAction(m_pipelineView->newOpeningAction());
    pipeline->addAction(m_pipelineView->editOpeningAction());
    pipeline->addAction(m_pipelineView->matchAction());
    pipeline->addAction(m_pipelineView->detailsAction());
    pipeline->addAction(m_pipelineView->editStagesAction());
    pipeline->addSeparator();
    pipeline->addAction(m_addToPipelineAction);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_eligibilityActions->rulesAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Roster"));
    bar->setObjectName(QStringLiteral("rosterToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_addAction);
    bar->addAction(m_editAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_showPipelineAction);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
}

bool MainWindow::openDatabase(const QString &path)
{
    // A file from an older version is upgraded first, off the UI thread with a Cancel button.
    const UpgradeOutcome upgrade = upgradeRosterIfNeeded(this, path);
    if (upgrade.kind == UpgradeOutcome::Cancelled) {
        statusBar()->showMessage(tr("The upgrade was cancelled: %1 was not opened and is unchanged.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 15000);
        return false;
    }
    if (upgrade.kind == UpgradeOutcome::Failed) {
        MessageBox::warning(this, tr("Cannot open roster"), upgrade.error, {});
        return false;
    }
    Database::OpenError error;
    auto db = Database::open(path, &error);
    if (!db) {
        MessageBox::warning(this, tr("Cannot open roster"), error.error.message, error.error.detail);
        settings::removeRecentFile(path);
        rebuildRecentMenu();
        return false;
    }
    const QString backupPath = upgrade.kind == UpgradeOutcome::Upgraded ? upgrade.backupPath : db->migrationBackupPath();
    if (!backupPath.isEmpty()) {
        statusBar()->showMessage(tr("The roster was upgraded; the previous version was kept as %1")
                                     .arg(QDir::toNativeSeparators(backupPath)),
                                 15000);
    }
    setDatabase(std::move(db));
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    m_counter->recount(nullptr); // waits for a count still running on the old file
    m_refresher->setDatabase(nullptr);
    if (m_kpiWindow)
        m_kpiWindow->setDatabase(nullptr); // waits for figures still being computed on the old file
    m_watcher->setDatabase(nullptr);
    m_model->setDatabase(nullptr);
    m_service->setDatabase(nullptr);
    m_pipeline->setDatabase(nullptr);
    m_undo->clear();
    m_selectedId = 0;
    m_detail->showAlumnus(0);
    m_db = std::move(db);
    m_filterBar->blockSignals(true);
    m_filterBar->clear();
    m_filterBar->blockSignals(false);
    if (m_db) {
        m_service->setDatabase(m_db.get());
        m_pipeline->setDatabase(m_db.get());
        m_totalAlumni = 0;
        m_counter->recount(m_db.get());
        m_model->setDatabase(m_db.get());
        refreshFilterChoices();
        refreshRuleSetChoices();
        m_refresher->setDatabase(m_db.get());
        m_watcher->setDatabase(m_db.get());
        if (m_kpiWindow)
            m_kpiWindow->setDatabase(m_db.get());
        settings::addRecentFile(m_db->path());
        settings::setLastDatabase(m_db->path());
        rebuildRecentMenu();
    }
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::showKpiDashboard()
{
    if (!m_kpiWindow) {
        m_kpiWindow = new KpiWindow(this);
        connect(m_kpiWindow, &KpiWindow::openAlumnus, this, &MainWindow::editAlumnus);
        m_kpiWindow->setDatabase(m_db.get());
    }
    m_kpiWindow->show();
    m_kpiWindow->raise();
    m_kpiWindow->activateWindow();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Roster File"),
                                                      QDir::home().filePath(tr("alumni.sqlite")),
                                                      tr("AlumniDesk roster (*.sqlite *.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // A new roster never replaces a file: whatever is there may be someone's only copy.
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Roster File"),
                            tr("“%1” already exists. Choose another name, or open it with File > Open.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

bool MainWindow::openDatabaseDialog()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Roster File"), start,
                                                      tr("AlumniDesk roster (*.sqlite *.db);;All files (*)"));
    return !path.isEmpty() && openDatabase(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] { openDatabase(f); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::refreshFilterChoices()
{
    if (!m_db)
        return;
    RosterQuery q(m_db->sql(), m_db->backend());
    const auto departments = q.departments();
    const auto tags = q.tags();
    const auto years = q.departureYearRange();
    m_filterBar->setChoices(departments ? departments.value() : QStringList(), tags ? tags.value() : QStringList(),
                            years ? years->first : 0, years ? years->second : 0);
}

void MainWindow::refreshRuleSetChoices()
{
    if (!m_db)
        return;
    eligibility::RuleSetStore store(m_db->sql(), m_db->backend(), QStringLiteral("ui"));
    auto sets = store.current();
    if (!sets)
        return;
    QVector<QPair<qint64, QString>> items;
    QStringList keys;
    for (const auto &set : sets.value()) {
        items.append({set.ruleSetId, set.definition.name.text()});
        keys.append(set.definition.key);
    }
    m_filterBar->setRuleSets(items, keys, QStringLiteral("rehire"));
    m_model->setVerdictRuleSet(m_filterBar->ruleSetId());
    m_eligibilityActions->setPreferredRuleSet(m_filterBar->ruleSetKey());
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("AlumniDesk");
    if (m_db)
        title = QFileInfo(m_db->path()).fileName() + QStringLiteral(" — ") + title;
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    if (!m_db) {
        m_countLabel->setText(tr("No roster open"));
        return;
    }
    QString text = tr("%Ln alumni", nullptr, int(m_totalAlumni));
    if (m_refresher->isBusy())
        text += QStringLiteral(" · ") + tr("updating verdicts…");
    if (m_model->isLoading()) {
        text += QStringLiteral(" · ") + tr("searching…");
    } else if (!m_model->filter().isEmpty()) {
        text += QStringLiteral(" · ") + tr("%Ln shown", nullptr, m_model->rowCount());
    }
    m_countLabel->setText(text);
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    const bool selected = open && m_view->currentId() != 0;
    m_addAction->setEnabled(open);
    m_kpiAction->setEnabled(open);
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_addToPipelineAction->setEnabled(selected);
    m_showPipelineAction->setEnabled(open);
    m_importActions->updateEnabled();
    m_eligibilityActions->updateEnabled();
}

void MainWindow::showCommandError(const QString &message)
{
    MessageBox::warning(this, tr("Change not applied"), message);
}

void MainWindow::onRosterChanged(const QVector<qint64> &ids)
{
    m_watcher->acknowledge();
    m_counter->recount(m_db.get());
    m_model->invalidate(ids);
    m_model->reload();
    m_detail->refreshIfShown(ids);
    refreshFilterChoices();
    m_refresher->schedule();
    updateStatus();
}

void MainWindow::onExternalRosterChange()
{
    // Another program wrote to the file: every cached row, the order and the counts may be out of date. The
    // undo stack stays: each command checks the stored record before it writes (see RosterCommands.h).
    onRosterChanged({});
    m_pipeline->announce({}); // the board's cards show names and positions from the roster
    statusBar()->showMessage(tr("The roster was changed by another program; the list shows the file as it is now."), 8000);
}

void MainWindow::onPipelineChanged(const QVector<qint64> &ids, bool rosterToo)
{
    // Shown as it is now: the watcher need not report these writes again.
    m_watcher->acknowledgeOtherData();
    // A rehire adds a stint and sets the status: the roster's rows change too.
    if (rosterToo) {
        onRosterChanged(ids);
        return;
    }
    m_detail->refreshIfShown(ids);
    // The In pipeline column (and its filter and sort) read the candidacies.
    m_model->invalidate(ids);
    if (m_model->dependsOnPipeline())
        m_model->reload();
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

void MainWindow::onPageChanged(int page)
{
    // The detail pane is the roster's: the board needs the width.
    if (page == 1) {
        m_detailWasVisible = m_detailDock->isVisible();
        m_detailDock->hide();
    } else if (m_detailWasVisible) {
        m_detailDock->show();
    }
}

void MainWindow::showRosterContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->selectId(m_model->idAt(index.row()));
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_addToPipelineAction);
    menu.addAction(m_eligibilityActions->overrideAction());
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::addToPipeline(qint64 id)
{
    if (!m_db || id == 0)
        return;
    auto person = m_service->load(id);
    if (!person) {
        MessageBox::warning(this, tr("Cannot add to the pipeline"), person.errorText());
        return;
    }
    AddToPipelineDialog dialog(m_pipeline, id, person->displayName(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("%1 is now in the rehire pipeline.").arg(person->displayName()), 5000);
}

void MainWindow::onEligibilityChanged(const QVector<qint64> &ids)
{
    m_watcher->acknowledgeOtherData();
    m_detail->refreshIfShown(ids);
    if (ids.isEmpty()) {
        // Rules were saved: new names for the picker, and every stored verdict of that set is stale.
        refreshRuleSetChoices();
        m_refresher->refreshNow();
        return;
    }
    // An override is read by the column and the filter directly: no re-evaluation needed.
    m_model->invalidate(ids);
    if (m_model->dependsOnVerdicts())
        m_model->reload();
}

void MainWindow::addAlumnus()
{
    if (!m_db)
        return;
    Alumnus fresh;
    Stint first;
    first.employmentType = QStringLiteral("regular");
    fresh.stints.append(first);
    AlumnusDialog dialog(fresh, [this](const Alumnus &a) { return m_service->check(a); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *cmd = new AddAlumnusCommand(m_service, dialog.alumnus(), [this](const QString &m) { showCommandError(m); });
    m_undo->push(cmd);
    if (cmd->alumnusId())
        m_selectedId = cmd->alumnusId();
}

void MainWindow::editAlumnus(qint64 id)
{
    if (!m_db || id == 0)
        return;
    auto before = m_service->load(id);
    if (!before) {
        MessageBox::warning(this, tr("Cannot edit"), before.errorText());
        return;
    }
    AlumnusDialog dialog(before.value(), [this](const Alumnus &a) { return m_service->check(a); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // OK without a change is not an edit: nothing to write, nothing to undo.
    if (sameAuditedContent(normalized(before.value()), normalized(dialog.alumnus())))
        return;
    m_undo->push(new EditAlumnusCommand(m_service, before.value(), dialog.alumnus(),
                                        [this](const QString &m) { showCommandError(m); }));
}

void MainWindow::deleteAlumnus(qint64 id)
{
    if (!m_db || id == 0)
        return;
    auto snapshot = m_service->load(id);
    if (!snapshot) {
        MessageBox::warning(this, tr("Cannot delete"), snapshot.errorText());
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Delete alumnus"),
        tr("Delete %1 (employee ID %2) with all employment history?\n\nYou can undo this with Edit > Undo.")
            .arg(snapshot->displayName(), snapshot->employeeId),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // Keep the neighbour selected so the user can go on working down the list.
    const int row = m_model->rowOf(id);
    const qint64 next = m_model->idAt(row + 1) ? m_model->idAt(row + 1) : m_model->idAt(row - 1);
    m_undo->push(new DeleteAlumnusCommand(m_service, snapshot.value(), [this](const QString &m) { showCommandError(m); }));
    m_selectedId = next;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AlumniDesk"),
                       tr("<h3>AlumniDesk %1</h3><p>The alumni roster, rehire pipeline and KPIs for HR teams: "
                          "offline, fast, and at home with Japanese HR data.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::setMainWindowGeometry(saveGeometry());
    settings::setMainWindowState(saveState());
    m_view->saveState();
    event->accept();
}

} // namespace alumnidesk::ui
