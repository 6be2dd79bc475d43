// Bulk loads and what is derived from the roster rows: the bulk loader suspends the triggers of the derived
// tables (db/DerivedTables.h) and rebuilds them once; afterwards alumnus_skills, the alumni rows (derived
// columns included) and the triggers must be exactly what a row-by-row load of the same roster gives, and
// the roster revision (and so the verdicts' staleness) must have moved.
#include "TestDatabase.h"

#include "db/WriteTransaction.h"
#include "eligibility/EligibilityService.h"
#include "hris/StreamingImport.h"
#include "roster/AlumnusRows.h"
#include "roster/BulkLoader.h"
#include "roster/Validation.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace alumnidesk;

namespace {

Alumnus person(int n, const QStringList &skills)
{
    Alumnus a = test::makeAlumnus(QStringLiteral("B%1").arg(n, 4, 10, QLatin1Char('0')), QStringLiteral("山田 太郎"),
                                  QStringLiteral("ヤマダ タロウ"));
    a.skills = skills;
    a.consentJobOffers = n % 2 == 0;
    // Addresses for the search index's domain tables: several domains, mixed case, a secondary one.
    a.email = QStringLiteral("p%1@Dept%2.Example.jp").arg(n).arg(n % 3);
    if (n % 2)
        a.secondaryEmail = QStringLiteral("q%1@home%2.example.com").arg(n).arg(n % 4);
    if (n % 3 == 0) {
        Stint s;
        s.hireDate = QDate(2021, 1, 1);
        s.departureDate = n % 2 ? QDate(2023, 6, 30) : QDate();
        s.department = QStringLiteral("開発部");
        s.grade = QStringLiteral("G3");
        s.employmentType = QStringLiteral("contract");
        s.departureType = QStringLiteral("voluntary");
        a.stints.append(s);
    }
    return a;
}

// Skills that exercise the triggers' splitting: case, spaces, duplicates, quotes, backslashes, Japanese,
// none at all, blank entries, and a control character (indexes nothing).
QVector<Alumnus> roster(int first)
{
    const QVector<QStringList> skills = {
        {QStringLiteral("Python"), QStringLiteral("SQL")},
        {QStringLiteral("python"), QStringLiteral(" SQL ")},
        {},
        {QStringLiteral("法人営業"), QStringLiteral("Ｅｘｃｅｌ")},
        {QStringLiteral("say \"hi\""), QStringLiteral("C:\\path")},
        {QStringLiteral("Python"), QStringLiteral("Python")},
        {QStringLiteral("bad\x01" "char"), QStringLiteral("Go")},
        {QStringLiteral(" "), QStringLiteral("Rust")},
        {QStringLiteral("人事"), QStringLiteral("労務"), QStringLiteral("採用")},
    };
    QVector<Alumnus> out;
    for (int i = 0; i < skills.size(); ++i)
        out.append(person(first + i, skills.at(i)));
    return out;
}

void loadRowByRow(Database &db, const QVector<Alumnus> &people)
{
    WriteTransaction tx(db.sql(), db.backend());
    QVERIFY(tx.started());
    AlumnusRows rows(db.sql(), db.backend());
    for (const Alumnus &a : people)
        QVERIFY(rows.insert(normalized(a)).ok());
    QVERIFY(tx.commit().ok());
}

void loadBulk(Database &db, const QVector<Alumnus> &people, BulkLoader::EmptyRule rule)
{
    BulkLoader loader(db);
    QVERIFY(loader.begin(rule).ok());
    for (const Alumnus &a : people)
        QVERIFY(loader.add(a).ok());
    QVERIFY(loader.commit(QStringLiteral("test"), QStringLiteral("bulk")).ok());
}

QStringList lines(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + sql};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

QStringList skills(Database &db)
{
    return lines(db, QStringLiteral("SELECT a.employee_id, s.skill FROM alumnus_skills s JOIN alumni a ON a.id = s.alumnus_id "
                                    "ORDER BY 1, 2"));
}

// Every column of the rows but the timestamps of the write.
QStringList alumniRows(Database &db)
{
    QStringList columns = AlumnusRows::alumniColumns();
    columns.removeAll(QStringLiteral("created_at"));
    columns.removeAll(QStringLiteral("updated_at"));
    return lines(db, QStringLiteral("SELECT %1 FROM alumni ORDER BY employee_id").arg(columns.join(QStringLiteral(", "))));
}

QStringList schemaOf(Database &db)
{
    return lines(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
                                    "ORDER BY type, name"));
}

qint64 revision(Database &db)
{
    return eligibility::rosterRevision(db.sql()).value();
}

// A leavers file whose skills cells split into the same variety as roster().
void writeLeavers(const QString &path, int rows)
{
    static const char *skillCells[] = {"Python;SQL", "python; SQL ", "", "法人営業、Ｅｘｃｅｌ", "C:\\path;Go", "Python;Python", "人事;労務;採用"};
    QByteArray out = "社員番号,氏名,フリガナ,入社日,退職日,所属,退職区分,skills\r\n";
    for (int i = 0; i < rows; ++i) {
        out += "E" + QByteArray::number(1000 + i) + ",佐藤\xe3\x80\x80太郎,サトウ タロウ," + QByteArray::number(2000 + i % 20)
            + "/04/01," + QByteArray::number(2021 + i % 4) + "/03/31,営業部,自己都合," + skillCells[i % 7] + "\r\n";
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(out);
}

} // namespace

class TestBulkDerived : public QObject {
    Q_OBJECT
private slots:
    void skillsAndRowsAsRowByRow();
    void triggersBackAfterBulkLoad();
    void revisionAndStalenessMove();
    void importBulkPathAsRowByRow();
    void checkConstraintsVerifiedAtCommit();
};

void TestBulkDerived::skillsAndRowsAsRowByRow()
{
    test::TestDatabase byRow;
    test::TestDatabase bulk;
    // An empty roster first, then a second load onto the filled one (the rebuild starts from rows already there).
    loadRowByRow(byRow.db(), roster(1));
    loadBulk(bulk.db(), roster(1), BulkLoader::RequireEmptyRoster);
    QCOMPARE(skills(bulk.db()), skills(byRow.db()));
    loadRowByRow(byRow.db(), roster(100));
    loadBulk(bulk.db(), roster(100), BulkLoader::AnyRoster);

    const QStringList expected = skills(byRow.db());
    QVERIFY(expected.size() > 20);
    QVERIFY(expected.contains(QStringLiteral("B0001|python")));
    QCOMPARE(skills(bulk.db()), expected);
    QCOMPARE(alumniRows(bulk.db()), alumniRows(byRow.db()));
    QCOMPARE(schemaOf(bulk.db()), schemaOf(byRow.db()));
    // The search index: the list of domains as the triggers keep it, and every FTS table consistent.
    const QString domains = QStringLiteral("SELECT domain FROM alumni_email_domains ORDER BY 1");
    QVERIFY(lines(byRow.db(), domains).size() >= 5);
    QCOMPARE(lines(bulk.db(), domains), lines(byRow.db(), domains));
    QSqlQuery check(bulk.db().sql());
    for (const char *table : {"alumni_search", "alumni_search1", "alumni_search_domains"})
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table))), table);
}

void TestBulkDerived::triggersBackAfterBulkLoad()
{
    test::TestDatabase bulk;
    loadBulk(bulk.db(), roster(1), BulkLoader::RequireEmptyRoster);
    AlumnusRows rows(bulk.db().sql(), bulk.db().backend());
    auto id = rows.insert(normalized(person(500, {QStringLiteral("Kotlin")})));
    QVERIFY(id.ok());
    QVERIFY(skills(bulk.db()).contains(QStringLiteral("B0500|kotlin")));
    auto loaded = rows.load(id.value());
    QVERIFY(loaded.ok());
    Alumnus edited = loaded.value();
    edited.skills = {QStringLiteral("Swift")};
    QVERIFY(rows.update(normalized(edited)).ok());
    const QStringList after = skills(bulk.db());
    QVERIFY(after.contains(QStringLiteral("B0500|swift")));
    QVERIFY(!after.contains(QStringLiteral("B0500|kotlin")));
}

void TestBulkDerived::revisionAndStalenessMove()
{
    test::TestDatabase db;
    loadBulk(db.db(), roster(1), BulkLoader::RequireEmptyRoster);
    eligibility::EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto set = service.ruleSets().current(QStringLiteral("rehire"));
    QVERIFY(set.ok());
    const QDate asOf(2025, 4, 1);
    QVERIFY(service.verdicts().refresh(set.value(), asOf).ok());
    QVERIFY(!service.verdicts().isStale(set.value(), asOf).value());

    const qint64 before = revision(db.db());
    loadBulk(db.db(), roster(100), BulkLoader::AnyRoster);
    QVERIFY(revision(db.db()) > before);
    QVERIFY(service.verdicts().isStale(set.value(), asOf).value());
    // Once, not once a row: the loader suspends the row triggers while it inserts.
    QCOMPARE(revision(db.db()), before + 1);
}

// The streaming import's bulk path (BulkIndexScope) against the same file imported person by person.
void TestBulkDerived::importBulkPathAsRowByRow()
{
    test::TestDatabase byRow;
    test::TestDatabase bulk;
    const QString file = byRow.dir() + QStringLiteral("/leavers.csv");
    writeLeavers(file, 40);
    hris::StreamingImportOptions options;
    options.source.fileName = QStringLiteral("leavers.csv");
    options.bulkThreshold = 1000000;
    const qint64 byRowBefore = revision(byRow.db());
    auto r1 = hris::streamImport(byRow.db(), file, options);
    QVERIFY2(r1, qPrintable(r1 ? QString() : r1.errorText()));
    QVERIFY(!r1->bulk);
    options.bulkThreshold = 1;
    const qint64 bulkBefore = revision(bulk.db());
    auto r2 = hris::streamImport(bulk.db(), file, options);
    QVERIFY2(r2, qPrintable(r2 ? QString() : r2.errorText()));
    QVERIFY(r2->bulk);
    QCOMPARE(r2->summary.inserted, 40);

    const QStringList expected = skills(byRow.db());
    QVERIFY(expected.size() > 40);
    QVERIFY(expected.contains(QStringLiteral("E1000|python")));
    QCOMPARE(skills(bulk.db()), expected);
    QCOMPARE(schemaOf(bulk.db()), schemaOf(byRow.db()));
    QVERIFY(revision(byRow.db()) > byRowBefore);
    QCOMPARE(revision(bulk.db()), bulkBefore + 1);
}

QTEST_GUILESS_MAIN(TestBulkDerived)
// The loader stops the CHECK constraints while rows go in and asks the one they guard of every row at commit:
// a bad membership status still fails the whole load, and the constraints are back on afterwards.
void TestBulkDerived::checkConstraintsVerifiedAtCommit()
{
    test::TestDatabase db;
    const QStringList cacheBefore = lines(db.db(), QStringLiteral("PRAGMA cache_size"));
    loadBulk(db.db(), roster(1), BulkLoader::RequireEmptyRoster);
    QCOMPARE(lines(db.db(), QStringLiteral("PRAGMA cache_size")), cacheBefore);
    const QStringList before = alumniRows(db.db());
    const QString badInsert = QStringLiteral("INSERT INTO alumni(employee_id, membership_status, created_at, updated_at) "
                                             "VALUES ('X1', 'lapsed', '', '')");
    QSqlQuery q(db.db().sql());
    QVERIFY(!q.exec(badInsert)); // checked after a load that succeeded

    {
        BulkLoader loader(db.db());
        QVERIFY(loader.begin(BulkLoader::AnyRoster).ok());
        QVector<Alumnus> people = roster(100);
        people[3].membershipStatus = QStringLiteral("lapsed");
        for (const Alumnus &a : people)
            QVERIFY(loader.add(a).ok());
        const Status st = loader.commit(QStringLiteral("test"), QStringLiteral("bulk"));
        QVERIFY(!st.ok());
        QCOMPARE(int(loader.failure()), int(BulkLoader::Failure::Database));
        QVERIFY2(st.error().message.contains(QStringLiteral("B0103")), qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(QStringLiteral("lapsed")), qPrintable(st.error().message));
    }
    // The connection's page cache is put back after a load that failed too.
    QCOMPARE(lines(db.db(), QStringLiteral("PRAGMA cache_size")), cacheBefore);
    QCOMPARE(alumniRows(db.db()), before);
    QVERIFY(!q.exec(badInsert)); // checked after a load that failed
    {
        BulkLoader loader(db.db());
        QVERIFY(loader.begin(BulkLoader::AnyRoster).ok());
        QVERIFY(loader.add(person(200, {})).ok());
        loader.rollback();
    }
    QVERIFY(!q.exec(badInsert)); // checked after a load that was abandoned
    QCOMPARE(alumniRows(db.db()), before);
    loadBulk(db.db(), roster(100), BulkLoader::AnyRoster);
    QCOMPARE(alumniRows(db.db()).size(), before.size() + roster(100).size());
}

#include "tst_bulkderived.moc"
