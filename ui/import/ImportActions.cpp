#include "import/ImportActions.h"

#include "import/ImportHistoryDialog.h"
#include "import/ImportWizard.h"
#include "roster/RosterService.h"

#include <QAction>
#include <QWidget>

namespace alumnidesk::ui {

ImportActions::ImportActions(RosterService *service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_import(new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import from HR System…"), this))
    , m_history(new QAction(tr("Import &History…"), this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Add and update alumni from a CSV file exported by your HR system"));
    m_history->setStatusTip(tr("See past imports and roll back the last one"));
    connect(m_import, &QAction::triggered, this, &ImportActions::showImportWizard);
    connect(m_history, &QAction::triggered, this, &ImportActions::showImportHistory);
    updateEnabled();
}

void ImportActions::updateEnabled()
{
    const bool open = m_service->database() != nullptr;
    m_import->setEnabled(open);
    m_history->setEnabled(open);
}

ImportWizard *ImportActions::showImportWizard()
{
    if (!m_service->database())
        return nullptr;
    // A closed wizard lingers until its deferred delete: only a visible one is still the user's.
    if (ImportWizard *existing = m_wizard.data(); existing && existing->isVisible()) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *wizard = new ImportWizard(m_service->database(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::rosterChanged, m_service, &RosterService::announceBulkChange);
    m_wizard = wizard;
    wizard->open();
    return wizard;
}

ImportHistoryDialog *ImportActions::showImportHistory()
{
    if (!m_service->database())
        return nullptr;
    if (ImportHistoryDialog *existing = m_historyDialog.data(); existing && existing->isVisible()) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *dialog = new ImportHistoryDialog(m_service->database(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::rosterChanged, m_service, &RosterService::announceBulkChange);
    m_historyDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace alumnidesk::ui
