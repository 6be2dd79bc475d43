// Reading an HR export's rows: headers matched to roster fields the way Japanese and English HR systems
// write them, and every value normalised (dates in four styles and the eras, half-width kana, full-width
// spaces, departure types inside the reason) — checked on the shared sample leavers export.
#include "hris/ColumnMapping.h"
#include "hris/RecordInterpreter.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::hris;

namespace {

// The sample has no quoted fields, so a plain split reads it; the CSV reader has its own tests.
QVector<QStringList> readSample()
{
    QFile f(qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/samples/hris_leavers_sample_utf8bom.csv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QVector<QStringList> rows;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

} // namespace

class TestHrisInterpreter : public QObject {
    Q_OBJECT
private slots:
    void headers_data();
    void headers();
    void sampleMappingIsComplete();
    void sampleRows_data();
    void sampleRows();
    void extraValueIsKeptAndReported();
    void problemsAreReportedWithColumn_data();
    void problemsAreReportedWithColumn();
    void departureTypeInsideReason_data();
    void departureTypeInsideReason();
    void typeColumnWithReason_data();
    void typeColumnWithReason();
    void profileRoundTrip();
};

void TestHrisInterpreter::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const QVector<QPair<const char16_t *, const char *>> cases{
        {u"社員番号", "employee_id"}, {u"従業員番号", "employee_id"}, {u"従業員コード", "employee_id"},
        {u"Employee ID", "employee_id"}, {u"Worker ID", "employee_id"}, {u"氏名", "full_name"},
        {u"姓", "family_name"}, {u"名", "given_name"}, {u"フリガナ", "full_kana"}, {u"ヨミガナ", "full_kana"},
        {u"カナ", "full_kana"}, {u"氏名（フリガナ）", "full_kana"}, {u"セイ", "family_kana"}, {u"メイ", "given_kana"},
        {u"入社日", "hire_date"}, {u"入社年月日", "hire_date"}, {u"Hire Date", "hire_date"},
        {u"退職日", "departure_date"}, {u"退職年月日", "departure_date"}, {u"Termination Date", "departure_date"},
        {u"所属", "department"}, {u"部署", "department"}, {u"所属部署", "department"}, {u"Department", "department"},
        {u"役職", "position"}, {u"Job Title", "position"}, {u"雇用形態", "employment_type"},
        {u"退職区分", "departure_type"}, {u"退職事由", "departure_reason"}, {u"退職理由", "departure_reason"},
        {u"Termination Reason", "departure_reason"}, {u"メールアドレス", "email"}, {u"Email", "email"},
        {u"携帯電話", "phone"}, {u"生年月日", "birth_date"}, {u"性別", "custom"}, {u"ＥＭＰＬＯＹＥＥ＿ＩＤ", "employee_id"},
    };
    for (const auto &c : cases)
        QTest::newRow(QString::fromUtf16(c.first).toUtf8().constData()) << QString::fromUtf16(c.first) << QString::fromLatin1(c.second);
}

void TestHrisInterpreter::headers()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const ColumnMapping m = ColumnMapping::automatic({header});
    QCOMPARE(importFieldKey(m.columns().constFirst().field), field);
    QVERIFY(!m.columns().constFirst().reason.isEmpty());
}

void TestHrisInterpreter::sampleMappingIsComplete()
{
    const QVector<QStringList> rows = readSample();
    const ColumnMapping m = ColumnMapping::automatic(rows.constFirst());
    QCOMPARE(m.problems(), QStringList());
    QStringList keys;
    for (const ColumnChoice &c : m.columns())
        keys.append(importFieldKey(c.field));
    QCOMPARE(keys, (QStringList{QStringLiteral("employee_id"), QStringLiteral("full_name"), QStringLiteral("full_kana"),
                                QStringLiteral("custom"), QStringLiteral("birth_date"), QStringLiteral("hire_date"),
                                QStringLiteral("departure_date"), QStringLiteral("department"), QStringLiteral("position"),
                                QStringLiteral("employment_type"), QStringLiteral("departure_reason"),
                                QStringLiteral("email"), QStringLiteral("phone")}));
}

void TestHrisInterpreter::sampleRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kana");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("hire");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::newRow("slashes") << 1 << QStringLiteral("100231") << QStringLiteral("井上 直美") << QStringLiteral("イノウエ ナオミ")
                             << QDate(1988, 7, 14) << QDate(2011, 4, 1) << QDate(2020, 9, 30) << QStringLiteral("voluntary")
                             << QStringLiteral("キャリアアップ");
    QTest::newRow("era abbreviations, full-width space") << 2 << QStringLiteral("100245") << QStringLiteral("森 拓海")
                                                          << QStringLiteral("モリ タクミ") << QDate(1985, 2, 3) << QDate(2010, 4, 1)
                                                          << QDate(2020, 12, 31) << QStringLiteral("voluntary") << QStringLiteral("家業承継");
    QTest::newRow("kanji dates, half-width kana") << 3 << QStringLiteral("100302") << QStringLiteral("長谷川 恵")
                                                   << QStringLiteral("ハセガワ メグミ") << QDate(1979, 11, 2) << QDate(2003, 4, 1)
                                                   << QDate(2022, 3, 31) << QStringLiteral("voluntary") << QStringLiteral("出産・育児");
    QTest::newRow("boomerang first stint") << 4 << QStringLiteral("100318") << QStringLiteral("齋藤 健太") << QStringLiteral("サイトウ ケンタ")
                                            << QDate(1990, 1, 20) << QDate(2014, 4, 1) << QDate(2016, 6, 30)
                                            << QStringLiteral("voluntary") << QStringLiteral("転職");
    QTest::newRow("boomerang second stint") << 5 << QStringLiteral("100318") << QStringLiteral("齋藤 健太") << QStringLiteral("サイトウ ケンタ")
                                             << QDate(1990, 1, 20) << QDate(2019, 10, 1) << QDate(2024, 3, 31)
                                             << QStringLiteral("voluntary") << QStringLiteral("起業");
    QTest::newRow("retirement") << 6 << QStringLiteral("100407") << QStringLiteral("小野 由紀子") << QStringLiteral("オノ ユキコ")
                                << QDate(1962, 5, 5) << QDate(1985, 4, 1) << QDate(2022, 5, 4) << QStringLiteral("retirement") << QString();
    QTest::newRow("character outside CP932") << 7 << QStringLiteral("100512") << QStringLiteral("𠮷田 修") << QStringLiteral("ヨシダ オサム")
                                             << QDate(1993, 3, 3) << QDate(2016, 4, 1) << QDate(2021, 8, 31)
                                             << QStringLiteral("contract_end") << QString();
    QTest::newRow("disciplinary") << 8 << QStringLiteral("100520") << QStringLiteral("松本 亮") << QStringLiteral("マツモト リョウ")
                                  << QDate(1985, 12, 12) << QDate(2009, 4, 1) << QDate(2019, 2, 28)
                                  << QStringLiteral("disciplinary") << QString();
}

void TestHrisInterpreter::sampleRows()
{
    QFETCH(int, row);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, kana);
    QFETCH(QDate, birth);
    QFETCH(QDate, hire);
    QFETCH(QDate, departure);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    const QVector<QStringList> rows = readSample();
    const RecordInterpreter interpreter(ColumnMapping::automatic(rows.constFirst()));
    const ImportRow r = interpreter.interpret(row + 1, rows.at(row));
    QVERIFY2(!r.rejected(), qPrintable(r.issues.isEmpty() ? QString() : r.issues.constFirst().reason));
    QCOMPARE(r.employeeId, id);
    QCOMPARE(r.person.displayName(), name);
    QCOMPARE(r.person.displayKana(), kana);
    QCOMPARE(r.person.birthDate, birth);
    QCOMPARE(r.stint.hireDate, hire);
    QCOMPARE(r.stint.departureDate, departure);
    QCOMPARE(r.stint.departureType, type);
    QCOMPARE(r.stint.departureReason, reason);
    QVERIFY(r.hasStint);
    QCOMPARE(r.customAttributes.value(0).first, QStringLiteral("性別"));
}

void TestHrisInterpreter::extraValueIsKeptAndReported()
{
    const QVector<QStringList> rows = readSample();
    const RecordInterpreter interpreter(ColumnMapping::automatic(rows.constFirst()));
    const ImportRow r = interpreter.interpret(9, rows.at(8));
    QVERIFY(!r.rejected());
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.constFirst().severity, ImportIssue::Warning);
    QCOMPARE(r.issues.constFirst().line, 9);
    QCOMPARE(r.issues.constFirst().column, 14);
    QVERIFY(r.issues.constFirst().value.contains(QStringLiteral("再雇用不可")));
    QCOMPARE(r.customAttributes.constLast().second, QStringLiteral("※再雇用不可。詳細は人事部長まで"));
}

void TestHrisInterpreter::problemsAreReportedWithColumn_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    const QStringList good{QStringLiteral("1"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"),
                           QStringLiteral("2015/4/1"), QStringLiteral("2020/3/31"), QStringLiteral("hanako@example.jp"),
                           QStringLiteral("090-0000-1234")};
    auto with = [&](int i, const QString &v) {
        QStringList f = good;
        f[i] = v;
        return f;
    };
    QTest::newRow("missing employee ID") << with(0, QString()) << 1 << QStringLiteral("employee ID");
    QTest::newRow("kanji in reading") << with(2, QStringLiteral("林 花子")) << 3 << QStringLiteral("kana");
    QTest::newRow("impossible date") << with(3, QStringLiteral("2015/2/30")) << 4 << QStringLiteral("2015/2/30");
    QTest::newRow("era out of range") << with(3, QStringLiteral("平成31年5月1日")) << 4 << QStringLiteral("平成");
    QTest::newRow("departure before hire") << with(4, QStringLiteral("2014/3/31")) << 5 << QStringLiteral("before");
    QTest::newRow("malformed e-mail") << with(5, QStringLiteral("hanako@")) << 6 << QStringLiteral("e-mail");
}

void TestHrisInterpreter::problemsAreReportedWithColumn()
{
    QFETCH(QStringList, fields);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const RecordInterpreter interpreter(ColumnMapping::automatic(
        {QStringLiteral("社員番号"), QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("入社日"),
         QStringLiteral("退職日"), QStringLiteral("メールアドレス"), QStringLiteral("電話番号")}));
    const ImportRow r = interpreter.interpret(12, fields);
    QVERIFY(r.rejected());
    const ImportIssue &i = r.issues.constFirst();
    QCOMPARE(i.line, 12);
    QCOMPARE(i.column, column);
    QVERIFY2(i.reason.contains(mentions, Qt::CaseInsensitive), qPrintable(i.reason));
    QVERIFY(!i.field.isEmpty());
}

void TestHrisInterpreter::departureTypeInsideReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::newRow("full-width brackets") << QStringLiteral("自己都合（キャリアアップ）") << QStringLiteral("voluntary") << QStringLiteral("キャリアアップ");
    QTest::newRow("ASCII brackets") << QStringLiteral("会社都合(事業所閉鎖)") << QStringLiteral("company") << QStringLiteral("事業所閉鎖");
    QTest::newRow("colon") << QStringLiteral("自己都合：転職") << QStringLiteral("voluntary") << QStringLiteral("転職");
    QTest::newRow("type only") << QStringLiteral("定年退職") << QStringLiteral("retirement") << QString();
    QTest::newRow("reason only") << QStringLiteral("家業を継ぐため") << QString() << QStringLiteral("家業を継ぐため");
    QTest::newRow("English") << QStringLiteral("Voluntary") << QStringLiteral("voluntary") << QString();
}

void TestHrisInterpreter::departureTypeInsideReason()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    const auto r = RecordInterpreter::departureTypeAndReason(text);
    QCOMPARE(r.first, type);
    QCOMPARE(r.second, reason);
}

void TestHrisInterpreter::typeColumnWithReason_data()
{
    QTest::addColumn<QString>("typeCell");
    QTest::addColumn<QString>("reasonCell");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::newRow("type only") << QStringLiteral("自己都合") << QString() << QStringLiteral("voluntary") << QString();
    QTest::newRow("bracketed reason, no reason column value")
        << QStringLiteral("転籍（関連会社）") << QString() << QStringLiteral("transfer") << QStringLiteral("関連会社");
    QTest::newRow("bracketed text, the reason column wins")
        << QStringLiteral("自己都合(転職)") << QStringLiteral("キャリアアップのため") << QStringLiteral("voluntary")
        << QStringLiteral("キャリアアップのため");
    QTest::newRow("reason column names the type too")
        << QStringLiteral("会社都合") << QStringLiteral("希望退職") << QStringLiteral("company") << QStringLiteral("希望退職");
}

void TestHrisInterpreter::typeColumnWithReason()
{
    QFETCH(QString, typeCell);
    QFETCH(QString, reasonCell);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    const RecordInterpreter interpreter(ColumnMapping::automatic(
        {QStringLiteral("社員番号"), QStringLiteral("氏名"), QStringLiteral("退職区分"), QStringLiteral("退職理由")}));
    const ImportRow r = interpreter.interpret(2, {QStringLiteral("E1"), QStringLiteral("山田 太郎"), typeCell, reasonCell});
    QVERIFY2(!r.rejected(), qPrintable(r.issues.isEmpty() ? QString() : r.issues.constFirst().reason));
    QCOMPARE(r.stint.departureType, type);
    QCOMPARE(r.stint.departureReason, reason);
}

void TestHrisInterpreter::profileRoundTrip()
{
    const QStringList headers{QStringLiteral("No."), QStringLiteral("氏名"), QStringLiteral("区分")};
    ColumnMapping m = ColumnMapping::automatic(headers);
    QVERIFY(!m.problems().isEmpty()); // no employee ID column
    m.setField(0, ImportField::EmployeeId);
    m.setField(2, ImportField::DepartureType);
    m.departureTypeValues.insert(QStringLiteral("A"), QStringLiteral("voluntary"));
    QCOMPARE(m.problems(), QStringList());
    const ColumnMapping again = ColumnMapping::fromProfile(headers, m.toProfile());
    QCOMPARE(again.columns().at(0).field, ImportField::EmployeeId);
    QCOMPARE(again.columns().at(2).field, ImportField::DepartureType);
    QCOMPARE(again.departureTypeValues.value(QStringLiteral("A")), QStringLiteral("voluntary"));
    const ImportRow r = RecordInterpreter(again).interpret(2, {QStringLiteral("7"), QStringLiteral("林 花子"), QStringLiteral("A")});
    QCOMPARE(r.stint.departureType, QStringLiteral("voluntary"));
}

QTEST_GUILESS_MAIN(TestHrisInterpreter)
#include "tst_hrisinterpreter.moc"
