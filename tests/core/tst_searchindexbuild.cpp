// The search index built beside a bulk load's other work (db/SqliteSearchIndexBuild.h: a worker thread with
// its own connection to a temporary database, its tables copied into the roster's) against a plain 'rebuild'
// of the same roster: the FTS5 tables' shadow rows must be identical, FTS5's integrity check must pass, and
// searches on the same connection, before and after the commit, must find the same people. A build that fails
// or is cancelled must leave the roster and the temporary folder as they were.
#include "TestDatabase.h"

#include "db/DerivedTables.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "db/WriteTransaction.h"
#include "demo/DemoRoster.h"
#include "hris/StreamingImport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;

namespace {

const QStringList kTables{QStringLiteral("alumni_search"), QStringLiteral("alumni_search1"), QStringLiteral("alumni_search_domains")};

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql)) {
        out.append(QStringLiteral("error: ") + sql::queryError(q, QString()).fullText());
        return out;
    }
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            values.append(v.isNull() ? QStringLiteral("NULL")
                                     : QString::fromLatin1(v.metaType().name()) + QLatin1Char(':')
                                         + (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                                : v.toString()));
        }
        out.append(values.join(QLatin1Char('|')));
    }
    return out;
}

// Every row of the three tables' shadow tables and of the domain list, in key order.
QStringList indexRows(Database &db)
{
    QStringList out;
    for (const QString &t : kTables) {
        out << rows(db, QStringLiteral("SELECT '%1_data', typeof(block), * FROM %1_data ORDER BY id").arg(t))
            << rows(db, QStringLiteral("SELECT '%1_idx', * FROM %1_idx ORDER BY segid, term").arg(t))
            << rows(db, QStringLiteral("SELECT '%1_config', typeof(v), * FROM %1_config ORDER BY k").arg(t));
    }
    return out << rows(db, QStringLiteral("SELECT * FROM alumni_email_domains ORDER BY domain"));
}

const QStringList kQueries{QStringLiteral("山田"), QStringLiteral("田"), QStringLiteral("yamada"), QStringLiteral("サトウ"),
                           QStringLiteral("さとう"), QStringLiteral("@example"), QStringLiteral("example.co"),
                           QStringLiteral("taro@exa"), QStringLiteral("例え"), QStringLiteral("やまだ@"), QStringLiteral("Python"),
                           QStringLiteral("営業"), QStringLiteral("1"), QStringLiteral("00001")};

QString searches(Database &db)
{
    QStringList out;
    for (const QString &query : kQueries) {
        auto ids = db.backend().searchMatches(db.sql(), query);
        if (!ids) {
            out.append(query + QStringLiteral(": ") + ids.errorText());
            continue;
        }
        QStringList shown;
        for (qint64 id : ids.value())
            shown.append(QString::number(id));
        out.append(query + QStringLiteral(": ") + shown.join(QLatin1Char(',')));
    }
    return out.join(QLatin1Char('\n'));
}

bool exec(Database &db, const QString &sql)
{
    const Status st = sql::exec(db.sql(), sql);
    if (!st)
        qWarning("%s: %s", qPrintable(sql), qPrintable(st.errorText()));
    return st.ok();
}

// The roster's people with other addresses: non-ASCII ones (kept whole), mixed case, a second address.
void varyAddresses(Database &db, bool oddBytes)
{
    QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET email = 'やまだ@例え.jp', secondary_email = 'Taro.Yamada@Example.COM' "
                                    "WHERE id % 7 = 0")));
    QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET email = 'yamada taro@example.com', secondary_email = '' WHERE id % 11 = 0")));
    QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET skills = 'Python, 法人営業', email = '' WHERE id % 13 = 0")));
    // The edges of "printable ASCII with an '@'" (the worker computes it without the view's SQL): two '@',
    // the first and last printable characters, DEL and a tab (not printable), an '@' first or last, none.
    QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET email = 'a@b@c.example', secondary_email = '!~@edge.example' WHERE id % 17 = 0")));
    QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET email = 'del' || char(127) || '@x.jp', secondary_email = 'tab' || "
                                    "char(9) || '@x.jp' WHERE id % 19 = 0")));
    QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET email = '@lead.example', secondary_email = 'trail@' WHERE id % 23 = 0")));
    QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET email = 'no-at-sign', secondary_email = '' WHERE id % 29 = 0")));
    // What the worker leaves to the view's SQL: text with a NUL byte (GLOB stops at it, instr does not) and a
    // blob (substr counts bytes). (An import refuses such addresses; an older file or another program may hold them.)
    if (oddBytes)
        QVERIFY(exec(db, QStringLiteral("UPDATE alumni SET email = 'taro' || char(0) || 'x@example.com', secondary_email = "
                                    "x'6140620063' WHERE id % 31 = 0")));
}

bool noBuildFolders(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("alumnidesk-search-*")}, QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty();
}

} // namespace

class TestSearchIndexBuild : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAsRebuild_data();
    void sameAsRebuild();
    void cancelledBuildLeavesRoster();
    void unfinishedBuildLeavesRoster();
    void startReportsUnwritableTemporaryFolder();
    void importWithoutTemporaryFolderBuildsInPlace_data();
    void importWithoutTemporaryFolderBuildsInPlace();
    void sortHelpersEndWithTheIndexes();

private:
    QTemporaryDir m_tmp; ///< TMPDIR for the whole test: the builds' folders must not be left in it
};

void TestSearchIndexBuild::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QCOMPARE(QDir::tempPath(), QDir(m_tmp.path()).canonicalPath());
}

void TestSearchIndexBuild::sameAsRebuild_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<bool>("oddBytes");
    QTest::newRow("empty") << 0 << false;
    QTest::newRow("one person") << 1 << false;
    QTest::newRow("3000 demo people") << 3000 << false;
    QTest::newRow("3000 demo people, NUL bytes and blobs in addresses") << 3000 << true;
}

void TestSearchIndexBuild::sameAsRebuild()
{
    QFETCH(int, people);
    QFETCH(bool, oddBytes);
    test::TestDatabase rebuilt;
    if (people > 0) {
        demo::DemoOptions options;
        options.rows = people;
        options.today = QDate(2026, 4, 1);
        auto summary = demo::generateDemoRoster(rebuilt.db(), options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.errorText()));
        varyAddresses(rebuilt.db(), oddBytes);
    }
    const QString copyPath = rebuilt.dir() + QStringLiteral("/copy.sqlite");
    QVERIFY(exec(rebuilt.db(), QStringLiteral("VACUUM INTO '%1'").arg(copyPath)));
    auto built = Database::open(copyPath);
    QVERIFY(built);
    QCOMPARE(indexRows(*built), indexRows(rebuilt.db()));

    {
        WriteTransaction tx(rebuilt.db().sql(), rebuilt.db().backend());
        QVERIFY(tx.started());
        QVERIFY(rebuilt.db().backend().rebuildSearchIndex(rebuilt.db().sql()).ok());
        QVERIFY(tx.commit().ok());
    }
    const QStringList expected = indexRows(rebuilt.db());
    const QString expectedSearches = searches(rebuilt.db());
    {
        WriteTransaction tx(built->sql(), built->backend());
        QVERIFY(tx.started());
        auto build = built->backend().startSearchIndexBuild(built->sql(), {});
        QVERIFY2(build, qPrintable(build ? QString() : build.errorText()));
        QVERIFY(build.value());
        const Status st = build.value()->finish(built->sql());
        QVERIFY2(st.ok(), qPrintable(st.errorText()));
        build.value().reset();
        QVERIFY(noBuildFolders(m_tmp.path()));
        // Same connection, same transaction: FTS5 must not answer from what it cached before the copy.
        QCOMPARE(searches(*built), expectedSearches);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(indexRows(*built), expected);
    QCOMPARE(searches(*built), expectedSearches);
    // FTS5's own check reads NUL bytes and blobs otherwise than its rebuild does: with them it fails for the
    // rebuild's tables too, and the worker's, being the same, must fail alike.
    for (const QString &t : kTables) {
        const QString check = QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(t);
        if (oddBytes)
            QCOMPARE(sql::exec(built->sql(), check).ok(), sql::exec(rebuilt.db().sql(), check).ok());
        else
            QVERIFY(exec(*built, check));
    }
    if (people >= 3000) {
        QVERIFY(expectedSearches.contains(QStringLiteral("例え: 7,")));
        QVERIFY(!expectedSearches.contains(QStringLiteral("山田: \n")));
    }

    // The triggers are back: an edit is found at once, by this connection and by a fresh one.
    QVERIFY(exec(*built, QStringLiteral("INSERT INTO alumni(employee_id, family_name, given_name, created_at, updated_at) "
                                        "VALUES ('ZZ1', '榊原', '一', '', '')")));
    auto found = built->backend().searchMatches(built->sql(), QStringLiteral("榊原"));
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    built.reset();
    auto reopened = Database::open(copyPath);
    QVERIFY(reopened);
    found = reopened->backend().searchMatches(reopened->sql(), QStringLiteral("榊原"));
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
}

// Cancelled while the worker runs: finish() fails, the worker has stopped and its folder is gone, and the
// transaction rolls back to the index as it was.
void TestSearchIndexBuild::cancelledBuildLeavesRoster()
{
    test::TestDatabase t;
    demo::DemoOptions options;
    options.rows = 2000;
    options.today = QDate(2026, 4, 1);
    QVERIFY(demo::generateDemoRoster(t.db(), options));
    const QStringList before = indexRows(t.db());
    const QString searchesBefore = searches(t.db());
    bool cancel = false;
    {
        WriteTransaction tx(t.db().sql(), t.db().backend());
        QVERIFY(tx.started());
        auto build = t.db().backend().startSearchIndexBuild(t.db().sql(), [&cancel] { return cancel; });
        QVERIFY(build);
        QVERIFY(!noBuildFolders(m_tmp.path()));
        cancel = true;
        const Status st = build.value()->finish(t.db().sql());
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("Cancelled")), qPrintable(st.errorText()));
        build.value().reset();
        QVERIFY(noBuildFolders(m_tmp.path()));
    }
    QCOMPARE(indexRows(t.db()), before);
    QCOMPARE(searches(t.db()), searchesBefore);
}

// Dropped without finish() (an error elsewhere, an exception unwinding): the same.
void TestSearchIndexBuild::unfinishedBuildLeavesRoster()
{
    test::TestDatabase t;
    demo::DemoOptions options;
    options.rows = 2000;
    options.today = QDate(2026, 4, 1);
    QVERIFY(demo::generateDemoRoster(t.db(), options));
    const QStringList before = indexRows(t.db());
    {
        WriteTransaction tx(t.db().sql(), t.db().backend());
        QVERIFY(tx.started());
        auto build = t.db().backend().startSearchIndexBuild(t.db().sql(), {});
        QVERIFY(build);
    }
    QVERIFY(noBuildFolders(m_tmp.path()));
    QCOMPARE(indexRows(t.db()), before);
    for (const QString &table : kTables)
        QVERIFY(exec(t.db(), QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(table)));
}

namespace {

// A path no folder can be made in, whoever runs the test (root ignores permissions): a plain file.
QString notAFolder(const QTemporaryDir &tmp)
{
    const QString blocker = tmp.filePath(QStringLiteral("not-a-folder"));
    QFile f(blocker);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(blocker));
    return blocker;
}

} // namespace

// The worker cannot make its temporary folder: a clear error that names the folder.
void TestSearchIndexBuild::startReportsUnwritableTemporaryFolder()
{
    test::TestDatabase t;
    const QString blocker = notAFolder(m_tmp);
    qputenv("TMPDIR", QFile::encodeName(blocker));
    auto build = t.db().backend().startSearchIndexBuild(t.db().sql(), {});
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QVERIFY(!build);
    QVERIFY2(build.error().message.contains(QStringLiteral("temporary folder")), qPrintable(build.errorText()));
    QVERIFY2(build.error().message.contains(QDir::toNativeSeparators(blocker)), qPrintable(build.errorText()));
}

// The import's bulk path without a worker (no temporary folder for it): the search index is rebuilt on the
// import's own thread instead, and the import goes through with everyone findable.
void TestSearchIndexBuild::importWithoutTemporaryFolderBuildsInPlace_data()
{
    QTest::addColumn<bool>("direct");
    QTest::newRow("staged") << false;
    QTest::newRow("direct load") << true;
}

void TestSearchIndexBuild::importWithoutTemporaryFolderBuildsInPlace()
{
    QFETCH(bool, direct);
    test::TestDatabase t;
    QVERIFY(t.db().backend().searchMatches(t.db().sql(), QStringLiteral("佐藤")).value().isEmpty());
    const QString csvPath = t.dir() + QStringLiteral("/leavers.csv");
    {
        QByteArray out = "社員番号,氏名,フリガナ,入社日,退職日,所属,退職区分\r\n";
        for (int i = 0; i < 50; ++i)
            out += "E" + QByteArray::number(1000 + i) + ",佐藤\xe3\x80\x80太郎,サトウ タロウ,2010/04/01,2021/03/31,営業部,自己都合\r\n";
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out);
    }
    const QStringList schemaBefore = rows(t.db(), QStringLiteral("SELECT type, name FROM sqlite_master ORDER BY 2"));
    qputenv("TMPDIR", QFile::encodeName(notAFolder(m_tmp)));
    hris::StreamingImportOptions options;
    options.source.fileName = QStringLiteral("leavers.csv");
    options.bulkThreshold = 1;
    options.directLoadBytes = direct ? 1 : -1;
    auto r = hris::streamImport(t.db(), csvPath, options);
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QVERIFY2(r, qPrintable(r ? QString() : r.errorText()));
    QVERIFY(r->bulk);
    QCOMPARE(r->direct, direct);
    QCOMPARE(r->summary.inserted, 50);
    QCOMPARE(t.db().backend().searchMatches(t.db().sql(), QStringLiteral("佐藤")).value().size(), 50);
    for (const QString &table : kTables)
        QVERIFY(exec(t.db(), QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(table)));
    // The triggers that keep the index are back with everything else.
    QCOMPARE(rows(t.db(), QStringLiteral("SELECT type, name FROM sqlite_master ORDER BY 2")), schemaBefore);
    QVERIFY(noBuildFolders(m_tmp.path()));
}

// SQLite's sort helpers, turned on for the indexes once no worker builds beside them (here: none could
// start), are off again however the index loop ends: a cancel between two indexes included.
void TestSearchIndexBuild::sortHelpersEndWithTheIndexes()
{
    test::TestDatabase t;
    auto threads = [&t] {
        QSqlQuery q(t.db().sql());
        return q.exec(QStringLiteral("PRAGMA threads")) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(threads(), 0);
    WriteTransaction tx(t.db().sql(), t.db().backend());
    QVERIFY(tx.started());
    qputenv("TMPDIR", QFile::encodeName(notAFolder(m_tmp)));
    int asked = 0;
    const Status st = derivedtables::rebuildAll(t.db().sql(), t.db().backend(),
                                                {QStringLiteral("CREATE INDEX t_email ON alumni(email)"),
                                                 QStringLiteral("CREATE INDEX t_phone ON alumni(phone)")},
                                                [&asked] { return ++asked > 1; });
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QVERIFY(!st);
    QCOMPARE(asked, 2); // the first index was made, with the helpers, and the second was not
    QCOMPARE(threads(), 0);
}

QTEST_GUILESS_MAIN(TestSearchIndexBuild)
#include "tst_searchindexbuild.moc"
