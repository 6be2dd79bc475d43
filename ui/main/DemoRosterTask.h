// Creates a demo roster file off the UI thread, with a progress dialog and a Cancel button. The worker
// opens its own connection (a connection belongs to the thread that made it). A new file is built under a
// temporary name and named only when complete (demo/DemoFile.h), so a cancelled or failed run leaves
// nothing behind; an existing empty roster is filled in one transaction that a failure rolls back.
#pragma once

#include <QString>

class QWidget;

namespace alumnidesk::ui {

/// Generates `rows` fictitious alumni into a new file at path. Returns an empty string on success, the
/// reason otherwise (also when the user cancelled: then `cancelled` is set).
QString createDemoRoster(QWidget *parent, const QString &path, int rows, bool *cancelled = nullptr);

} // namespace alumnidesk::ui
