// Which roster the window opens at start: the one named on the command line, else the last one used, else
// the default file — and on the very first start (no roster anywhere yet) the user chooses between a demo
// roster to explore and an empty one.
#pragma once

#include <QString>

namespace alumnidesk::ui {

class MainWindow;

void openInitialRoster(MainWindow *window, const QString &requestedPath);

} // namespace alumnidesk::ui
