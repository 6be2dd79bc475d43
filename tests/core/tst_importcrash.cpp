// Crash safety of the import: `alumnidesk-cli import` killed with SIGKILL in the middle of a large import
// (or of its rollback), and an import cancelled through the API, leave a file that opens, passes PRAGMA
// integrity_check and holds exactly the roster it held before (a checksum of every roster row).
#include "db/Database.h"
#include "hris/StreamingImport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace alumnidesk;

namespace {

// A leavers file with `rows` people, employee IDs from `first` on.
void writeLeavers(const QString &path, int first, int rows)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    static const char *family[] = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"};
    static const char *familyKana[] = {"サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ヤマモト", "ナカムラ"};
    static const char *given[] = {"太郎", "花子", "一郎", "美咲", "健", "陽菜"};
    static const char *givenKana[] = {"タロウ", "ハナコ", "イチロウ", "ミサキ", "ケン", "ヒナ"};
    QByteArray out = "社員番号,氏名,フリガナ,入社日,退職日,所属,役職,退職区分,メールアドレス\r\n";
    for (int i = 0; i < rows; ++i) {
        const int id = first + i;
        const int a = id % 8, b = id % 6;
        out += "E" + QByteArray::number(id) + ',' + family[a] + "\xe3\x80\x80" + given[b] + ',' + familyKana[a] + ' '
            + givenKana[b] + ',' + QByteArray::number(2000 + id % 20) + "/04/01," + QByteArray::number(2021 + id % 4)
            + "/03/31,営業部第" + QByteArray::number(id % 9 + 1) + "課,主任,自己都合,e" + QByteArray::number(id)
            + "@example.jp\r\n";
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

QByteArray rosterChecksum(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT * FROM alumni ORDER BY id", "SELECT * FROM stints ORDER BY id",
                            "SELECT * FROM alumnus_attributes ORDER BY alumnus_id, name", "SELECT * FROM imports ORDER BY id",
                            "SELECT count(*) FROM audit_log", "SELECT count(*) FROM import_changes",
                            "SELECT rowid FROM alumni_search WHERE alumni_search MATCH '佐藤' ORDER BY rowid"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql)))
            return QByteArray("query failed: ") + sql;
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

QString integrity(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check failed to run");
    return q.value(0).toString();
}

} // namespace

class TestImportCrash : public QObject {
    Q_OBJECT
private slots:
    void killedCliLeavesTheRosterAsItWas();
    void killedRollbackLeavesTheImportInPlace();
    void cancelLeavesTheRosterAsItWas();
};

void TestImportCrash::killedCliLeavesTheRosterAsItWas()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("roster.sqlite"));
    const QString before = dir.filePath(QStringLiteral("before.csv"));
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    writeLeavers(before, 1, 500);
    writeLeavers(big, 1, 40000); // the 500 known people plus enough new ones for the bulk path
    const QString cli = QStringLiteral(ALUMNIDESK_CLI);
    QProcess first;
    first.start(cli, {QStringLiteral("--db"), dbPath, QStringLiteral("import"), before});
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);

    QByteArray checksum;
    {
        auto db = Database::open(dbPath);
        QVERIFY(db);
        checksum = rosterChecksum(db->sql());
    }

    // The kill comes when the import reports a phase (--progress): while the people are written inside the
    // transaction, and while the indexes are rebuilt just before the commit.
    for (const char *phase : {"writing", "indexing"}) {
        QProcess p;
        p.setReadChannel(QProcess::StandardError);
        p.start(cli, {QStringLiteral("--db"), dbPath, QStringLiteral("import"), big, QStringLiteral("--progress"),
                      QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        const QByteArray wanted = QByteArray("\"phase\":\"") + phase + '"';
        bool seen = false;
        while (!seen && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            while (!seen && p.canReadLine())
                seen = p.readLine().contains(wanted);
        }
        QVERIFY2(seen, phase);
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // The CLI was the file's only user: it wrote through the rollback journal, which is left beside the
        // file. Any open undoes it before reading — a read-only one too (it would otherwise fail to read).
        const QString journal = dbPath + QStringLiteral("-journal");
        QVERIFY2(QFileInfo(journal).size() > 0, phase);
        {
            auto readOnly = Database::openExisting(dbPath);
            QVERIFY(readOnly);
            QCOMPARE(rosterChecksum(readOnly->sql()), checksum);
        }
        QVERIFY(!QFileInfo::exists(journal));

        auto db = Database::open(dbPath);
        QVERIFY(db);
        QCOMPARE(integrity(db->sql()), QStringLiteral("ok"));
        QCOMPARE(rosterChecksum(db->sql()), checksum);
        QSqlQuery mode(db->sql());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }
}

// The rollback reads and removes the import's people a chunk at a time, still in one transaction: killed
// half way, the file holds the roster as the import left it, and the import can still be rolled back.
void TestImportCrash::killedRollbackLeavesTheImportInPlace()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("roster.sqlite"));
    const QString before = dir.filePath(QStringLiteral("before.csv"));
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    writeLeavers(before, 1, 500);
    writeLeavers(big, 1, 25000); // enough new people for the bulk rollback
    const QString cli = QStringLiteral(ALUMNIDESK_CLI);
    auto runCli = [&](const QStringList &args) {
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("--db"), dbPath} + args);
        return p.waitForFinished(120000) ? p.exitCode() : -1;
    };
    QCOMPARE(runCli({QStringLiteral("import"), before}), 0);
    QCOMPARE(runCli({QStringLiteral("import"), big}), 0);
    QByteArray afterBig;
    {
        auto db = Database::open(dbPath);
        QVERIFY(db);
        afterBig = rosterChecksum(db->sql());
    }

    QProcess p;
    p.start(cli, {QStringLiteral("--db"), dbPath, QStringLiteral("rollback-import"), QStringLiteral("last")});
    QVERIFY(p.waitForStarted());
    if (p.waitForFinished(150))
        QSKIP("the rollback finished before it could be killed");
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    {
        auto db = Database::open(dbPath);
        QVERIFY(db);
        QCOMPARE(integrity(db->sql()), QStringLiteral("ok"));
        QCOMPARE(rosterChecksum(db->sql()), afterBig);
    }
    QCOMPARE(runCli({QStringLiteral("rollback-import"), QStringLiteral("last")}), 0);
    auto db = Database::open(dbPath);
    QVERIFY(db);
    QCOMPARE(integrity(db->sql()), QStringLiteral("ok"));
    // The roster as before the big import, and the history says it was rolled back.
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alumni")) && q.next());
    QCOMPARE(q.value(0).toInt(), 500);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM imports WHERE rolled_back_at IS NOT NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestImportCrash::cancelLeavesTheRosterAsItWas()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("roster.sqlite"));
    const QString before = dir.filePath(QStringLiteral("before.csv"));
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    writeLeavers(before, 1, 300);
    writeLeavers(big, 100, 12000);
    auto db = Database::open(dbPath);
    QVERIFY(db);
    hris::StreamingImportOptions options;
    options.source.fileName = QStringLiteral("before.csv");
    QVERIFY(hris::streamImport(*db, before, options));
    const QByteArray checksum = rosterChecksum(db->sql());

    // Cancelled in each phase: while reading, while writing people, and once the rows are in (bulk).
    for (const hris::ImportPhase phase : {hris::ImportPhase::Reading, hris::ImportPhase::Writing, hris::ImportPhase::Indexing}) {
        std::atomic_bool cancel{false};
        auto progress = [&](hris::ImportPhase p, qint64 done, qint64) {
            if (p == phase && (done > 0 || phase == hris::ImportPhase::Indexing))
                cancel = true;
        };
        options.bulkThreshold = 1000;
        auto r = hris::streamImport(*db, big, options, progress, [&cancel] { return cancel.load(); });
        QVERIFY2(!r, "the import should have been cancelled");
        QCOMPARE(integrity(db->sql()), QStringLiteral("ok"));
        QCOMPARE(rosterChecksum(db->sql()), checksum);
    }
    // And nothing was left behind that stops the next import.
    options.source.fileName = QStringLiteral("big.csv");
    auto r = hris::streamImport(*db, big, options);
    QVERIFY2(r, qPrintable(r ? QString() : r.errorText()));
    QCOMPARE(r->summary.inserted, 12000 - 201);
    QCOMPARE(r->summary.unchanged, 201);
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
