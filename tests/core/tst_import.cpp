// Importing an HR export: dry run counts and field-by-field changes, ownership (a file never overwrites what
// AlumniDesk owns), boomerangs as new stints, duplicate rows rejected with their lines, idempotence, atomic
// cancel, and rollback of the last import — refused when someone changed those people since.
#include "TestDatabase.h"

#include "hris/ColumnMapping.h"
#include "hris/ImportExecutor.h"
#include "hris/ImportHistory.h"
#include "hris/ImportPlanner.h"
#include "hris/MappingProfiles.h"
#include "hris/RecordInterpreter.h"
#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::hris;

namespace {

QVector<QStringList> sampleLines()
{
    QFile f(qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/samples/hris_leavers_sample_utf8bom.csv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QChar(0xFEFF));
    QVector<QStringList> rows;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

QVector<ImportRow> interpret(const QVector<QStringList> &lines)
{
    const RecordInterpreter interpreter(ColumnMapping::automatic(lines.constFirst()));
    QVector<ImportRow> rows;
    for (int i = 1; i < lines.size(); ++i)
        rows.append(interpreter.interpret(i + 1, lines.at(i)));
    return rows;
}

ImportPlan planOf(Database &db, const QVector<QStringList> &lines)
{
    ImportPlanner planner(db);
    auto plan = planner.plan(interpret(lines));
    if (!plan)
        qFatal("%s", qPrintable(plan.errorText()));
    return plan.value();
}

ImportSource source(const QString &file)
{
    ImportSource s;
    s.fileName = file;
    s.sha256 = QStringLiteral("0");
    s.encoding = QStringLiteral("UTF-8");
    return s;
}

ImportSummary run(Database &db, const QVector<QStringList> &lines)
{
    auto summary = executeImport(db, planOf(db, lines), source(QStringLiteral("leavers.csv")));
    if (!summary)
        qFatal("%s", qPrintable(summary.errorText()));
    return summary.value();
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void dryRunCountsAndWritesNothing();
    void importsTheSample();
    void secondImportChangesNothing();
    void fileNeverOverwritesWhatAlumniDeskOwns();
    void laterHireDateAddsAStint();
    void sameStintTwiceIsRejected();
    void cancelLeavesTheRosterAsItWas();
    void rollbackRestoresAndRemoves();
    void rollbackRefusedAfterLaterEdits();
    void mappingProfilesAreKeptInTheFile();
};

void TestImport::dryRunCountsAndWritesNothing()
{
    test::TestDatabase t;
    const ImportPlan plan = planOf(t.db(), sampleLines());
    QCOMPARE(plan.rows, 8);
    QCOMPARE(plan.count(PlannedPerson::Insert), 7);
    QCOMPARE(plan.rejectedRows, 0);
    QCOMPARE(plan.issues.size(), qint64(1)); // the value typed past the last column, a warning
    QCOMPARE(plan.issues.kept().constFirst().line, 9);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 0);
}

void TestImport::importsTheSample()
{
    test::TestDatabase t;
    const ImportSummary s = run(t.db(), sampleLines());
    QCOMPARE(s.inserted, 7);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 7);
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const Alumnus saito = repo.loadByEmployeeId(QStringLiteral("100318")).value();
    QCOMPARE(saito.stints.size(), 2); // one person, two stints: a boomerang
    QCOMPARE(saito.stints.at(1).position, QStringLiteral("主任"));
    AlumnusAttributes attrs(t.db().sql(), t.db().backend());
    const Attributes matsumoto = attrs.load(repo.loadByEmployeeId(QStringLiteral("100520"))->id).value();
    QCOMPARE(matsumoto.size(), 2);
    QVERIFY(matsumoto.at(0).second.contains(QStringLiteral("再雇用不可")) || matsumoto.at(1).second.contains(QStringLiteral("再雇用不可")));
    const auto history = listImports(t.db());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().inserted, 7);
    QCOMPARE(history->constFirst().fileName, QStringLiteral("leavers.csv"));
}

void TestImport::secondImportChangesNothing()
{
    test::TestDatabase t;
    run(t.db(), sampleLines());
    const int audit = count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const ImportPlan plan = planOf(t.db(), sampleLines());
    QCOMPARE(plan.count(PlannedPerson::Unchanged), 7);
    QCOMPARE(plan.count(PlannedPerson::Update), 0);
    const ImportSummary s = run(t.db(), sampleLines());
    QCOMPARE(s.unchanged, 7);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void TestImport::fileNeverOverwritesWhatAlumniDeskOwns()
{
    test::TestDatabase t;
    run(t.db(), sampleLines());
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    Alumnus inoue = repo.loadByEmployeeId(QStringLiteral("100231")).value();
    inoue.membershipStatus = QStringLiteral("active");
    inoue.currentEmployer = QStringLiteral("株式会社ミライテック");
    inoue.notes = QStringLiteral("2025年サミット登壇");
    inoue.tags = {QStringLiteral("メンター")};
    inoue.email = QStringLiteral("naomi@example.com"); // she told us her new address
    QVERIFY(repo.save(inoue));

    QVector<QStringList> lines = sampleLines();
    lines[1][7] = QStringLiteral("商品企画二部"); // HR corrected the department
    const ImportPlan plan = planOf(t.db(), lines);
    QCOMPARE(plan.count(PlannedPerson::Update), 1);
    const PlannedPerson &p = *std::find_if(plan.people.begin(), plan.people.end(),
                                            [](const PlannedPerson &x) { return x.action == PlannedPerson::Update; });
    QCOMPARE(p.changes.size(), 1);
    QCOMPARE(p.changes.constFirst().field, QStringLiteral("stints"));
    QVERIFY(p.changes.constFirst().newValue.contains(QStringLiteral("商品企画二部")));
    QVERIFY(executeImport(t.db(), plan, source(QStringLiteral("fix.csv"))));
    const Alumnus after = repo.loadByEmployeeId(QStringLiteral("100231")).value();
    QCOMPARE(after.stints.constFirst().department, QStringLiteral("商品企画二部"));
    QCOMPARE(after.membershipStatus, QStringLiteral("active"));
    QCOMPARE(after.currentEmployer, QStringLiteral("株式会社ミライテック"));
    QCOMPARE(after.notes, QStringLiteral("2025年サミット登壇"));
    QCOMPARE(after.tags, QStringList{QStringLiteral("メンター")});
    QCOMPARE(after.email, QStringLiteral("naomi@example.com"));
}

void TestImport::laterHireDateAddsAStint()
{
    test::TestDatabase t;
    run(t.db(), sampleLines());
    QVector<QStringList> lines{sampleLines().constFirst(), sampleLines().at(1)};
    lines[1][5] = QStringLiteral("2023/4/1"); // rehired
    lines[1][6] = QStringLiteral("2025/3/31");
    run(t.db(), lines);
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const Alumnus inoue = repo.loadByEmployeeId(QStringLiteral("100231")).value();
    QCOMPARE(inoue.stints.size(), 2);
    QCOMPARE(inoue.stints.constFirst().hireDate, QDate(2011, 4, 1)); // the first stint is kept, not overwritten
    QCOMPARE(inoue.stints.constLast().hireDate, QDate(2023, 4, 1));
}

void TestImport::sameStintTwiceIsRejected()
{
    test::TestDatabase t;
    QVector<QStringList> lines = sampleLines();
    lines.append(lines.at(1)); // 100231 with the same hire date again, on line 10
    const ImportPlan plan = planOf(t.db(), lines);
    QCOMPARE(plan.rejectedRows, 1);
    const auto error = std::find_if(plan.issues.kept().begin(), plan.issues.kept().end(),
                                    [](const ImportIssue &i) { return i.severity == ImportIssue::Error; });
    QVERIFY(error != plan.issues.kept().end());
    QCOMPARE(error->line, 10);
    QVERIFY(error->reason.contains(QStringLiteral("line 2")));
}

void TestImport::cancelLeavesTheRosterAsItWas()
{
    test::TestDatabase t;
    const ImportPlan plan = planOf(t.db(), sampleLines());
    std::atomic_bool cancel{true};
    auto s = executeImport(t.db(), plan, source(QStringLiteral("x.csv")), {}, &cancel);
    QVERIFY(!s);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM imports")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestImport::rollbackRestoresAndRemoves()
{
    test::TestDatabase t;
    run(t.db(), sampleLines());
    QVector<QStringList> lines = sampleLines();
    lines[1][7] = QStringLiteral("商品企画二部");
    lines.append(lines.at(1));
    lines.last()[0] = QStringLiteral("100999"); // someone new
    run(t.db(), lines);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 8);

    auto r = rollbackLastImport(t.db(), QStringLiteral("test"));
    QVERIFY2(r, qPrintable(r.errorText()));
    QCOMPARE(r->removed, 1);
    QCOMPARE(r->restored, 1);
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    QCOMPARE(repo.loadByEmployeeId(QStringLiteral("100231"))->stints.constFirst().department, QStringLiteral("商品企画部"));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 7);

    QVERIFY(rollbackLastImport(t.db(), QStringLiteral("test"))); // the first import
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 0);
    QVERIFY(!rollbackLastImport(t.db(), QStringLiteral("test"))); // nothing left to roll back
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM imports WHERE rolled_back_at IS NOT NULL")), 2);
}

void TestImport::rollbackRefusedAfterLaterEdits()
{
    test::TestDatabase t;
    run(t.db(), sampleLines());
    AlumnusRepository repo(t.db(), QStringLiteral("ui"));
    Alumnus mori = repo.loadByEmployeeId(QStringLiteral("100245")).value();
    mori.notes = QStringLiteral("連絡あり");
    QVERIFY(repo.save(mori));
    auto r = rollbackLastImport(t.db(), QStringLiteral("test"));
    QVERIFY(!r);
    QVERIFY(r.error().detail.contains(QStringLiteral("100245")));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 7); // nothing was undone
}

void TestImport::mappingProfilesAreKeptInTheFile()
{
    test::TestDatabase t;
    ColumnMapping m = ColumnMapping::automatic({QStringLiteral("No."), QStringLiteral("氏名")});
    m.setField(0, ImportField::EmployeeId);
    QVERIFY(saveProfile(t.db(), QStringLiteral("SmartHR 退職者"), m.toProfile()));
    t.reopen();
    QCOMPARE(profileNames(t.db()).value(), QStringList{QStringLiteral("SmartHR 退職者")});
    auto loaded = loadProfile(t.db(), QStringLiteral("SmartHR 退職者"));
    QVERIFY(loaded);
    QCOMPARE(ColumnMapping::fromProfile({QStringLiteral("No."), QStringLiteral("氏名")}, loaded.value()).columns().constFirst().field,
             ImportField::EmployeeId);
    auto missing = loadProfile(t.db(), QStringLiteral("freee"));
    QVERIFY(!missing);
    QVERIFY(missing.errorText().contains(QStringLiteral("SmartHR 退職者"))); // says which profiles exist
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
