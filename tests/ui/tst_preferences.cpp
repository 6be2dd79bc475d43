// Preferences and start-up: the language choice is stored and offers a restart; recent files are kept
// newest first; the first start without any roster offers the demo roster and an empty one.
#include "common/MessageBox.h"
#include "common/Settings.h"
#include "db/Database.h"
#include "main/DemoRosterTask.h"
#include "main/FirstRunDialog.h"
#include "main/PreferencesDialog.h"

#include <QComboBox>
#include <QFile>
#include <QSqlQuery>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk::ui;

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void languageChoiceIsStoredAndOffersRestart();
    void recentFilesNewestFirstWithoutDuplicates();
    void firstRunOffersDemoEmptyOrOpen();
    void demoRosterIsCreatedOffTheUiThread();
    void failedDemoRosterLeavesNoFile();
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AlumniDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::languageChoiceIsStoredAndOffersRestart()
{
    settings::setLanguage(QStringLiteral("system"));
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("system"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    MessageBox::setNextAnswer(QMessageBox::No); // do not actually restart the test
    dialog.accept();
    QCOMPARE(settings::language(), QStringLiteral("ja"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Restart")));
    settings::setLanguage(QStringLiteral("system"));
}

void TestPreferences::recentFilesNewestFirstWithoutDuplicates()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    settings::addRecentFile(a);
    settings::addRecentFile(b);
    settings::addRecentFile(a);
    const QStringList recent = settings::recentFiles();
    QCOMPARE(recent.value(0), a);
    QCOMPARE(recent.value(1), b);
    QCOMPARE(recent.count(a), 1);
    settings::removeRecentFile(a);
    QVERIFY(!settings::recentFiles().contains(a));
    for (int i = 0; i < 20; ++i)
        settings::addRecentFile(dir.filePath(QStringLiteral("r%1.sqlite").arg(i)));
    QCOMPARE(settings::recentFiles().size(), 8);
}

void TestPreferences::firstRunOffersDemoEmptyOrOpen()
{
    FirstRunDialog dialog(QStringLiteral("/tmp/alumnidesk.sqlite"));
    QCOMPARE(dialog.choice(), FirstRunDialog::DemoRoster); // the friendliest start is preselected
    const auto buttons = dialog.findChildren<QRadioButton *>();
    QCOMPARE(buttons.size(), 3);
    buttons.at(1)->setChecked(true);
    QCOMPARE(dialog.choice(), FirstRunDialog::EmptyRoster);
    buttons.at(2)->setChecked(true);
    QCOMPARE(dialog.choice(), FirstRunDialog::OpenExisting);
}

void TestPreferences::demoRosterIsCreatedOffTheUiThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    bool cancelled = true;
    QCOMPARE(createDemoRoster(nullptr, path, 300, &cancelled), QString());
    QVERIFY(!cancelled);
    auto db = alumnidesk::Database::open(path);
    QVERIFY(db);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alumni")) && q.next());
    QCOMPARE(q.value(0).toInt(), 300);
}

void TestPreferences::failedDemoRosterLeavesNoFile()
{
    QTemporaryDir dir;
    // A roster that already has people is refused (demo data only goes into an empty roster)...
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    QCOMPARE(createDemoRoster(nullptr, path, 10), QString());
    const QString error = createDemoRoster(nullptr, path, 10);
    QVERIFY(!error.isEmpty());
    QVERIFY(QFile::exists(path)); // ...and a file that existed before is never removed
    // A file that cannot be created reports why and leaves nothing behind.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString impossible = dir.filePath(QStringLiteral("blocker/roster.sqlite"));
    QVERIFY(!createDemoRoster(nullptr, impossible, 10).isEmpty());
    QVERIFY(!QFile::exists(impossible));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
