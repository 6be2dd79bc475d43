// Typed user settings with their defaults in one place (QSettings underneath). Screens read and write
// through these functions, never through scattered string keys.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace alumnidesk::ui::settings {

/// "system", "ja" or "en".
QString language();
void setLanguage(const QString &value);

/// Most recently opened databases, newest first (at most 8).
QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);

/// The database opened last; empty for none.
QString lastDatabase();
void setLastDatabase(const QString &path);

/// Column keys hidden in the roster (see RosterColumns).
QStringList hiddenRosterColumns(bool *isSet);
void setHiddenRosterColumns(const QStringList &keys);

/// The folder the import wizard last took a file from; the home folder at first.
QString lastImportFolder();
void setLastImportFolder(const QString &folder);

QByteArray mainWindowGeometry();
void setMainWindowGeometry(const QByteArray &g);
QByteArray mainWindowState();
void setMainWindowState(const QByteArray &s);
QByteArray rosterHeaderState();
void setRosterHeaderState(const QByteArray &s);

} // namespace alumnidesk::ui::settings
