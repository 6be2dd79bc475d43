// Opening and migrating database files: fresh, upgrade with a backup, refusal of newer and foreign files
// (which must be left byte-for-byte unchanged).
#include "TestDatabase.h"

#include "common/AppInfo.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "roster/AlumnusRepository.h"
#include "roster/RosterQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace alumnidesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Replaces the search index a test's file got from today's migration 2 by the one schemas 2–10 created:
// two tables, whole addresses in the bigram one, no domain table, and its insert trigger.
void useSearchIndexOfSchemas2To10(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const char *statement : {
                 "DROP TRIGGER alumni_search_ai", "DROP TRIGGER alumni_search_ad", "DROP TRIGGER alumni_search_au",
                 "DROP TABLE alumni_email_domains", "DROP TABLE alumni_search_domain_terms", "DROP TABLE alumni_search_domains", "DROP TABLE alumni_search",
                 "DROP TABLE alumni_search1", "DROP VIEW alumni_search_source",
                 "CREATE VIEW alumni_search_source AS SELECT id, family_name || given_name AS name, family_kana || given_kana AS kana, "
                 "name_romaji AS romaji, email || ' ' || secondary_email AS email, employee_id, current_employer AS employer, skills FROM alumni",
                 "CREATE VIRTUAL TABLE alumni_search USING fts5(name, kana, romaji, email, employee_id, employer, skills, "
                 "content='alumni_search_source', content_rowid='id', tokenize='alumnidesk_ngram')",
                 "CREATE VIRTUAL TABLE alumni_search1 USING fts5(name, kana, romaji, email, employee_id, employer, skills, "
                 "content='alumni_search_source', content_rowid='id', tokenize='alumnidesk_ngram unigram', detail=none)",
                 "CREATE TRIGGER alumni_search_ai AFTER INSERT ON alumni BEGIN INSERT INTO alumni_search(rowid, name, kana, romaji, "
                 "email, employee_id, employer, skills) VALUES (new.id, new.family_name || new.given_name, new.family_kana || "
                 "new.given_kana, new.name_romaji, new.email || ' ' || new.secondary_email, new.employee_id, new.current_employer, "
                 "new.skills); INSERT INTO alumni_search1(rowid, name, kana, romaji, email, employee_id, employer, skills) VALUES "
                 "(new.id, new.family_name || new.given_name, new.family_kana || new.given_kana, new.name_romaji, new.email || ' ' "
                 "|| new.secondary_email, new.employee_id, new.current_employer, new.skills); END",
         })
        QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void freshFileGetsLatestSchema();
    void pragmasAreSet();
    void reopeningDoesNotMigrateOrBackUp();
    void upgradeCopiesTheFileAsideAndKeepsData();
    void schema6FileGetsFoldingSearch();
    void schema10FileGetsDomainIndex();
    void schema11FileGetsIndexWithoutColumnSizes();
    void newerSchemaIsRefusedAndUntouched();
    void foreignFilesAreRefusedAndUntouched_data();
    void foreignFilesAreRefusedAndUntouched();
    void missingFolderIsCreated();
    void failedMigrationLeavesTheFileUnchanged();
    void interruptedMigrationLeavesTheFileUnchanged();
    void concurrentOpensOfAnOldFileMigrateOnce();
    void interrupterStopsARunningQuery();
    void lockedFileSaysAnotherProgramUsesIt();
    void pageCacheCappedAndRestored();
};

void TestDatabase::freshFileGetsLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.error.fullText()));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QVERIFY(db->migrationBackupPath().isEmpty());
    QCOMPARE(scalar(db->sql(), QStringLiteral("PRAGMA application_id")).toInt(), appinfo::kSqliteApplicationId);
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), int(migrations().size()));
}

void TestDatabase::pragmasAreSet()
{
    test::TestDatabase t;
    QCOMPARE(scalar(t.db().sql(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(t.db().sql(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(scalar(t.db().sql(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}

void TestDatabase::reopeningDoesNotMigrateOrBackUp()
{
    test::TestDatabase t;
    t.reopen();
    QVERIFY(t.db().migrationBackupPath().isEmpty());
    QCOMPARE(QDir(t.dir()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
}

void TestDatabase::upgradeCopiesTheFileAsideAndKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A schema-1 file, as the first release wrote it: no search index yet.
        auto db = Database::openAtVersion(path, 1);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 1);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO alumni(employee_id, family_name, given_name, family_kana, given_kana, created_at, updated_at) "
            "VALUES ('100231', '井上', '直美', 'イノウエ', 'ナオミ', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')")));
    }
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.error.fullText()));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QVERIFY(!db->migrationBackupPath().isEmpty());
    QVERIFY(QFile::exists(db->migrationBackupPath()));

    // The backup is the old file: schema 1, with the row, and no search index.
    {
        auto backup = Database::openAtVersion(db->migrationBackupPath(), 1);
        QVERIFY(backup);
        QCOMPARE(backup->schemaVersion(), 1);
        QCOMPARE(scalar(backup->sql(), QStringLiteral("SELECT count(*) FROM alumni")).toInt(), 1);
        QCOMPARE(scalar(backup->sql(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'alumni_search'")).toInt(), 0);
    }
    // The migrated file indexed the existing row: it is found by a one-character search.
    RosterQuery query(db->sql(), db->backend());
    RosterFilter filter;
    filter.search = QStringLiteral("井");
    auto found = query.count(filter);
    QVERIFY2(found, qPrintable(found.errorText()));
    QCOMPARE(found.value(), qint64(1));
}

void TestDatabase::schema6FileGetsFoldingSearch()
{
    // Schema 7 recomputes every stored romaji (long vowels folded beside the spelled-out form) and rebuilds
    // the index; the roster revision, which eligibility verdicts are checked against, does not move.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("six.sqlite"));
    qint64 revision = 0;
    {
        auto db = Database::openAtVersion(path, 6);
        QVERIFY(db);
        // The index a schema-6 file holds (schema 7 rebuilt it before schema 11 changed its tables).
        useSearchIndexOfSchemas2To10(db->sql());
        QVERIFY(!QTest::currentTestFailed());
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO alumni(employee_id, family_name, given_name, family_kana, given_kana, name_romaji, created_at, "
            "updated_at) VALUES ('100231', '髙橋', '浩介', 'オオノ', 'コウスケ', 'oonokousuke', '2020-01-01T00:00:00Z', "
            "'2020-01-01T00:00:00Z'), ('100232', '林', '花子', 'ハヤシ', 'ハナコ', 'hayashihanako', "
            "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')")));
        revision = scalar(db->sql(), QStringLiteral("SELECT n FROM roster_revision")).toLongLong();
    }
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.error.fullText()));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT name_romaji FROM alumni WHERE employee_id = '100231'")).toString(),
             QStringLiteral("oonokousuke ono kosuke"));
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT name_romaji FROM alumni WHERE employee_id = '100232'")).toString(),
             QStringLiteral("hayashihanako"));
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT n FROM roster_revision")).toLongLong(), revision);
    QSqlQuery check(db->sql());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO alumni_search(alumni_search) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
    RosterQuery query(db->sql(), db->backend());
    for (const QString &typed : {QStringLiteral("高橋"), QStringLiteral("Ohno Kōsuke"), QStringLiteral("kosuke")}) {
        RosterFilter filter;
        filter.search = typed;
        auto found = query.count(filter);
        QVERIFY2(found, qPrintable(found.errorText()));
        QVERIFY2(found.value() == 1, qPrintable(typed));
    }
    // Edits keep working through the triggers the migration put back.
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET family_name = '渡邊' WHERE employee_id = '100232'")));
    QVERIFY(scalar(db->sql(), QStringLiteral("SELECT n FROM roster_revision")).toLongLong() > revision);
    RosterFilter filter;
    filter.search = QStringLiteral("渡辺");
    QCOMPARE(query.count(filter).value(), qint64(1));
}

void TestDatabase::schema10FileGetsDomainIndex()
{
    // Schema 11 replaces the search index of schemas 2–10 (two tables, whole addresses in the bigram one) by
    // three tables (mailboxes in the bigram one, domains apart), filled from the rows already there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ten.sqlite"));
    {
        auto db = Database::openAtVersion(path, 10);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        // The index exactly as schemas 2–10 created it.
        useSearchIndexOfSchemas2To10(db->sql());
        QVERIFY(!QTest::currentTestFailed());
        for (const char *statement : {
                 "INSERT INTO alumni(employee_id, family_name, given_name, family_kana, given_kana, email, secondary_email, "
                 "created_at, updated_at) VALUES ('100231', '井上', '直美', 'イノウエ', 'ナオミ', 'naomi.inoue@example.jp', "
                 "'ninoue@example.co.jp', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), ('100232', '林', '花子', 'ハヤシ', "
                 "'ハナコ', 'hanako@example.com', '', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
             })
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM alumni_search WHERE alumni_search MATCH 'email : \"example\"'")).toInt(), 2);
    }
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.error.fullText()));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QSqlQuery check(db->sql());
    for (const char *table : {"alumni_search", "alumni_search1", "alumni_search_domains"})
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table))),
                 qPrintable(check.lastError().text()));
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT group_concat(domain, ' ') FROM (SELECT domain FROM alumni_email_domains ORDER BY domain)")).toString(),
             QStringLiteral("example.co.jp example.com example.jp"));
    RosterQuery query(db->sql(), db->backend());
    const QVector<QPair<QString, int>> expected{{QStringLiteral("@example.jp"), 1}, {QStringLiteral("example.co"), 2},
                                                {QStringLiteral("inoue@example.co"), 1}, {QStringLiteral("naomi.inoue@ex"), 1},
                                                {QStringLiteral("naomi.inoue@example.co"), 0}, {QStringLiteral("ハナコ"), 1},
                                                {QStringLiteral("com"), 1}, {QStringLiteral("e@e"), 1}};
    for (const auto &[typed, count] : expected) {
        RosterFilter filter;
        filter.search = typed;
        auto found = query.count(filter);
        QVERIFY2(found, qPrintable(found.errorText()));
        QVERIFY2(found.value() == count, qPrintable(QStringLiteral("%1: %2").arg(typed).arg(found.value())));
        auto ids = query.orderedIds(filter, RosterSort{});
        QVERIFY2(ids, qPrintable(ids.errorText()));
        QCOMPARE(ids->size(), count);
    }
    // The new triggers keep it current.
    QVERIFY(check.exec(QStringLiteral("UPDATE alumni SET email = 'hanako@example.org' WHERE employee_id = '100232'")));
    RosterFilter moved;
    moved.search = QStringLiteral("@example.or");
    QCOMPARE(query.count(moved).value(), qint64(1));
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM alumni_email_domains WHERE domain = 'example.org'")).toInt(), 1);
}

void TestDatabase::schema11FileGetsIndexWithoutColumnSizes()
{
    // Schema 12 recreates the bigram and unigram tables without their per-row column sizes (columnsize=0),
    // filled from the rows already there; searching and the triggers work as before.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eleven.sqlite"));
    {
        auto db = Database::openAtVersion(path, 11);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        // The two tables exactly as schema 11 created them (same names and columns, so its triggers fit).
        for (const char *statement : {
                 "DROP TABLE alumni_search", "DROP TABLE alumni_search1",
                 "CREATE VIRTUAL TABLE alumni_search USING fts5(name, kana, romaji, mailbox, mailbox2, employee_id, employer, "
                 "skills, content='alumni_search_source', content_rowid='id', tokenize='alumnidesk_ngram')",
                 "CREATE VIRTUAL TABLE alumni_search1 USING fts5(name, kana, romaji, email, employee_id, employer, skills, "
                 "content='alumni_search_source', content_rowid='id', tokenize='alumnidesk_ngram unigram', detail='none')",
                 "INSERT INTO alumni(employee_id, family_name, given_name, family_kana, given_kana, email, created_at, "
                 "updated_at) VALUES ('100231', '井上', '直美', 'イノウエ', 'ナオミ', 'naomi.inoue@example.jp', "
                 "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), ('100232', '林', '花子', 'ハヤシ', 'ハナコ', "
                 "'hanako@example.com', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
             })
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM alumni_search_docsize")).toInt(), 2);
    }
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.error.fullText()));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QVERIFY(!db->migrationBackupPath().isEmpty());
    for (const char *table : {"alumni_search", "alumni_search1"}) {
        const QString name = QLatin1String(table);
        QVERIFY(scalar(db->sql(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(name))
                    .toString()
                    .contains(QStringLiteral("columnsize='0'")));
        QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1_docsize'").arg(name)).toInt(), 0);
    }
    QSqlQuery check(db->sql());
    for (const char *table : {"alumni_search", "alumni_search1", "alumni_search_domains"})
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table))),
                 qPrintable(check.lastError().text()));
    RosterQuery query(db->sql(), db->backend());
    const QVector<QPair<QString, int>> expected{{QStringLiteral("林"), 1},       {QStringLiteral("井上"), 1},
                                                {QStringLiteral("ハナコ"), 1},   {QStringLiteral("naomi.inoue@ex"), 1},
                                                {QStringLiteral("@example"), 2}, {QStringLiteral("x"), 2}};
    for (const auto &[typed, count] : expected) {
        RosterFilter filter;
        filter.search = typed;
        auto found = query.count(filter);
        QVERIFY2(found, qPrintable(found.errorText()));
        QVERIFY2(found.value() == count, qPrintable(QStringLiteral("%1: %2").arg(typed).arg(found.value())));
    }
    // The triggers keep the recreated tables current.
    QVERIFY(check.exec(QStringLiteral("UPDATE alumni SET family_name = '森' WHERE employee_id = '100232'")));
    for (const auto &[typed, count] : {QPair<QString, int>{QStringLiteral("林"), 0}, QPair<QString, int>{QStringLiteral("森"), 1}}) {
        RosterFilter filter;
        filter.search = typed;
        QCOMPARE(query.count(filter).value(), qint64(count));
    }
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO alumni_search(alumni_search) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
}

void TestDatabase::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2030-01-01', '9.0', 'from the future')")
                           .arg(latestSchemaVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY(!db);
    QCOMPARE(error.failure, Database::Failure::NewerVersion);
    QVERIFY2(error.error.message.contains(QStringLiteral("newer")), qPrintable(error.error.message));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
}

void TestDatabase::foreignFilesAreRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("makeSqlite");
    QTest::addColumn<int>("failure");
    QTest::newRow("text file") << QByteArray("社員番号,氏名\n100231,井上 直美\n") << false << int(Database::Failure::NotSqlite);
    QTest::newRow("binary junk") << QByteArray(4096, '\xA5') << false << int(Database::Failure::NotSqlite);
    QTest::newRow("other SQLite database") << QByteArray() << true << int(Database::Failure::NotAlumniDesk);
    QTest::newRow("truncated SQLite header") << QByteArray("SQLite format 3\0garbage", 23) << false
                                             << int(Database::Failure::CannotOpen);
}

void TestDatabase::foreignFilesAreRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, makeSqlite);
    QFETCH(int, failure);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (makeSqlite) {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = fileHash(path);
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY(!db);
    QCOMPARE(int(error.failure), failure);
    QVERIFY(!error.error.message.isEmpty());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no -wal, -shm or backup left behind
}

void TestDatabase::missingFolderIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/roster.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db);
    QVERIFY(QFile::exists(path));
}

void TestDatabase::failedMigrationLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    {
        auto db = Database::openAtVersion(path, 2);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        // Migration 3 creates this table: having it already makes the upgrade fail half-way.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE alumnus_attributes (x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY(!db);
    QCOMPARE(error.failure, Database::Failure::MigrationFailed);
    QCOMPARE(fileHash(path), before);
    auto again = Database::openAtVersion(path, 2);
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), 2);
    // The copy taken before migrating was the same bytes as the file: it is not left behind.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
}

void TestDatabase::interruptedMigrationLeavesTheFileUnchanged()
{
    // What the window's Cancel does while a large file is upgraded: the interrupt handed to `started`
    // stops the migration from another thread; everything rolls back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    {
        auto db = Database::openAtVersion(path, 1);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
            "INSERT INTO alumni(employee_id, family_name, given_name, family_kana, given_kana, created_at, updated_at) "
            "SELECT 'E' || i, '大野', '浩介', 'オオノ', 'コウスケ', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z' FROM n")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    std::atomic_bool opened{false};
    std::thread canceller;
    Database::OpenError error;
    auto db = Database::open(path, &error, [&](std::function<void()> interrupt) {
        QVERIFY(interrupt);
        canceller = std::thread([&opened, interrupt] {
            while (!opened) {
                interrupt();
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    });
    opened = true;
    if (canceller.joinable())
        canceller.join();
    QVERIFY(!db);
    QCOMPARE(error.failure, Database::Failure::MigrationFailed);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
    auto again = Database::openAtVersion(path, 1);
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), 1);
}

void TestDatabase::concurrentOpensOfAnOldFileMigrateOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QVERIFY(Database::openAtVersion(path, 1));
    // Several windows started at once on the same old file: each waits for the write lock, and only the first
    // one to hold it may migrate (and copy the file aside); the others find the work done.
    constexpr int kOpeners = 4;
    std::atomic<int> ready{0};
    std::vector<Database::Failure> failures(kOpeners, Database::Failure::None);
    std::vector<QString> messages(kOpeners);
    std::vector<int> versions(kOpeners, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < kOpeners; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready.load() < kOpeners)
                std::this_thread::yield();
            Database::OpenError error;
            auto db = Database::open(path, &error);
            failures[size_t(i)] = error.failure;
            messages[size_t(i)] = error.error.fullText();
            versions[size_t(i)] = db ? db->schemaVersion() : -1;
        });
    }
    for (auto &t : threads)
        t.join();
    for (int i = 0; i < kOpeners; ++i) {
        QVERIFY2(failures[size_t(i)] == Database::Failure::None, qPrintable(messages[size_t(i)]));
        QCOMPARE(versions[size_t(i)], latestSchemaVersion());
    }
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 1);
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), int(migrations().size()));
}

void TestDatabase::interrupterStopsARunningQuery()
{
    test::TestDatabase t;
    std::mutex mutex;
    std::function<void()> stop;
    std::atomic<bool> done{false};
    QString error;
    std::thread worker([&] {
        auto conn = t.db().openConnection();
        if (conn) {
            {
                std::lock_guard<std::mutex> lock(mutex);
                stop = t.db().backend().interrupter(conn.value()->db());
            }
            QSqlQuery q(conn.value()->db());
            // Never ends by itself: only an interrupt stops it.
            if (q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")))
                error = QStringLiteral("finished?");
            else
                error = q.lastError().text();
            std::lock_guard<std::mutex> lock(mutex);
            stop = {};
        } else {
            error = conn.errorText();
        }
        done = true;
    });
    while (!done) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (stop)
                stop();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    worker.join();
    QVERIFY2(error.contains(QStringLiteral("interrupt")), qPrintable(error));
}

void TestDatabase::lockedFileSaysAnotherProgramUsesIt()
{
    test::TestDatabase t;
    auto other = Database::open(t.path());
    QVERIFY(other);
    QVERIFY(t.db().backend().beginWrite(t.db().sql()));
    QSqlQuery(other->sql()).exec(QStringLiteral("PRAGMA busy_timeout = 0")); // no need to wait five seconds here
    Status st = other->backend().beginWrite(other->sql());
    QVERIFY(!st);
    QVERIFY2(st.error().message.contains(QStringLiteral("in use by another program")), qPrintable(st.error().fullText()));
    QVERIFY(st.error().message.contains(QDir::toNativeSeparators(t.path())));
    QSqlQuery(t.db().sql()).exec(QStringLiteral("ROLLBACK"));
}

QTEST_GUILESS_MAIN(TestDatabase)
// A streaming pass caps the page cache and puts it back; a cap above the cache changes nothing.
void TestDatabase::pageCacheCappedAndRestored()
{
    test::TestDatabase t;
    QSqlDatabase db = t.db().sql();
    auto cacheSize = [&db] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toInt() : 0;
    };
    const int before = cacheSize();
    QCOMPARE(before, -32000);
    const QVariant saved = t.db().backend().capPageCache(db, 4096);
    QVERIFY(saved.isValid());
    QCOMPARE(cacheSize(), -4096);
    t.db().backend().restorePageCache(db, saved);
    QCOMPARE(cacheSize(), before);
    const QVariant unchanged = t.db().backend().capPageCache(db, 64 * 1024);
    QVERIFY(!unchanged.isValid());
    QCOMPARE(cacheSize(), before);
    t.db().backend().restorePageCache(db, unchanged);
    QCOMPARE(cacheSize(), before);
}

#include "tst_database.moc"
