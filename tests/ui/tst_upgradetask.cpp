// Opening a roster from an older AlumniDesk in the window: the upgrade runs off the UI thread behind a
// progress dialog, reports the backup copy, and Cancel leaves the file as it was.
#include "db/Database.h"
#include "db/Migrations.h"
#include "main/UpgradeTask.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

// A schema-1 roster with enough people that its upgrade (search index, verdicts, …) takes a moment.
void makeOldRoster(const QString &path, int people)
{
    auto db = Database::openAtVersion(path, 1);
    QVERIFY(db);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO alumni(employee_id, family_name, given_name, family_kana, given_kana, created_at, updated_at) "
        "SELECT 'E' || i, '大野', '浩介', 'オオノ', 'コウスケ', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z' FROM n")
                       .arg(people)));
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestUpgradeTask : public QObject {
    Q_OBJECT
private slots:
    void currentFileNeedsNothing();
    void oldFileIsUpgradedWithABackup();
    void cancelLeavesTheFileUnchanged();
};

void TestUpgradeTask::currentFileNeedsNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    QCOMPARE(upgradeRosterIfNeeded(nullptr, path).kind, UpgradeOutcome::NotNeeded); // not there yet
    QVERIFY(Database::open(path));
    QCOMPARE(upgradeRosterIfNeeded(nullptr, path).kind, UpgradeOutcome::NotNeeded);
}

void TestUpgradeTask::oldFileIsUpgradedWithABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeOldRoster(path, 200);
    const UpgradeOutcome outcome = upgradeRosterIfNeeded(nullptr, path);
    QCOMPARE(outcome.kind, UpgradeOutcome::Upgraded);
    QVERIFY(QFile::exists(outcome.backupPath));
    auto db = Database::openExisting(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(upgradeRosterIfNeeded(nullptr, path).kind, UpgradeOutcome::NotNeeded);
}

void TestUpgradeTask::cancelLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    makeOldRoster(path, 60000);
    const QByteArray before = fileHash(path);
    // Click Cancel as soon as the progress dialog is up.
    QTimer press;
    press.setInterval(5);
    connect(&press, &QTimer::timeout, this, [&press] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QProgressDialog *>(w); dialog && dialog->isVisible()) {
                auto *cancel = dialog->findChild<QPushButton *>();
                QVERIFY(cancel);
                cancel->click();
                press.stop();
            }
        }
    });
    press.start();
    const UpgradeOutcome outcome = upgradeRosterIfNeeded(nullptr, path);
    QCOMPARE(outcome.kind, UpgradeOutcome::Cancelled);
    QCOMPARE(fileHash(path), before);
    auto db = Database::openAtVersion(path, 1);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 1);
}

QTEST_MAIN(TestUpgradeTask)
#include "tst_upgradetask.moc"
