// The import and its rollback in bounded memory: the issue list spills past its limit and still gives
// every issue in line order (to the errors file and the CLI's --json too), and a rollback read and written
// a chunk at a time — in bulk or person by person — leaves the roster exactly as it was before the import.
#include "TestDatabase.h"
#include "cli/CliContext.h"
#include "hris/ImportFile.h"
#include "hris/ImportHistory.h"
#include "hris/ImportIssueList.h"
#include "hris/StreamingImport.h"
#include "roster/AlumnusRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace alumnidesk;
using namespace alumnidesk::hris;

namespace {

// People E0001…: `changed` of them in another department, `bad` lines (every third from line 3) with an
// impossible hire date, which rejects them.
void writeLeavers(const QString &path, int first, int count, int changedUpTo = 0, int badEvery = 0)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text = "社員番号,氏名,フリガナ,入社日,退職日,所属,メールアドレス\n";
    for (int i = first; i < first + count; ++i) {
        const int line = i - first + 2;
        const bool bad = badEvery > 0 && line % badEvery == 0;
        text += QStringLiteral("E%1,山田 太郎%2,ヤマダ タロウ,%3,2023-03-31,%4,taro%2@example.jp\n")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(bad ? QStringLiteral("2019-13-45") : QStringLiteral("2015-04-01"),
                         i <= changedUpTo ? QStringLiteral("商品企画部") : QStringLiteral("営業部"))
                    .toUtf8();
    }
    f.write(text);
}

// The roster's rows as text, every column but updated_at (which a rollback sets).
QStringList roster(Database &db)
{
    QStringList out;
    const char *queries[] = {"SELECT * FROM alumni ORDER BY id", "SELECT * FROM stints ORDER BY id",
                             "SELECT * FROM alumnus_attributes ORDER BY alumnus_id, name",
                             "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"};
    for (const char *sql : queries) {
        QSqlQuery q(db.sql());
        if (!q.exec(QLatin1String(sql)))
            qFatal("%s", sql);
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c) {
                if (q.record().fieldName(c) != QLatin1String("updated_at"))
                    row.append(q.value(c).toString());
            }
            out.append(row.join(QLatin1Char('|')));
        }
    }
    return out;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

Result<StreamingImportResult> importFile(Database &db, const QString &path, int keptIssues = 0, int bulkThreshold = 20000)
{
    StreamingImportOptions options;
    options.source.fileName = QStringLiteral("leavers.csv");
    options.source.source = QStringLiteral("test");
    options.keptIssues = keptIssues;
    options.bulkThreshold = bulkThreshold;
    return streamImport(db, path, options);
}

} // namespace

class TestImportMemory : public QObject {
    Q_OBJECT
private slots:
    void issueListKeepsLineOrder_data();
    void issueListKeepsLineOrder();
    void everyIssueBeyondTheLimitIsListed();
    void cliListsEveryIssue();
    void rollbackRestoresTheRosterExactly_data();
    void rollbackRestoresTheRosterExactly();
    void rollbackRefusedWhenSomeoneWasDeleted();
};

void TestImportMemory::issueListKeepsLineOrder_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("issues");
    QTest::addColumn<bool>("ordered"); // added in line order (the reading) or not (the planner's, several passes)
    QTest::newRow("in memory") << 1000 << 500 << false;
    QTest::newRow("limit 1") << 1 << 200 << false;
    QTest::newRow("limit 10, shuffled") << 10 << 1000 << false;
    QTest::newRow("limit 10, in order") << 10 << 1000 << true;
    QTest::newRow("limit 7, exactly twice") << 7 << 14 << false;
}

void TestImportMemory::issueListKeepsLineOrder()
{
    QFETCH(int, limit);
    QFETCH(int, issues);
    QFETCH(bool, ordered);
    QRandomGenerator random(42);
    ImportIssueList list;
    list.setMemoryLimit(limit);
    QVector<ImportIssue> all;
    for (int i = 0; i < issues; ++i) {
        ImportIssue issue;
        issue.severity = i % 3 == 0 ? ImportIssue::Warning : ImportIssue::Error;
        issue.line = ordered ? 2 + i / 3 : 2 + int(random.bounded(issues / 4 + 1)); // several on one line
        issue.column = i % 5;
        issue.field = QStringLiteral("列%1").arg(i % 7);
        issue.value = i % 11 == 0 ? QString() : QStringLiteral("値 %1").arg(i);
        issue.reason = QStringLiteral("reason %1").arg(i); // tells the order within a line
        all.append(issue);
        // Half added one by one, half as a row's issues at once.
        if (i % 2 == 0)
            list.append(issue);
        else
            list += QVector<ImportIssue>{issue};
    }
    std::stable_sort(all.begin(), all.end(), [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    QVERIFY(list.sortByLine());
    QCOMPARE(list.size(), qint64(issues));
    QCOMPARE(list.errors(), qint64(std::count_if(all.begin(), all.end(), [](const ImportIssue &i) { return i.severity == ImportIssue::Error; })));
    QCOMPARE(list.spilled(), issues > limit);
    QCOMPARE(list.kept().size(), std::min(limit, issues));
    QCOMPARE(list.notKept(), qint64(issues - list.kept().size()));
    for (int i = 0; i < list.kept().size(); ++i)
        QCOMPARE(list.kept().at(i).reason, all.at(i).reason);
    int at = 0;
    ImportIssueList::Reader reader(list);
    while (const ImportIssue *i = reader.next()) {
        QVERIFY(at < all.size());
        const ImportIssue &want = all.at(at++);
        QCOMPARE(i->reason, want.reason);
        QCOMPARE(i->line, want.line);
        QCOMPARE(i->column, want.column);
        QCOMPARE(i->severity, want.severity);
        QCOMPARE(i->field, want.field);
        QCOMPARE(i->value, want.value);
        QCOMPARE(i->value.isNull(), want.value.isNull());
    }
    QVERIFY(reader.status());
    QCOMPARE(at, issues);

    // A copy reads the same; more added to the original afterwards are sorted in with the rest.
    const ImportIssueList copy = list;
    list.append({ImportIssue::Error, 1, 0, QString(), QString(), QStringLiteral("first")});
    QVERIFY(list.sortByLine());
    QCOMPARE(list.kept().constFirst().reason, QStringLiteral("first"));
    int copied = 0;
    QVERIFY(copy.forEach([&](const ImportIssue &i) { return i.reason == all.at(copied++).reason ? Status() : Status(Error{QStringLiteral("order"), i.reason}); }));
    QCOMPARE(copied, issues);
}

void TestImportMemory::everyIssueBeyondTheLimitIsListed()
{
    test::TestDatabase t;
    const QString csv = t.dir() + QStringLiteral("/bad.csv");
    writeLeavers(csv, 1, 300, 0, 3); // lines 3, 6, … 300: 100 bad rows between good ones
    auto run = importFile(t.db(), csv, 10);
    QVERIFY2(run, qPrintable(run ? QString() : run.errorText()));
    const ImportIssueList &issues = run->plan.issues;
    QCOMPARE(run->summary.rejectedRows, 100);
    QCOMPARE(issues.errors(), qint64(100));
    QVERIFY(issues.spilled());
    QCOMPARE(issues.kept().size(), 10);
    QCOMPARE(issues.kept().constLast().line, 30);
    QVector<int> lines;
    QVERIFY(issues.forEach([&lines](const ImportIssue &i) {
        lines.append(i.line);
        return Status();
    }));
    QVector<int> expected;
    for (int line = 3; line <= 300; line += 3)
        expected.append(line);
    QCOMPARE(lines, expected);

    const QString errors = t.dir() + QStringLiteral("/errors.csv");
    QVERIFY(writeErrorsFile(errors, csv, run->file.format, issues));
    QFile f(errors);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = f.readAll().split('\n');
    QCOMPARE(rows.size(), 1 + 100 + 1); // header, the rows, the last line break
    for (int i = 0; i < 100; ++i)
        QVERIFY2(rows.at(1 + i).startsWith(QStringLiteral("E%1,").arg(expected.at(i) - 1, 4, 10, QLatin1Char('0')).toUtf8()),
                 rows.at(1 + i).constData());
}

void TestImportMemory::cliListsEveryIssue()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    writeLeavers(csv, 1, 300, 0, 3);
    ImportIssueList::setDefaultMemoryLimit(10);
    QString out;
    QString err;
    {
        QTextStream o(&out);
        QTextStream e(&err);
        const int code = cli::run({QStringLiteral("alumnidesk-cli"), QStringLiteral("--db"), dir.filePath(QStringLiteral("r.sqlite")),
                                   QStringLiteral("import"), csv, QStringLiteral("--json"), QStringLiteral("--errors"),
                                   dir.filePath(QStringLiteral("errors.csv"))},
                                  o, e);
        QCOMPARE(code, int(cli::ExitRejected));
    }
    ImportIssueList::setDefaultMemoryLimit(ImportIssueList::kDefaultMemoryLimit);
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + QLatin1Char('\n') + out.left(2000)));
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 100);
    QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), 200);
    const QJsonArray issues = o.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 100);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(issues.at(i).toObject().value(QStringLiteral("line")).toInt(), 3 + 3 * i);
        QCOMPARE(issues.at(i).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }
    QFile f(dir.filePath(QStringLiteral("errors.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 101);

    // Without issues the JSON is still whole.
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeLeavers(good, 1000, 5);
    out.clear();
    QTextStream o2(&out);
    QTextStream e2(&err);
    QCOMPARE(cli::run({QStringLiteral("alumnidesk-cli"), QStringLiteral("--db"), dir.filePath(QStringLiteral("r.sqlite")),
                       QStringLiteral("import"), good, QStringLiteral("--json")},
                      o2, e2),
             int(cli::ExitOk));
    o2.flush();
    const QJsonObject clean = QJsonDocument::fromJson(out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(out));
    QVERIFY(clean.value(QStringLiteral("issues")).isArray());
    QCOMPARE(clean.value(QStringLiteral("issues")).toArray().size(), 0);
    QCOMPARE(clean.value(QStringLiteral("inserted")).toInt(), 5);
}

void TestImportMemory::rollbackRestoresTheRosterExactly_data()
{
    QTest::addColumn<int>("importBulk");   // bulk threshold of the second import
    QTest::addColumn<int>("rollbackBulk"); // bulk threshold of the rollback
    QTest::addColumn<int>("chunk");
    QTest::newRow("person by person, chunks of 4") << 20000 << 20000 << 4;
    QTest::newRow("bulk rollback, chunks of 4") << 20000 << 1 << 4;
    QTest::newRow("bulk import and rollback, chunks of 7") << 1 << 1 << 7;
    QTest::newRow("one chunk") << 20000 << 20000 << 5000;
}

void TestImportMemory::rollbackRestoresTheRosterExactly()
{
    QFETCH(int, importBulk);
    QFETCH(int, rollbackBulk);
    QFETCH(int, chunk);
    test::TestDatabase t;
    const QString first = t.dir() + QStringLiteral("/first.csv");
    const QString second = t.dir() + QStringLiteral("/second.csv");
    writeLeavers(first, 1, 40);
    writeLeavers(second, 31, 45, 40); // E0031–E0040 change department, E0041–E0075 are new
    const QStringList empty = roster(t.db());
    QVERIFY(importFile(t.db(), first));
    const QStringList before = roster(t.db());
    auto run = importFile(t.db(), second, 0, importBulk);
    QVERIFY2(run, qPrintable(run ? QString() : run.errorText()));
    QCOMPARE(run->summary.inserted, 35);
    QCOMPARE(run->summary.updated, 10);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM import_changes WHERE import_id = %1").arg(run->summary.importId)),
             qint64(45));

    RollbackOptions options;
    options.bulkThreshold = rollbackBulk;
    options.chunk = chunk;
    const qint64 tempStore = count(t.db(), QStringLiteral("PRAGMA temp_store"));
    auto undone = rollbackLastImport(t.db(), QStringLiteral("test"), options);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.errorText()));
    // Its temporary files went to disk for the rollback only.
    QCOMPARE(count(t.db(), QStringLiteral("PRAGMA temp_store")), tempStore);
    QCOMPARE(undone->removed, 35);
    QCOMPARE(undone->restored, 10);
    QCOMPARE(roster(t.db()), before);
    // The search index follows: the removed are not found, the restored are found where they were.
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    QVERIFY(!repo.loadByEmployeeId(QStringLiteral("E0050")));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni_search WHERE alumni_search MATCH 'E0050'")), qint64(0));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni_search WHERE alumni_search MATCH 'E0035'")), qint64(1));
    // The audit trail: one entry per person removed unless in bulk, one per person restored.
    const qint64 deletes = count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'"));
    QCOMPARE(deletes, rollbackBulk == 1 ? qint64(0) : qint64(35));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'")), qint64(10));

    options.bulkThreshold = 1;
    QVERIFY(rollbackLastImport(t.db(), QStringLiteral("test"), options)); // the first import
    QCOMPARE(roster(t.db()), empty);
}

void TestImportMemory::rollbackRefusedWhenSomeoneWasDeleted()
{
    test::TestDatabase t;
    const QString first = t.dir() + QStringLiteral("/first.csv");
    writeLeavers(first, 1, 30);
    QVERIFY(importFile(t.db(), first, 0, 1));
    AlumnusRepository repo(t.db(), QStringLiteral("ui"));
    auto gone = repo.loadByEmployeeId(QStringLiteral("E0007"));
    QVERIFY(gone);
    QVERIFY(repo.remove(gone->id));
    RollbackOptions options;
    options.chunk = 4;
    auto r = rollbackLastImport(t.db(), QStringLiteral("test"), options);
    QVERIFY(!r);
    QVERIFY2(r.error().detail.contains(QStringLiteral("deleted")), qPrintable(r.error().detail));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), qint64(29)); // nothing was undone
}

QTEST_GUILESS_MAIN(TestImportMemory)
#include "tst_importmemory.moc"
