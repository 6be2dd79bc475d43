// Upgrading a roster file written by an older AlumniDesk, off the UI thread: a large roster's upgrade (the
// search index rebuilt for a million people) takes a minute, during which the window shows a progress
// dialog with Cancel instead of freezing. The migration is one transaction: cancelled or failed, the file
// is unchanged.
#pragma once

#include <QString>

class QWidget;

namespace alumnidesk::ui {

struct UpgradeOutcome {
    enum Kind {
        NotNeeded, ///< the file is current, new, or not a roster at all (the normal open reports that)
        Upgraded,
        Cancelled,
        Failed,
    };
    Kind kind = NotNeeded;
    QString backupPath; ///< Upgraded: the copy of the old file
    QString error;      ///< Failed: what went wrong, in the user's language
};

/// Upgrades the roster at `path` when it needs it, showing progress over `parent`.
UpgradeOutcome upgradeRosterIfNeeded(QWidget *parent, const QString &path);

} // namespace alumnidesk::ui
