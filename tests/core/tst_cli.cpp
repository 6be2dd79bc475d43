// alumnidesk-cli as scripts use it: exit codes (0 ok, 1 rejected, 2 usage, 3 file/database failure),
// JSON on stdout only when asked, errors on stderr.
#include "TestDatabase.h"

#include "cli/CliContext.h"
#include "db/Migrations.h"
#include "roster/AlumnusRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = alumnidesk::cli::run(QStringList{QStringLiteral("alumnidesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void usageErrors_data();
    void usageErrors();
    void initCreatesTheDatabase();
    void foreignFileIsAFailure();
    void searchJson();
    void searchHumanText();
    void showJsonAndUnknownId();
    void statsJson();
    void kpiJsonAndSetHires();
    void importDryRunWritesNothing();
    void importWithRejectedRowsExitsOneAndWritesErrors();
    void importWithNothingImportableExitsThree();
    void importsAndRollback();
    void importedPeopleHaveTheirVerdictsStored();
    void helpOptions_data();
    void helpOptions();
    void readingCommandsNeedAnExistingFile_data();
    void readingCommandsNeedAnExistingFile();
    void readingCommandsDoNotUpgradeAnOldFile_data();
    void readingCommandsDoNotUpgradeAnOldFile();
};

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void addReadingCommands()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("林")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("100001")};
    QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("OUT")};
    QTest::newRow("imports") << QStringList{QStringLiteral("imports")};
    QTest::newRow("kpi") << QStringList{QStringLiteral("kpi")};
}

} // namespace

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("search without query") << QStringList{QStringLiteral("search")};
    QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("林"), QStringLiteral("--limit"), QStringLiteral("many")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--verbose")};
    QTest::newRow("show two ids") << QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("--db without path") << QStringList{QStringLiteral("--db")};
    QTest::newRow("kpi bad date") << QStringList{QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2024-13-45")};
    QTest::newRow("kpi period backwards")
        << QStringList{QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2024-12-31"), QStringLiteral("--to"), QStringLiteral("2024-01-01")};
    QTest::newRow("kpi unknown departure type") << QStringList{QStringLiteral("kpi"), QStringLiteral("--departure-type"), QStringLiteral("夜逃げ")};
    QTest::newRow("kpi unknown argument") << QStringList{QStringLiteral("kpi"), QStringLiteral("all")};
    QTest::newRow("kpi set-hires without count") << QStringList{QStringLiteral("kpi"), QStringLiteral("set-hires"), QStringLiteral("2024")};
    QTest::newRow("kpi set-hires bad month")
        << QStringList{QStringLiteral("kpi"), QStringLiteral("set-hires"), QStringLiteral("2024"), QStringLiteral("5"), QStringLiteral("--month"), QStringLiteral("13")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const Run r = runCli(QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))} + args);
    if (args == QStringList{QStringLiteral("--db")}) {
        const Run bare = runCli(args);
        QCOMPARE(bare.code, int(cli::ExitUsage));
        return;
    }
    QCOMPARE(r.code, int(cli::ExitUsage));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestCli::initCreatesTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), latestSchemaVersion());
    QVERIFY(QFile::exists(path));
}

void TestCli::foreignFileIsAFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leavers.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("社員番号,氏名\n");
    f.close();
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("stats")});
    QCOMPARE(r.code, int(cli::ExitFailure));
    QVERIFY(r.err.contains(QStringLiteral("leavers.csv")));
    QVERIFY(r.out.isEmpty());
}

static QString prepared(test::TestDatabase &t)
{
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    for (const auto &p : QVector<QStringList>{{QStringLiteral("100001"), QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ")},
                                              {QStringLiteral("100002"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ")},
                                              {QStringLiteral("100003"), QStringLiteral("小林 誠"), QStringLiteral("コバヤシ マコト")}}) {
        auto id = repo.add(test::makeAlumnus(p.at(0), p.at(1), p.at(2)));
        if (!id)
            qFatal("%s", qPrintable(id.errorText()));
    }
    return t.path();
}

void TestCli::searchJson()
{
    test::TestDatabase t;
    const QString path = prepared(t);
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("林"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    QVERIFY(r.err.isEmpty());
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 2);
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    // 50音: コバヤシ before ハヤシ.
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("employee_id")).toString(), QStringLiteral("100003"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("employee_id")).toString(), QStringLiteral("100002"));
    const Run limited = runCli({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("林"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonObject lo = QJsonDocument::fromJson(limited.out.toUtf8()).object();
    QCOMPARE(lo.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(lo.value(QStringLiteral("results")).toArray().size(), 1);
}

void TestCli::searchHumanText()
{
    test::TestDatabase t;
    const QString path = prepared(t);
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("tanaka")});
    QCOMPARE(r.code, int(cli::ExitOk));
    QVERIFY(r.out.contains(QStringLiteral("田中 太郎")));
    QVERIFY(!r.out.contains(QStringLiteral("林 花子")));
}

void TestCli::showJsonAndUnknownId()
{
    test::TestDatabase t;
    const QString path = prepared(t);
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("show"), QStringLiteral("１００００２"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("family_name")).toString(), QStringLiteral("林"));
    QCOMPARE(o.value(QStringLiteral("stints")).toArray().size(), 1);
    const Run missing = runCli({QStringLiteral("--db"), path, QStringLiteral("show"), QStringLiteral("999999")});
    QCOMPARE(missing.code, int(cli::ExitRejected));
    QVERIFY(missing.err.contains(QStringLiteral("999999")));
    QVERIFY(missing.out.isEmpty());
}

void TestCli::statsJson()
{
    test::TestDatabase t;
    const QString path = prepared(t);
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("alumni")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("boomerangs")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("by_departure_type")).toObject().value(QStringLiteral("voluntary")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("by_departure_year")).toObject().value(QStringLiteral("2020")).toInt(), 3);
}

void TestCli::kpiJsonAndSetHires()
{
    test::TestDatabase t;
    const QString path = prepared(t);
    const Run set = runCli({QStringLiteral("--db"), path, QStringLiteral("kpi"), QStringLiteral("set-hires"), QStringLiteral("2020"),
                            QStringLiteral("30"), QStringLiteral("--note"), QStringLiteral("人事部集計")});
    QCOMPARE(set.code, int(cli::ExitOk));
    // The three prepared people left on 31 March 2020 (voluntary, 営業部).
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                          QStringLiteral("--to"), QStringLiteral("2020-12-31"), QStringLiteral("--departure-type"),
                          QStringLiteral("自己都合"), QStringLiteral("--as-of"), QStringLiteral("2021-01-10"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("departure_type")).toString(), QStringLiteral("voluntary"));
    QCOMPARE(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2020-01-01"));
    QJsonObject leavers;
    QJsonObject share;
    for (const QJsonValue &v : o.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject k = v.toObject();
        QVERIFY(!k.value(QStringLiteral("definition")).toString().isEmpty());
        if (k.value(QStringLiteral("id")).toString() == QLatin1String("leavers_by_type"))
            leavers = k;
        if (k.value(QStringLiteral("id")).toString() == QLatin1String("boomerang_hire_share"))
            share = k;
    }
    QCOMPARE(leavers.value(QStringLiteral("value")).toInt(), 3);
    const QJsonObject row = leavers.value(QStringLiteral("breakdown")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("key")).toString(), QStringLiteral("voluntary"));
    QCOMPARE(row.value(QStringLiteral("drill")).toString(), QStringLiteral("row:voluntary"));
    QCOMPARE(share.value(QStringLiteral("denominator")).toInt(), 30);

    const Run text = runCli({QStringLiteral("--db"), path, QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2020-12-31")});
    QCOMPARE(text.code, int(cli::ExitOk));
    QVERIFY(text.out.contains(QLatin1String("rehire_rate_by_cohort")));
    QVERIFY(text.out.contains(QLatin1String("2020-01-01")));

    // --ruleset: the eligibility KPIs follow it; an unknown one is a usage error naming the known ones.
    const Run network = runCli({QStringLiteral("--db"), path, QStringLiteral("kpi"), QStringLiteral("--ruleset"),
                                QStringLiteral("network"), QStringLiteral("--as-of"), QStringLiteral("2021-01-10"), QStringLiteral("--json")});
    QCOMPARE(network.code, int(cli::ExitOk));
    const QJsonObject n = QJsonDocument::fromJson(network.out.toUtf8()).object();
    QCOMPARE(n.value(QStringLiteral("rule_set")).toString(), QStringLiteral("network"));
    bool eligibleShown = false;
    for (const QJsonValue &v : n.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject k = v.toObject();
        if (k.value(QStringLiteral("id")).toString() == QLatin1String("eligible_for_rehire")) {
            eligibleShown = true;
            QVERIFY(k.value(QStringLiteral("value")).isDouble());
        }
    }
    QVERIFY(eligibleShown);
    const Run unknown = runCli({QStringLiteral("--db"), path, QStringLiteral("kpi"), QStringLiteral("--ruleset"), QStringLiteral("nope")});
    QCOMPARE(unknown.code, int(cli::ExitUsage));
    QVERIFY2(unknown.err.contains(QLatin1String("rehire")), qPrintable(unknown.err));
}

static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    f.write(bytes);
    return path;
}

void TestCli::importDryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    const QString sample = qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/samples/hris_leavers_sample_cp932.csv");
    const Run r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), sample, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("CP932"));
    QVERIFY(!o.value(QStringLiteral("encoding_reason")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("issues")).toArray().size(), 1);
    const Run stats = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("alumni")).toInt(), 0);
}

void TestCli::importWithRejectedRowsExitsOneAndWritesErrors()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    const QString csv = writeFile(dir, QStringLiteral("leavers.csv"),
                                  QStringLiteral("社員番号,氏名,フリガナ,入社日,退職日,メールアドレス\r\n"
                                                 "E001,林 花子,ハヤシ ハナコ,2015/4/1,2020/3/31,hanako@example.jp\r\n"
                                                 "E002,=1+2 田中,タナカ タロウ,2015/2/30,2020/3/31,-taro@example.jp\r\n"
                                                 ",森 拓海,モリ タクミ,2016/4/1,2021/3/31,\r\n")
                                      .toUtf8());
    const QString errors = dir.filePath(QStringLiteral("rejected.csv"));
    const Run r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--errors"), errors});
    QCOMPARE(r.code, int(cli::ExitRejected));
    QVERIFY(r.out.contains(QStringLiteral("2015/2/30")));
    QFile f(errors);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel in Japan needs the BOM to read UTF-8
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral("E002")));
    QVERIFY(!text.contains(QStringLiteral("E001")));
    QVERIFY(text.contains(QStringLiteral("森 拓海")));
    // Opened in Excel to be corrected, no cell runs as a formula.
    QVERIFY(text.contains(QStringLiteral(",'=1+2 田中,")));
    QVERIFY(text.contains(QStringLiteral(",'-taro@example.jp,")));
    // The good row is in.
    const Run show = runCli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("E001")});
    QCOMPARE(show.code, int(cli::ExitOk));
    // The errors file, fixed, imports cleanly: its reasons column is not mistaken for data.
    const QString fixed = writeFile(dir, QStringLiteral("fixed.csv"), text.toUtf8().replace("2015/2/30", "2015/2/28").replace(",森", "E003,森"));
    const Run again = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), fixed});
    QCOMPARE(again.code, int(cli::ExitOk));
    // …and reads back exactly what the HR system wrote, without the protecting apostrophe.
    const Run e002 = runCli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("E002"), QStringLiteral("--json")});
    QCOMPARE(e002.code, int(cli::ExitOk));
    QVERIFY2(e002.out.contains(QStringLiteral("\"-taro@example.jp\"")), qPrintable(e002.out));
}

void TestCli::importWithNothingImportableExitsThree()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    const QString noId = writeFile(dir, QStringLiteral("a.csv"), QByteArray("name,dept\nA,B\n"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), noId}).code, int(cli::ExitFailure));
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), missing}).code, int(cli::ExitFailure));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), noId, QStringLiteral("--profile"), QStringLiteral("nope")}).code,
             int(cli::ExitFailure));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), noId, QStringLiteral("--encoding"), QStringLiteral("latin-9")}).code,
             int(cli::ExitUsage));
}

void TestCli::importsAndRollback()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    const QString sample = qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/samples/hris_leavers_sample_utf8bom.csv");
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), sample}).code, int(cli::ExitOk));
    const Run list = runCli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--json")});
    const QJsonArray imports = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.at(0).toObject().value(QStringLiteral("inserted")).toInt(), 7);
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("rollback-import"), QStringLiteral("first")}).code, int(cli::ExitUsage));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("rollback-import"), QStringLiteral("last")}).code, int(cli::ExitOk));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("rollback-import"), QStringLiteral("last")}).code, int(cli::ExitRejected));
}

void TestCli::helpOptions_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("-h") << QStringLiteral("-h");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("help") << QStringLiteral("help");
}

void TestCli::helpOptions()
{
    QFETCH(QString, option);
    const Run r = runCli({option});
    QCOMPARE(r.code, int(cli::ExitOk));
    QVERIFY2(r.out.contains(QStringLiteral("alumnidesk-cli [--db PATH] COMMAND")), qPrintable(r.out + r.err));
    QVERIFY(r.err.isEmpty());
}

void TestCli::readingCommandsNeedAnExistingFile_data()
{
    addReadingCommands();
}

void TestCli::readingCommandsNeedAnExistingFile()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QTemporaryDir outDir;
    args.replaceInStrings(QStringLiteral("OUT"), outDir.filePath(QStringLiteral("out.csv")));
    const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
    const Run r = runCli(QStringList{QStringLiteral("--db"), path} + args);
    QCOMPARE(r.code, int(cli::ExitFailure));
    QVERIFY2(r.err.contains(QStringLiteral("init")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

void TestCli::readingCommandsDoNotUpgradeAnOldFile_data()
{
    addReadingCommands();
}

void TestCli::readingCommandsDoNotUpgradeAnOldFile()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QTemporaryDir outDir;
    args.replaceInStrings(QStringLiteral("OUT"), outDir.filePath(QStringLiteral("out.csv")));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = Database::openAtVersion(path, 1);
        QVERIFY(db);
    }
    const QByteArray before = fileHash(path);
    const Run r = runCli(QStringList{QStringLiteral("--db"), path} + args);
    QCOMPARE(r.code, int(cli::ExitFailure));
    QVERIFY2(r.err.contains(QStringLiteral("older")) && r.err.contains(QStringLiteral("init")), qPrintable(r.err));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    // A writing command upgrades it, after which reading works.
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code, int(cli::ExitOk));
    const Run again = runCli(QStringList{QStringLiteral("--db"), path} + args);
    QVERIFY2(again.code == int(cli::ExitOk) || args.constFirst() == QLatin1String("show"), qPrintable(again.err));
}

// The import's set-based path writes the columns the eligibility rules read: what it stored gives the same
// verdict as evaluating the person afresh, for every person and both default rule sets.
void TestCli::importedPeopleHaveTheirVerdictsStored()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("v.sqlite"));
    const QString sample = qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/samples/hris_leavers_sample_utf8bom.csv");
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), sample}).code, int(cli::ExitOk));
    const QStringList ids = {QStringLiteral("100231"), QStringLiteral("100245"), QStringLiteral("100302"),
                             QStringLiteral("100318"), QStringLiteral("100407"), QStringLiteral("100512"),
                             QStringLiteral("100520")};
    for (const QString &ruleSet : {QStringLiteral("network"), QStringLiteral("rehire")}) {
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("eligibility"), QStringLiteral("--ruleset"), ruleSet}).code,
                 int(cli::ExitOk));
        for (const QString &id : ids) {
            const Run r = runCli({QStringLiteral("--db"), db, QStringLiteral("eligibility"), QStringLiteral("--explain"), id,
                                  QStringLiteral("--ruleset"), ruleSet, QStringLiteral("--json")});
            QCOMPARE(r.code, int(cli::ExitOk));
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            const QString computed = o.value(QStringLiteral("computed_verdict")).toString();
            QVERIFY2(!computed.isEmpty(), qPrintable(r.out));
            QCOMPARE(o.value(QStringLiteral("stored")).toObject().value(QStringLiteral("verdict")).toString(), computed);
        }
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
