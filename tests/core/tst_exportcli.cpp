// `alumnidesk-cli export` as scripts use it: the summary (JSON when asked), exit codes (0 written, 1 values the
// encoding cannot hold and nothing written, 2 usage, 3 file or database), --columns, --search, and a mapping
// profile's headers and wording that the import reads back with the same profile.
#include "TestDatabase.h"

#include "cli/CliContext.h"
#include "hris/ColumnMapping.h"
#include "hris/MappingProfiles.h"
#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    r.code = cli::run(QStringList{QStringLiteral("alumnidesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString fileText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(missing)");
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QChar(0xFEFF));
    return text;
}

void prepare(test::TestDatabase &t)
{
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    for (const auto &p : QVector<QStringList>{{QStringLiteral("100001"), QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ")},
                                              {QStringLiteral("100002"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ")},
                                              {QStringLiteral("100003"), QStringLiteral("𠮷田 誠"), QStringLiteral("ヨシダ マコト")}}) {
        auto id = repo.add(test::makeAlumnus(p.at(0), p.at(1), p.at(2)));
        if (!id)
            qFatal("%s", qPrintable(id.errorText()));
    }
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT
private slots:
    void usageErrors_data();
    void usageErrors();
    void exportsWithAJsonSummary();
    void columnsAndSearch();
    void cp932FailureExitsOneAndWritesNothing();
    void unwritableTargetExitsThree();
    void profileHeadersAndWordingReadBack();
};

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no file") << QStringList{QStringLiteral("export")};
    QTest::newRow("two files") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"), QStringLiteral("b.csv")};
    QTest::newRow("unknown encoding") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"), QStringLiteral("--encoding"), QStringLiteral("utf-16")};
    QTest::newRow("unknown column") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"), QStringLiteral("--columns"), QStringLiteral("employee_id,salary")};
    QTest::newRow("empty columns") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"), QStringLiteral("--columns"), QStringLiteral(",")};
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, args);
    test::TestDatabase t;
    prepare(t);
    const QString target = t.dir() + QStringLiteral("/a.csv");
    args.replaceInStrings(QStringLiteral("a.csv"), target);
    const Run r = runCli(QStringList{QStringLiteral("--db"), t.path()} + args);
    QCOMPARE(r.code, int(cli::ExitUsage));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(target));
}

void TestExportCli::exportsWithAJsonSummary()
{
    test::TestDatabase t;
    prepare(t);
    const QString target = t.dir() + QStringLiteral("/roster.csv");
    const Run r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"), target, QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("written")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("people")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("columns")).toArray().first().toString(), QStringLiteral("employee_id"));
    QVERIFY(fileText(target).contains(QStringLiteral("100003,𠮷田,誠,ヨシダ,マコト")));

    const Run text = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"), target});
    QCOMPARE(text.code, int(cli::ExitOk));
    QVERIFY2(text.out.contains(QStringLiteral("3")) && text.out.contains(QStringLiteral("UTF-8 (BOM)")), qPrintable(text.out));
}

void TestExportCli::columnsAndSearch()
{
    test::TestDatabase t;
    prepare(t);
    const QString target = t.dir() + QStringLiteral("/some.csv");
    const Run r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"), target, QStringLiteral("--columns"),
                          QStringLiteral("family_kana,employee_id"), QStringLiteral("--search"), QStringLiteral("田"),
                          QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(r.code, int(cli::ExitOk));
    // 田中 and 𠮷田, in 50音 order.
    QCOMPARE(fileText(target), QStringLiteral("family_kana,employee_id\r\nタナカ,100001\r\nヨシダ,100003\r\n"));
}

void TestExportCli::cp932FailureExitsOneAndWritesNothing()
{
    test::TestDatabase t;
    prepare(t);
    const QString target = t.dir() + QStringLiteral("/sjis.csv");
    const Run r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"), target, QStringLiteral("--encoding"),
                          QStringLiteral("cp932")});
    QCOMPARE(r.code, int(cli::ExitRejected));
    QVERIFY(!QFile::exists(target));
    QVERIFY2(r.err.contains(QStringLiteral("100003")) && r.err.contains(QStringLiteral("family_name"))
                 && r.err.contains(QStringLiteral("𠮷")),
             qPrintable(r.err));

    const Run json = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"), target, QStringLiteral("--encoding"),
                             QStringLiteral("cp932"), QStringLiteral("--json")});
    QCOMPARE(json.code, int(cli::ExitRejected));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 1);
    const QJsonObject issue = o.value(QStringLiteral("issues")).toArray().first().toObject();
    QCOMPARE(issue.value(QStringLiteral("employee_id")).toString(), QStringLiteral("100003"));
    QCOMPARE(issue.value(QStringLiteral("value")).toString(), QStringLiteral("𠮷"));
    QVERIFY(!QFile::exists(target));
}

void TestExportCli::unwritableTargetExitsThree()
{
    test::TestDatabase t;
    prepare(t);
    const Run r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"),
                          t.dir() + QStringLiteral("/no/such/folder/out.csv")});
    QCOMPARE(r.code, int(cli::ExitFailure));
    QVERIFY(!r.err.isEmpty());
    const Run profile = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"), t.dir() + QStringLiteral("/x.csv"),
                                QStringLiteral("--profile"), QStringLiteral("nope")});
    QCOMPARE(profile.code, int(cli::ExitFailure));
}

void TestExportCli::profileHeadersAndWordingReadBack()
{
    test::TestDatabase t;
    prepare(t);
    AlumnusAttributes attributes(t.db().sql(), t.db().backend());
    QVERIFY(attributes.set(1, {{QStringLiteral("性別"), QStringLiteral("男性")}}));
    // A company's HR export layout, saved by the import wizard: its own headers, a custom column, its
    // own word for a voluntary departure.
    hris::ColumnMapping mapping = hris::ColumnMapping::automatic(
        {QStringLiteral("社員番号"), QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("性別"),
         QStringLiteral("入社年月日"), QStringLiteral("退職年月日"), QStringLiteral("退職区分"), QStringLiteral("所属部署")});
    mapping.departureTypeValues.insert(QStringLiteral("依願退職"), QStringLiteral("voluntary"));
    QVERIFY(hris::saveProfile(t.db(), QStringLiteral("SmartHR"), mapping.toProfile()));

    const QString target = t.dir() + QStringLiteral("/smarthr.csv");
    const Run r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"), target, QStringLiteral("--profile"),
                          QStringLiteral("SmartHR"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("columns")).toVariant().toStringList(),
             (QStringList{QStringLiteral("社員番号"), QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("性別"),
                          QStringLiteral("入社年月日"), QStringLiteral("退職年月日"), QStringLiteral("退職区分"),
                          QStringLiteral("所属部署")}));
    const QString note = o.value(QStringLiteral("notes")).toArray().first().toString();
    QVERIFY2(note.contains(QStringLiteral("SmartHR")) && note.contains(QStringLiteral("email"))
                 && !note.contains(QStringLiteral("family_name")),
             qPrintable(note));
    const QString text = fileText(target);
    QVERIFY2(text.contains(QStringLiteral("100001,田中　太郎,タナカ　タロウ,男性,2012-04-01,2020-03-31,依願退職,営業部")), qPrintable(text));

    // The same profile reads it back into an empty roster.
    test::TestDatabase back;
    QVERIFY(hris::saveProfile(back.db(), QStringLiteral("SmartHR"), mapping.toProfile()));
    const Run import = runCli({QStringLiteral("--db"), back.path(), QStringLiteral("import"), target, QStringLiteral("--profile"),
                               QStringLiteral("SmartHR")});
    QCOMPARE(import.code, int(cli::ExitOk));
    AlumnusRepository repo(back.db(), QStringLiteral("test"));
    const Alumnus a = repo.loadByEmployeeId(QStringLiteral("100001")).value();
    QCOMPARE(a.displayName(), QStringLiteral("田中 太郎"));
    QCOMPARE(a.displayKana(), QStringLiteral("タナカ タロウ"));
    QCOMPARE(a.stints.constFirst().departureType, QStringLiteral("voluntary"));
    QCOMPARE(a.stints.constFirst().department, QStringLiteral("営業部"));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
