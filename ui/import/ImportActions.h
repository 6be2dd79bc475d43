// The window's import commands — File > Import from HR System… and File > Import History… — with the
// dialogs they open, kept out of MainWindow. Both dialogs are window-modal but not blocking (open(), not
// exec()), so the event loop runs on while they are up; when one changes the roster, the service announces
// a bulk change and the list reloads.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace alumnidesk::ui {

class ImportHistoryDialog;
class ImportWizard;
class RosterService;

class ImportActions : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dialogs; `service` knows the open roster and announces changes.
    ImportActions(RosterService *service, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *historyAction() const { return m_history; }
    /// Enables the commands when a roster is open.
    void updateEnabled();

    /// Opens the wizard (or raises the one already open) and returns it.
    ImportWizard *showImportWizard();
    ImportHistoryDialog *showImportHistory();

private:
    RosterService *m_service;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_history;
    QPointer<ImportWizard> m_wizard;
    QPointer<ImportHistoryDialog> m_historyDialog;
};

} // namespace alumnidesk::ui
