// Exporting the roster: export then import into an empty database gives the same roster (UTF-8 with and
// without BOM, every field, boomerangs, withdrawn members, HR flags, custom attributes, notes with line
// breaks, commas and quotes, 異体字); CP932 refuses what it cannot hold and writes nothing; chosen columns,
// a search, an explicit selection, a mapping profile's headers; Excel's limits; Cancel leaves no file.
#include "TestDatabase.h"

#include "demo/DemoRoster.h"
#include "hris/ImportExecutor.h"
#include "hris/ImportFile.h"
#include "hris/ImportPlanner.h"
#include "hris/RosterExport.h"
#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRepository.h"
#include "roster/RosterQuery.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::hris;
using alumnidesk::test::TestDatabase;

Q_DECLARE_METATYPE(alumnidesk::csv::ExportEncoding)

namespace {

qint64 idOf(Database &db, const QString &employeeId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM alumni WHERE employee_id = ?"));
    q.addBindValue(employeeId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Everyone by employee ID: the record as JSON without row ids and timestamps, and its attributes.
QMap<QString, QJsonObject> snapshot(Database &db)
{
    QMap<QString, QJsonObject> out;
    AlumnusRepository repo(db, QStringLiteral("test"));
    AlumnusAttributes attributes(db.sql(), db.backend());
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT id FROM alumni"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto a = repo.load(id);
        if (!a)
            qFatal("%s", qPrintable(a.errorText()));
        QJsonObject o = toJson(a.value());
        o.remove(QStringLiteral("id"));
        o.remove(QStringLiteral("created_at"));
        o.remove(QStringLiteral("updated_at"));
        QJsonArray stints;
        for (const QJsonValue &s : o.value(QStringLiteral("stints")).toArray()) {
            QJsonObject so = s.toObject();
            so.remove(QStringLiteral("id"));
            stints.append(so);
        }
        o.insert(QStringLiteral("stints"), stints);
        QJsonArray attrs;
        const Attributes stored = attributes.load(id).value();
        for (const auto &attr : stored)
            attrs.append(QJsonArray{attr.first, attr.second});
        o.insert(QStringLiteral("attributes"), attrs);
        out.insert(a->employeeId, o);
    }
    return out;
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// Field by field, so a failure names the person, the field and both values.
void compareRosters(const QMap<QString, QJsonObject> &before, const QMap<QString, QJsonObject> &after)
{
    QCOMPARE(after.size(), before.size());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        const QJsonObject b = it.value();
        const QJsonObject a = after.value(it.key());
        QStringList keys = b.keys() + a.keys();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            QVERIFY2(a.value(k) == b.value(k), qPrintable(QStringLiteral("%1 %2: exported %3, imported %4")
                                                              .arg(it.key(), k, jsonText(b.value(k)), jsonText(a.value(k)))));
        }
    }
}

// Reads the file the way `alumnidesk-cli import` does and imports it; every row must be accepted.
void importInto(Database &db, const QString &path, const ImportFileOptions &options = {})
{
    auto contents = readImportFile(path, options);
    QVERIFY2(contents, qPrintable(contents.errorText()));
    ImportPlanner planner(db);
    auto plan = planner.plan(contents->rows);
    QVERIFY2(plan, qPrintable(plan.errorText()));
    QStringList errors;
    for (const ImportIssue &i : plan->issues.kept()) {
        if (i.severity == ImportIssue::Error)
            errors.append(QStringLiteral("line %1 column %2 (%3) “%4”: %5").arg(i.line).arg(i.column).arg(i.field, i.value, i.reason));
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(QLatin1Char('\n'))));
    ImportSource source;
    source.fileName = QStringLiteral("export.csv");
    source.sha256 = contents->sha256;
    source.encoding = QStringLiteral("UTF-8");
    auto done = executeImport(db, plan.value(), source);
    QVERIFY2(done, qPrintable(done.errorText()));
}

ExportSummary exportOk(Database &db, const QString &path, const ExportOptions &options = {})
{
    auto s = exportRoster(db, path, options);
    if (!s)
        qFatal("export failed: %s", qPrintable(s.errorText()));
    return s.value();
}

QStringList lines(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QChar(0xFEFF));
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

Alumnus person(const QString &id, const QString &name, const QString &kana)
{
    return test::makeAlumnus(id, name, kana);
}

qint64 add(Database &db, const Alumnus &a)
{
    AlumnusRepository repo(db, QStringLiteral("test"));
    auto id = repo.add(a);
    if (!id)
        qFatal("%s", qPrintable(id.errorText()));
    return id.value();
}

} // namespace

class TestRosterExport : public QObject {
    Q_OBJECT
private slots:
    void roundTripGivesTheSameRoster_data();
    void roundTripGivesTheSameRoster();
    void cp932RefusesWhatItCannotHoldAndWritesNothing();
    void cp932KeepsTheExtendedCharacters();
    void chosenColumnsInTheirOrder();
    void searchExportsOnlyTheMatches();
    void explicitSelectionInItsOrder();
    void excelLimitsAreWarnings();
    void cancelLeavesNoFile();
    void emptyRosterGivesTheHeader();
};

void TestRosterExport::roundTripGivesTheSameRoster_data()
{
    QTest::addColumn<csv::ExportEncoding>("encoding");
    QTest::newRow("UTF-8 with BOM") << csv::ExportEncoding::Utf8WithBom;
    QTest::newRow("UTF-8") << csv::ExportEncoding::Utf8;
}

void TestRosterExport::roundTripGivesTheSameRoster()
{
    QFETCH(csv::ExportEncoding, encoding);
    TestDatabase source;
    demo::DemoOptions options;
    options.rows = 3000;
    options.seed = 7;
    QVERIFY(demo::generateDemoRoster(source.db(), options));

    // What the generator makes rarely or never: text that needs quoting or protecting, 異体字, a person
    // without any stint, custom attributes.
    AlumnusRepository repo(source.db(), QStringLiteral("test"));
    QSqlQuery q(source.db().sql());
    q.exec(QStringLiteral("SELECT id FROM alumni ORDER BY id LIMIT 6"));
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    const QStringList notes{QStringLiteral("1行目, カンマ\n2行目 \"引用\"\r\n3行目"), QStringLiteral("=SUM(A1)"),
                            QStringLiteral("+81-90-0000-0000"), QStringLiteral("-1"), QStringLiteral("@channel"),
                            QStringLiteral("'=already quoted")};
    for (int i = 0; i < ids.size(); ++i) {
        Alumnus a = repo.load(ids.at(i)).value();
        a.notes = notes.at(i);
        a.hrNote = QStringLiteral("\"要確認\", 再雇用は要相談\n面談記録あり");
        a.currentTitle = i == 1 ? QStringLiteral("-") : a.currentTitle;
        a.familyName = QStringList{QStringLiteral("𠮷田"), QStringLiteral("髙橋"), QStringLiteral("山﨑")}.at(i % 3);
        a.skills = QStringList{QStringLiteral("C++"), QStringLiteral("広報・PR")};
        a.tags = QStringList{QStringLiteral("メンター"), QStringLiteral("=cmd")};
        QVERIFY2(repo.save(a), "save");
    }
    Alumnus noStints = person(QStringLiteral("X000001"), QStringLiteral("﨑田 花子"), QStringLiteral("サキタ ハナコ"));
    noStints.stints.clear();
    const qint64 lone = add(source.db(), noStints);
    AlumnusAttributes attributes(source.db().sql(), source.db().backend());
    QVERIFY(attributes.set(lone, {{QStringLiteral("性別"), QStringLiteral("女性")}, {QStringLiteral("評価"), QStringLiteral("=A1")}}));
    QVERIFY(attributes.set(ids.at(2), {{QStringLiteral("評価"), QStringLiteral("B, 良好")}}));

    // The roster really has what the round trip is meant to cover.
    QVERIFY(scalar(source.db(), QStringLiteral("SELECT count(*) FROM alumni WHERE stint_count > 1")) > 10);
    QVERIFY(scalar(source.db(), QStringLiteral("SELECT count(*) FROM alumni WHERE membership_status = 'withdrawn'")) > 10);
    QVERIFY(scalar(source.db(), QStringLiteral("SELECT count(*) FROM alumni WHERE hr_misconduct = 1")) > 0);
    QVERIFY(scalar(source.db(), QStringLiteral("SELECT count(*) FROM alumni WHERE hr_do_not_rehire = 1")) > 0);
    QVERIFY(scalar(source.db(), QStringLiteral("SELECT count(*) FROM stints WHERE departure_date IS NULL")) > 0);

    const QString path = source.dir() + QStringLiteral("/roster.csv");
    ExportOptions o;
    o.encoding = encoding;
    const ExportSummary s = exportOk(source.db(), path, o);
    QVERIFY(s.written);
    QCOMPARE(s.errorCount, 0);
    QCOMPARE(s.people, 3001);
    QCOMPARE(s.rows, scalar(source.db(), QStringLiteral("SELECT count(*) FROM stints")) + 1);
    QCOMPARE(s.headers.mid(s.headers.size() - 2), (QStringList{QStringLiteral("性別"), QStringLiteral("評価")}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), encoding == csv::ExportEncoding::Utf8WithBom);
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(bytes.contains(",'=SUM(A1),"));
    QVERIFY(bytes.contains(",'+81-90-0000-0000,"));
    QVERIFY(bytes.contains(",''=already quoted,"));

    TestDatabase target;
    importInto(target.db(), path);
    compareRosters(snapshot(source.db()), snapshot(target.db()));
}

void TestRosterExport::cp932RefusesWhatItCannotHoldAndWritesNothing()
{
    TestDatabase db;
    add(db.db(), person(QStringLiteral("E001"), QStringLiteral("𠮷田 一郎"), QStringLiteral("ヨシダ イチロウ")));
    Alumnus b = person(QStringLiteral("E002"), QStringLiteral("髙橋 花子"), QStringLiteral("タカハシ ハナコ"));
    b.notes = QStringLiteral("よろしく😀");
    add(db.db(), b);
    add(db.db(), person(QStringLiteral("E003"), QStringLiteral("山﨑 次郎"), QStringLiteral("ヤマザキ ジロウ")));

    const QString path = db.dir() + QStringLiteral("/out.csv");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export\r\n");
    old.close();

    ExportOptions o;
    o.encoding = csv::ExportEncoding::Cp932;
    auto s = exportRoster(db.db(), path, o);
    QVERIFY2(s, qPrintable(s.errorText()));
    QVERIFY(!s->written);
    QCOMPARE(s->errorCount, 2);
    QCOMPARE(s->issues.size(), 2);
    // 50音: タカハシ (row 2), ヤマザキ (row 3), ヨシダ (row 4).
    const ExportIssue &emoji = s->issues.at(0);
    QCOMPARE(emoji.employeeId, QStringLiteral("E002"));
    QCOMPARE(emoji.column, QStringLiteral("notes"));
    QCOMPARE(emoji.value, QStringLiteral("😀"));
    QCOMPARE(emoji.row, 2);
    const ExportIssue &yoshi = s->issues.at(1);
    QCOMPARE(yoshi.employeeId, QStringLiteral("E001"));
    QCOMPARE(yoshi.column, QStringLiteral("family_name"));
    QCOMPARE(yoshi.value, QStringLiteral("𠮷"));
    QCOMPARE(yoshi.row, 4);
    QVERIFY2(yoshi.reason.contains(QStringLiteral("U+20BB7")), qPrintable(yoshi.reason));
    QVERIFY(describe(yoshi).contains(QStringLiteral("E001")));

    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export\r\n"));
    QCOMPARE(QDir(db.dir()).entryList({QStringLiteral("out*")}, QDir::Files), QStringList{QStringLiteral("out.csv")});
}

void TestRosterExport::cp932KeepsTheExtendedCharacters()
{
    TestDatabase db;
    Alumnus a = person(QStringLiteral("E001"), QStringLiteral("髙橋 一郎"), QStringLiteral("タカハシ イチロウ"));
    a.currentEmployer = QStringLiteral("㈱山﨑製作所");
    a.notes = QStringLiteral("① 面談済み\n② 再連絡");
    add(db.db(), a);
    const QString path = db.dir() + QStringLiteral("/sjis.csv");
    ExportOptions o;
    o.encoding = csv::ExportEncoding::Cp932;
    QVERIFY(exportOk(db.db(), path, o).written);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\xFB\xFC")); // 髙 as Windows writes it (IBM extension)

    TestDatabase target;
    importInto(target.db(), path);
    compareRosters(snapshot(db.db()), snapshot(target.db()));
}

void TestRosterExport::chosenColumnsInTheirOrder()
{
    TestDatabase db;
    Alumnus a = person(QStringLiteral("E001"), QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"));
    Stint again = a.stints.first();
    again.hireDate = QDate(2021, 4, 1);
    again.departureDate = QDate(2023, 3, 31);
    a.stints.append(again);
    add(db.db(), a);
    const QString path = db.dir() + QStringLiteral("/c.csv");
    ExportOptions o;
    o.columns = QStringList{QStringLiteral("full_name"), QStringLiteral("employee_id"), QStringLiteral("hire_date")};
    const ExportSummary s = exportOk(db.db(), path, o);
    QCOMPARE(lines(path), (QStringList{QStringLiteral("full_name,employee_id,hire_date"),
                                       QStringLiteral("山田　太郎,E001,2012-04-01"), QStringLiteral("山田　太郎,E001,2021-04-01")}));
    QCOMPARE(s.people, 1);

    // Without a stint column one row per person, not one per stint.
    o.columns = QStringList{QStringLiteral("employee_id"), QStringLiteral("family_kana")};
    exportOk(db.db(), path, o);
    QCOMPARE(lines(path), (QStringList{QStringLiteral("employee_id,family_kana"), QStringLiteral("E001,ヤマダ")}));

    o.columns = QStringList{QStringLiteral("employee_id"), QStringLiteral("salary")};
    ExportFailure failure = ExportFailure::None;
    auto bad = exportRoster(db.db(), path, o, {}, nullptr, &failure);
    QVERIFY(!bad);
    QCOMPARE(failure, ExportFailure::Columns);
    QVERIFY(bad.errorText().contains(QStringLiteral("salary")));
}

void TestRosterExport::searchExportsOnlyTheMatches()
{
    TestDatabase db;
    demo::DemoOptions options;
    options.rows = 800;
    QVERIFY(demo::generateDemoRoster(db.db(), options));
    RosterFilter filter;
    filter.search = QStringLiteral("佐藤");
    RosterQuery query(db.db().sql(), db.db().backend());
    const QVector<qint64> expected = query.orderedIds(filter, RosterSort{}).value();
    QVERIFY(expected.size() > 3);

    const QString path = db.dir() + QStringLiteral("/s.csv");
    ExportOptions o;
    o.filter = filter;
    o.columns = QStringList{QStringLiteral("employee_id"), QStringLiteral("family_name")};
    const ExportSummary s = exportOk(db.db(), path, o);
    QCOMPARE(s.people, expected.size());
    const QStringList got = lines(path).mid(1);
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(idOf(db.db(), got.at(i).section(QLatin1Char(','), 0, 0)), expected.at(i));
}

void TestRosterExport::explicitSelectionInItsOrder()
{
    TestDatabase db;
    const qint64 a = add(db.db(), person(QStringLiteral("E001"), QStringLiteral("青木 一郎"), QStringLiteral("アオキ イチロウ")));
    const qint64 b = add(db.db(), person(QStringLiteral("E002"), QStringLiteral("井上 二郎"), QStringLiteral("イノウエ ジロウ")));
    const qint64 c = add(db.db(), person(QStringLiteral("E003"), QStringLiteral("上田 三郎"), QStringLiteral("ウエダ サブロウ")));
    const QString path = db.dir() + QStringLiteral("/sel.csv");
    ExportOptions o;
    o.ids = QVector<qint64>{c, a, 99999, c, b};
    o.columns = QStringList{QStringLiteral("employee_id")};
    QCOMPARE(exportOk(db.db(), path, o).people, 3);
    QCOMPARE(lines(path), (QStringList{QStringLiteral("employee_id"), QStringLiteral("E003"), QStringLiteral("E001"),
                                       QStringLiteral("E002")}));
}

void TestRosterExport::excelLimitsAreWarnings()
{
    TestDatabase db;
    Alumnus longNote = person(QStringLiteral("E001"), QStringLiteral("青木 一郎"), QStringLiteral("アオキ イチロウ"));
    longNote.notes = QString(32768, QLatin1Char('x'));
    add(db.db(), longNote);
    Alumnus manyLines = person(QStringLiteral("E002"), QStringLiteral("井上 二郎"), QStringLiteral("イノウエ ジロウ"));
    manyLines.hrNote = QStringList(255, QStringLiteral("行")).join(QLatin1Char('\n')); // 254 line breaks
    add(db.db(), manyLines);
    Alumnus justFits = person(QStringLiteral("E003"), QStringLiteral("上田 三郎"), QStringLiteral("ウエダ サブロウ"));
    justFits.notes = QStringList(254, QStringLiteral("行")).join(QLatin1Char('\n')) + QString(32000, QLatin1Char('y'));
    add(db.db(), justFits);

    const QString path = db.dir() + QStringLiteral("/limits.csv");
    ExportOptions o;
    o.excelDataRows = 2;
    const ExportSummary s = exportOk(db.db(), path, o);
    QVERIFY(s.written);
    QCOMPARE(s.errorCount, 0);
    QCOMPARE(s.warningCount, 3);
    QCOMPARE(s.issues.at(0).employeeId, QStringLiteral("E001"));
    QCOMPARE(s.issues.at(0).column, QStringLiteral("notes"));
    QCOMPARE(s.issues.at(0).row, 2);
    QVERIFY2(s.issues.at(0).reason.contains(QStringLiteral("32768")), qPrintable(s.issues.at(0).reason));
    QCOMPARE(s.issues.at(1).employeeId, QStringLiteral("E002"));
    QCOMPARE(s.issues.at(1).column, QStringLiteral("hr_note"));
    QCOMPARE(s.issues.at(1).row, 3);
    QVERIFY2(s.issues.at(1).reason.contains(QStringLiteral("254")), qPrintable(s.issues.at(1).reason));
    QCOMPARE(s.issues.at(2).row, 0);
    QVERIFY2(s.issues.at(2).reason.contains(QStringLiteral("3")), qPrintable(s.issues.at(2).reason));
}

void TestRosterExport::cancelLeavesNoFile()
{
    TestDatabase db;
    demo::DemoOptions options;
    options.rows = 6000;
    QVERIFY(demo::generateDemoRoster(db.db(), options));
    const QString path = db.dir() + QStringLiteral("/cancelled.csv");
    std::atomic_bool cancel{false};
    qint64 progressCalls = 0;
    ExportFailure failure = ExportFailure::None;
    // Cancel at the first progress report, partway through.
    auto s = exportRoster(db.db(), path, ExportOptions(), [&](qint64 done, qint64 total) {
        ++progressCalls;
        QVERIFY(done < total);
        cancel = true;
    }, &cancel, &failure);
    QVERIFY(!s);
    QCOMPARE(failure, ExportFailure::Cancelled);
    QCOMPARE(progressCalls, 1);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(db.dir()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());
}

void TestRosterExport::emptyRosterGivesTheHeader()
{
    TestDatabase db;
    const QString path = db.dir() + QStringLiteral("/empty.csv");
    const ExportSummary s = exportOk(db.db(), path);
    QCOMPARE(s.rows, 0);
    QCOMPARE(lines(path).size(), 1);
    QVERIFY(lines(path).constFirst().startsWith(QStringLiteral("employee_id,family_name,given_name,")));
}

QTEST_GUILESS_MAIN(TestRosterExport)
#include "tst_rosterexport.moc"
