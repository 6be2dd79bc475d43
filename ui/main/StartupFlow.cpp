#include "main/StartupFlow.h"

#include "common/Settings.h"
#include "db/Database.h"
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
    window->openDatabase(Database::defaultPath());
}

} // namespace alumnidesk::ui
