#include "common/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace alumnidesk::ui::settings {

namespace {

constexpr int kMaxRecent = 8;

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

} // namespace

QString language()
{
    return QSettings().value(key("ui/language"), QStringLiteral("system")).toString();
}

void setLanguage(const QString &value)
{
    QSettings().setValue(key("ui/language"), value);
}

QStringList recentFiles()
{
    return QSettings().value(key("files/recent")).toStringList();
}

void addRecentFile(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(key("files/recent"), list);
}

void removeRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key("files/recent"), list);
}

QString lastDatabase()
{
    return QSettings().value(key("files/last")).toString();
}

void setLastDatabase(const QString &path)
{
    QSettings().setValue(key("files/last"), QFileInfo(path).absoluteFilePath());
}

QStringList hiddenRosterColumns(bool *isSet)
{
    QSettings s;
    if (isSet)
        *isSet = s.contains(key("roster/hiddenColumns"));
    return s.value(key("roster/hiddenColumns")).toStringList();
}

void setHiddenRosterColumns(const QStringList &keys)
{
    QSettings().setValue(key("roster/hiddenColumns"), keys);
}

QString lastImportFolder()
{
    const QString folder = QSettings().value(key("import/lastFolder")).toString();
    // A folder on a removed USB stick or an unmounted share would open the file chooser nowhere.
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void setLastImportFolder(const QString &folder)
{
    QSettings().setValue(key("import/lastFolder"), QFileInfo(folder).absoluteFilePath());
}

QByteArray mainWindowGeometry()
{
    return QSettings().value(key("window/geometry")).toByteArray();
}

void setMainWindowGeometry(const QByteArray &g)
{
    QSettings().setValue(key("window/geometry"), g);
}

QByteArray mainWindowState()
{
    return QSettings().value(key("window/state")).toByteArray();
}

void setMainWindowState(const QByteArray &s)
{
    QSettings().setValue(key("window/state"), s);
}

QByteArray rosterHeaderState()
{
    return QSettings().value(key("roster/header")).toByteArray();
}

void setRosterHeaderState(const QByteArray &s)
{
    QSettings().setValue(key("roster/header"), s);
}

} // namespace alumnidesk::ui::settings
