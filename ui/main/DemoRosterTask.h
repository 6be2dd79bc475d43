// Creates a demo roster file off the UI thread, with a progress dialog and a Cancel button. The worker
// opens its own connection (a connection belongs to the thread that made it); a cancelled or failed run
// removes the file it created, so nothing half-made is left behind.
#pragma once

#include <QString>

class QWidget;

namespace alumnidesk::ui {

/// Generates `rows` fictitious alumni into a new file at path. Returns an empty string on success, the
/// reason otherwise (also when the user cancelled: then `cancelled` is set).
QString createDemoRoster(QWidget *parent, const QString &path, int rows, bool *cancelled = nullptr);

} // namespace alumnidesk::ui
