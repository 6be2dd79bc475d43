// A large import by the file's only user writes through a rollback journal instead of the write-ahead log
// (StoreBackend::enterSoleWriterJournal, db/SoleWriterJournal): the roster must be the same, the file must be
// back in WAL mode afterwards (after a commit, an error or a cancel), and with another connection open the
// import must stay in WAL mode so that connection can go on reading. A journal left by a killed import is
// undone before any open reads the file, a read-only one included (tst_importcrash kills the CLI).
#include "db/Database.h"
#include "db/SoleWriterJournal.h"
#include "db/StoreBackend.h"
#include "hris/StreamingImport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;

namespace {

QString writeLeavers(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/leavers.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out = "社員番号,氏名,フリガナ,入社日,退職日,所属,メールアドレス\r\n";
    for (int i = 0; i < rows; ++i)
        out += "S" + QByteArray::number(10000 + i) + ",山田　太郎" + QByteArray::number(i) + ",ヤマダ　タロウ,2010/04/01,2015/03/31,営業部,t"
            + QByteArray::number(i) + "@example.com\r\n";
    f.write(out);
    return path;
}

QString journalMode(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA main.journal_mode")) || !q.next())
        return QStringLiteral("?");
    return q.value(0).toString().toLower();
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

hris::StreamingImportOptions bulkOptions()
{
    hris::StreamingImportOptions options;
    options.bulkThreshold = 100;
    options.source.fileName = QStringLiteral("leavers.csv");
    return options;
}

} // namespace

class TestSoleWriterJournal : public QObject {
    Q_OBJECT
private slots:
    void entersOnlyWhenAlone();
    void bulkImportByTheOnlyUser();
    void anotherConnectionKeepsTheLog();
    void cancelledImportPutsTheLogBack();
};

void TestSoleWriterJournal::entersOnlyWhenAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db);
    {
        auto other = Database::openExisting(path);
        QVERIFY(other);
        QCOMPARE(count(other->sql(), QStringLiteral("SELECT count(*) FROM alumni")), 0);
        SoleWriterJournal journal(db->sql(), db->backend());
        QVERIFY(!journal.active());
        QCOMPARE(journalMode(db->sql()), QStringLiteral("wal"));
    }
    {
        SoleWriterJournal journal(db->sql(), db->backend());
        QVERIFY(journal.active());
        QCOMPARE(journalMode(db->sql()), QStringLiteral("delete"));
    }
    QCOMPARE(journalMode(db->sql()), QStringLiteral("wal"));
}

void TestSoleWriterJournal::bulkImportByTheOnlyUser()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    const QString file = writeLeavers(dir.path(), 600);
    auto db = Database::open(path);
    QVERIFY(db);
    QString modeDuringImport;
    auto r = hris::streamImport(*db, file, bulkOptions(), [&](hris::ImportPhase phase, qint64, qint64) {
        if (phase == hris::ImportPhase::Indexing)
            modeDuringImport = journalMode(db->sql());
    });
    QVERIFY2(r, qPrintable(r ? QString() : r.errorText()));
    QVERIFY(r->bulk);
    QVERIFY(r->soleWriter);
    QCOMPARE(modeDuringImport, QStringLiteral("delete"));
    QCOMPARE(r->summary.inserted, 600);
    QCOMPARE(journalMode(db->sql()), QStringLiteral("wal"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    db.reset();
    // What was written is in the file itself (nothing waits in a log), and searchable.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    auto again = Database::openExisting(path);
    QVERIFY(again);
    QCOMPARE(count(again->sql(), QStringLiteral("SELECT count(*) FROM alumni")), 600);
    QCOMPARE(count(again->sql(), QStringLiteral("SELECT count(*) FROM stints")), 600);
    QCOMPARE(count(again->sql(), QStringLiteral("SELECT count(*) FROM alumni_search WHERE alumni_search MATCH '太郎599'")), 1);
    QSqlQuery check(again->sql());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestSoleWriterJournal::anotherConnectionKeepsTheLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    const QString file = writeLeavers(dir.path(), 300);
    auto db = Database::open(path);
    QVERIFY(db);
    auto reader = Database::openExisting(path);
    QVERIFY(reader);
    QCOMPARE(count(reader->sql(), QStringLiteral("SELECT count(*) FROM alumni")), 0);
    qint64 seenByReader = -1;
    auto r = hris::streamImport(*db, file, bulkOptions(), [&](hris::ImportPhase phase, qint64, qint64) {
        // The reader goes on reading the roster as it was while the import writes.
        if (phase == hris::ImportPhase::Indexing)
            seenByReader = count(reader->sql(), QStringLiteral("SELECT count(*) FROM alumni"));
    });
    QVERIFY2(r, qPrintable(r ? QString() : r.errorText()));
    QVERIFY(r->bulk);
    QVERIFY(!r->soleWriter);
    QCOMPARE(seenByReader, 0);
    QCOMPARE(journalMode(db->sql()), QStringLiteral("wal"));
    QCOMPARE(count(reader->sql(), QStringLiteral("SELECT count(*) FROM alumni")), 300);
}

void TestSoleWriterJournal::cancelledImportPutsTheLogBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    const QString file = writeLeavers(dir.path(), 400);
    auto db = Database::open(path);
    QVERIFY(db);
    bool indexing = false;
    auto r = hris::streamImport(
        *db, file, bulkOptions(),
        [&](hris::ImportPhase phase, qint64, qint64) {
            if (phase == hris::ImportPhase::Indexing)
                indexing = true;
        },
        [&] { return indexing; });
    QVERIFY(!r);
    QVERIFY(indexing);
    QCOMPARE(journalMode(db->sql()), QStringLiteral("wal"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE(count(db->sql(), QStringLiteral("SELECT count(*) FROM alumni")), 0);
    QCOMPARE(count(db->sql(), QStringLiteral("SELECT count(*) FROM imports")), 0);
}

QTEST_GUILESS_MAIN(TestSoleWriterJournal)
#include "tst_solewriterjournal.moc"
