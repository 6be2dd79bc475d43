// What core refuses to store, and how it says so; and normalisation of every field before storing.
#include "TestDatabase.h"

#include "roster/Validation.h"
#include "roster/Vocabulary.h"

#include <QTest>

using namespace alumnidesk;

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void validRecordHasNoIssues();
    void problems_data();
    void problems();
    void nearFutureDatesAreAccepted();
    void normalisesEveryField();
    void stintsAreOrderedByHireDate();
    void plausibleEmail_data();
    void plausibleEmail();
    void vocabularyFromText_data();
    void vocabularyFromText();
};

namespace {

Alumnus valid()
{
    return normalized(test::makeAlumnus(QStringLiteral("100231"), QStringLiteral("井上 直美"), QStringLiteral("イノウエ ナオミ")));
}

} // namespace

void TestValidation::validRecordHasNoIssues()
{
    QCOMPARE(validate(valid(), QDate(2026, 1, 1)).size(), 0);
}

void TestValidation::problems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing employee ID") << QStringLiteral("noId") << QStringLiteral("employee_id") << QStringLiteral("ID");
    QTest::newRow("missing name") << QStringLiteral("noName") << QStringLiteral("family_name") << QStringLiteral("name");
    QTest::newRow("kanji in reading") << QStringLiteral("kanjiKana") << QStringLiteral("family_kana") << QStringLiteral("kana");
    QTest::newRow("malformed e-mail") << QStringLiteral("badEmail") << QStringLiteral("email") << QStringLiteral("naomi@example");
    QTest::newRow("departure before hire") << QStringLiteral("backwards") << QStringLiteral("stints[1].departure_date") << QStringLiteral("2010-03-31");
    QTest::newRow("missing hire date") << QStringLiteral("noHire") << QStringLiteral("stints[1].hire_date") << QStringLiteral("hire");
    QTest::newRow("rehired before leaving") << QStringLiteral("overlap") << QStringLiteral("stints[2].hire_date") << QStringLiteral("2019-01-01");
    QTest::newRow("open stint not last") << QStringLiteral("openEarly") << QStringLiteral("stints[1].departure_date") << QStringLiteral("most recent");
    QTest::newRow("unknown departure type") << QStringLiteral("badType") << QStringLiteral("stints[1].departure_type") << QStringLiteral("fired");
    QTest::newRow("birth in the future") << QStringLiteral("futureBirth") << QStringLiteral("birth_date") << QStringLiteral("future");
    QTest::newRow("hired as a child") << QStringLiteral("child") << QStringLiteral("stints[1].hire_date") << QStringLiteral("14");
    QTest::newRow("born before 1900") << QStringLiteral("ancientBirth") << QStringLiteral("birth_date") << QStringLiteral("1900-01-01");
    QTest::newRow("hired years ahead") << QStringLiteral("futureHire") << QStringLiteral("stints[1].hire_date") << QStringLiteral("2027-01-01");
    QTest::newRow("leaving years ahead") << QStringLiteral("futureDeparture") << QStringLiteral("stints[1].departure_date") << QStringLiteral("2027-01-01");
    QTest::newRow("unknown status") << QStringLiteral("badStatus") << QStringLiteral("membership_status") << QStringLiteral("vip");
}

void TestValidation::problems()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    Alumnus a = valid();
    Stint second = a.stints.constFirst();
    if (kind == QLatin1String("noId"))
        a.employeeId.clear();
    else if (kind == QLatin1String("noName"))
        a.familyName.clear(), a.givenName.clear();
    else if (kind == QLatin1String("kanjiKana"))
        a.familyKana = QStringLiteral("井上");
    else if (kind == QLatin1String("badEmail"))
        a.email = QStringLiteral("naomi@example");
    else if (kind == QLatin1String("backwards"))
        a.stints[0].hireDate = QDate(2015, 4, 1), a.stints[0].departureDate = QDate(2010, 3, 31);
    else if (kind == QLatin1String("noHire"))
        a.stints[0].hireDate = QDate();
    else if (kind == QLatin1String("overlap"))
        second.hireDate = QDate(2019, 1, 1), second.departureDate = QDate(2022, 1, 1), a.stints.append(second);
    else if (kind == QLatin1String("openEarly"))
        a.stints[0].departureDate = QDate(), a.stints[0].departureType.clear(), second.hireDate = QDate(2021, 1, 1),
        second.departureDate = QDate(2022, 1, 1), a.stints.append(second);
    else if (kind == QLatin1String("badType"))
        a.stints[0].departureType = QStringLiteral("fired");
    else if (kind == QLatin1String("futureBirth"))
        a.birthDate = QDate(2030, 1, 1);
    else if (kind == QLatin1String("child"))
        a.birthDate = QDate(2005, 1, 1);
    else if (kind == QLatin1String("ancientBirth"))
        a.birthDate = QDate(1899, 12, 31);
    else if (kind == QLatin1String("futureHire"))
        a.stints[0].hireDate = QDate(2027, 4, 1), a.stints[0].departureDate = QDate(), a.stints[0].departureType.clear();
    else if (kind == QLatin1String("futureDeparture"))
        a.stints[0].departureDate = QDate(2027, 3, 31);
    else if (kind == QLatin1String("badStatus"))
        a.membershipStatus = QStringLiteral("vip");
    const auto issues = validate(a, QDate(2026, 1, 1));
    QVERIFY2(!issues.isEmpty(), qPrintable(kind));
    QCOMPARE(issues.constFirst().field, field);
    QVERIFY2(issues.constFirst().message.contains(mentions, Qt::CaseInsensitive), qPrintable(issues.constFirst().message));
}

void TestValidation::normalisesEveryField()
{
    Alumnus a;
    a.employeeId = QStringLiteral(" Ｅ０００５ ");
    a.familyName = QStringLiteral("長谷川\u3000");
    a.familyKana = QStringLiteral("ﾊｾｶﾞﾜ");
    a.givenKana = QStringLiteral("めぐみ");
    a.email = QStringLiteral(" Megumi.Hasegawa@Example.CO.JP ");
    a.phone = QStringLiteral("０９０－００００－１１１１");
    a.skills = {QStringLiteral(" Ｐｙｔｈｏｎ"), QStringLiteral("Python"), QString()};
    const Alumnus n = normalized(a);
    QCOMPARE(n.employeeId, QStringLiteral("E0005"));
    QCOMPARE(n.familyName, QStringLiteral("長谷川"));
    QCOMPARE(n.familyKana, QStringLiteral("ハセガワ"));
    QCOMPARE(n.givenKana, QStringLiteral("メグミ"));
    QCOMPARE(n.email, QStringLiteral("megumi.hasegawa@example.co.jp"));
    QCOMPARE(n.phone, QStringLiteral("090-0000-1111"));
    QCOMPARE(n.skills, QStringList{QStringLiteral("Python")});
    QCOMPARE(normalized(n).employeeId, n.employeeId); // idempotent
}

void TestValidation::stintsAreOrderedByHireDate()
{
    Alumnus a = valid();
    Stint later = a.stints.constFirst();
    later.hireDate = QDate(2021, 4, 1);
    later.departureDate = QDate(2023, 3, 31);
    a.stints.prepend(later);
    const Alumnus n = normalized(a);
    QCOMPARE(n.stints.constFirst().hireDate, QDate(2012, 4, 1));
    QCOMPARE(n.latestStint()->hireDate, QDate(2021, 4, 1));
}

void TestValidation::plausibleEmail_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("plain") << QStringLiteral("taro.yamada@example.co.jp") << true;
    QTest::newRow("Japanese mailbox") << QStringLiteral("やまだ@例え.jp") << true;
    QTest::newRow("no domain dot") << QStringLiteral("naomi@example") << false;
    QTest::newRow("two @") << QStringLiteral("a@b@example.jp") << false;
    QTest::newRow("space") << QStringLiteral("yamada taro@example.com") << false;
    QTest::newRow("NUL, ASCII") << QStringLiteral("taro") + QChar(0) + QStringLiteral("x@example.com") << false;
    QTest::newRow("NUL, Japanese") << QStringLiteral("やまだ") + QChar(0) + QStringLiteral("@例え.jp") << false;
    QTest::newRow("DEL, Japanese") << QStringLiteral("やまだ") + QChar(0x7F) + QStringLiteral("@例え.jp") << false;
    QTest::newRow("control character, Japanese") << QStringLiteral("やまだ") + QChar(0x1B) + QStringLiteral("@例え.jp") << false;
}

void TestValidation::plausibleEmail()
{
    QFETCH(QString, address);
    QFETCH(bool, plausible);
    QCOMPARE(isPlausibleEmail(address), plausible);
}

void TestValidation::vocabularyFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("自己都合") << QStringLiteral("自己都合") << QStringLiteral("voluntary");
    QTest::newRow("定年退職") << QStringLiteral("定年退職") << QStringLiteral("retirement");
    QTest::newRow("懲戒解雇") << QStringLiteral("懲戒解雇") << QStringLiteral("disciplinary");
    QTest::newRow("契約期間満了") << QStringLiteral("契約期間満了") << QStringLiteral("contract_end");
    QTest::newRow("English label") << QStringLiteral("Company-initiated") << QStringLiteral("company");
    QTest::newRow("key") << QStringLiteral("transfer") << QStringLiteral("transfer");
    QTest::newRow("unknown") << QStringLiteral("宇宙旅行") << QString();
}

void TestValidation::vocabularyFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(vocabulary::departureTypeFromText(text), key);
}

void TestValidation::nearFutureDatesAreAccepted()
{
    // A leaver announced for the end of the fiscal year, entered months ahead, is fine; so is 1900-01-01.
    Alumnus a = valid();
    a.birthDate = QDate(1900, 1, 1);
    a.stints[0].departureDate = QDate(2027, 1, 1);
    const auto issues = validate(a, QDate(2026, 1, 1));
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
