// The main window: the roster (filter bar, table, detail pane), the menus, the undo stack and the open
// database file. Screens are separate classes; this one wires them together.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QUndoStack;

namespace alumnidesk {
class Database;
struct Alumnus;
}

namespace alumnidesk::ui {

class DetailPane;
class EligibilityActions;
class VerdictRefresher;
class FilterBar;
class ImportActions;
class PipelineSession;
class PipelineView;
class KpiWindow;
class RosterChangeWatcher;
class RosterCounter;
class RosterService;
class RosterTableModel;
class RosterView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a roster file and shows it; on failure shows why and keeps the current one.
    bool openDatabase(const QString &path);
    /// Shows an already opened database (used by first start, which creates it).
    void setDatabase(std::unique_ptr<Database> db);
    Database *database() const { return m_db.get(); }

    RosterTableModel *rosterModel() const { return m_model; }
    RosterView *rosterView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailPane *detailPane() const { return m_detail; }
    QUndoStack *undoStack() const { return m_undo; }
    RosterService *service() const { return m_service; }
    ImportActions *importActions() const { return m_importActions; }
    PipelineSession *pipelineSession() const { return m_pipeline; }
    PipelineView *pipelineView() const { return m_pipelineView; }
    RosterChangeWatcher *changeWatcher() const { return m_watcher; }
    /// Shows the roster (0) or the pipeline (1).
    void showPage(int page);
    EligibilityActions *eligibilityActions() const { return m_eligibilityActions; }
    VerdictRefresher *verdictRefresher() const { return m_refresher; }

    /// Asks for a roster file and opens it; false when the user cancelled or it could not be opened.
    bool openDatabaseDialog();

public slots:
    void addAlumnus();
    void editAlumnus(qint64 id);
    void deleteAlumnus(qint64 id);
    void addToPipeline(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void newDatabase();
    void rebuildRecentMenu();
    void refreshFilterChoices();
    void refreshRuleSetChoices();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void showCommandError(const QString &message);
    void showPreferences();
    void showAbout();
    void showKpiDashboard();
    void onRosterChanged(const QVector<qint64> &ids);
    void onExternalRosterChange();
    void onPipelineChanged(const QVector<qint64> &ids, bool rosterToo);
    void onPageChanged(int page);
    void showRosterContextMenu(const QPoint &pos);
    void onEligibilityChanged(const QVector<qint64> &ids);

    std::unique_ptr<Database> m_db;
    RosterService *m_service;
    RosterTableModel *m_model;
    QUndoStack *m_undo;
    FilterBar *m_filterBar;
    RosterView *m_view;
    DetailPane *m_detail;
    RosterCounter *m_counter;
    RosterChangeWatcher *m_watcher;
    ImportActions *m_importActions = nullptr;
    PipelineSession *m_pipeline;
    PipelineView *m_pipelineView;
    QTabWidget *m_pages = nullptr;
    bool m_detailWasVisible = true;
    EligibilityActions *m_eligibilityActions = nullptr;
    VerdictRefresher *m_refresher;
    KpiWindow *m_kpiWindow = nullptr; ///< created on first use
    QAction *m_kpiAction = nullptr;
    QDockWidget *m_detailDock = nullptr;
    qint64 m_selectedId = 0;
    qint64 m_totalAlumni = 0;

    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newDbAction = nullptr;
    QAction *m_openDbAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addToPipelineAction = nullptr;
    QAction *m_showRosterAction = nullptr;
    QAction *m_showPipelineAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace alumnidesk::ui
