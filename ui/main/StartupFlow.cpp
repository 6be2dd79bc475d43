#include "main/StartupFlow.h"

#include "common/MessageBox.h"
#include "common/Settings.h"
#include "db/Database.h"
#include "main/DemoRosterTask.h"
#include "main/FirstRunDialog.h"
#include "main/MainWindow.h"

#include <QFileInfo>

namespace alumnidesk::ui {

void openInitialRoster(MainWindow *window, const QString &requestedPath)
{
    if (!requestedPath.isEmpty()) {
        window->openDatabase(requestedPath);
        return;
    }
    const QString last = settings::lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last) && window->openDatabase(last))
        return;
    const QString path = Database::defaultPath();
    if (QFileInfo::exists(path)) {
        window->openDatabase(path);
        return;
    }
    FirstRunDialog dialog(path, window);
    if (dialog.exec() != QDialog::Accepted) {
        window->openDatabase(path);
        return;
    }
    switch (dialog.choice()) {
    case FirstRunDialog::DemoRoster: {
        bool cancelled = false;
        const QString error = createDemoRoster(window, path, FirstRunDialog::kDemoRows, &cancelled);
        if (!error.isEmpty() && !cancelled)
            MessageBox::warning(window, FirstRunDialog::tr("Demo roster"), error);
        window->openDatabase(path);
        break;
    }
    case FirstRunDialog::EmptyRoster:
        window->openDatabase(path);
        break;
    case FirstRunDialog::OpenExisting:
        if (!window->openDatabaseDialog())
            window->openDatabase(path);
        break;
    }
}

} // namespace alumnidesk::ui
