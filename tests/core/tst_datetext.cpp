// Dates in every form Japanese HR exports and users write, and the errors for impossible ones.
#include "text/DateText.h"

#include <QTest>

using namespace alumnidesk::text;

class TestDateText : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void emptyIsNotAnError();
    void era_data();
    void era();
};

void TestDateText::parses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ISO") << QStringLiteral("2024-04-01") << QDate(2024, 4, 1);
    QTest::newRow("slashes, no padding") << QStringLiteral("2024/4/1") << QDate(2024, 4, 1);
    QTest::newRow("dots") << QStringLiteral("2024.04.01") << QDate(2024, 4, 1);
    QTest::newRow("compact") << QStringLiteral("20240401") << QDate(2024, 4, 1);
    QTest::newRow("kanji") << QStringLiteral("2024年4月1日") << QDate(2024, 4, 1);
    QTest::newRow("full-width digits") << QStringLiteral("２０２４／０４／０１") << QDate(2024, 4, 1);
    QTest::newRow("Reiwa") << QStringLiteral("令和6年4月1日") << QDate(2024, 4, 1);
    QTest::newRow("Reiwa abbreviated") << QStringLiteral("R6.4.1") << QDate(2024, 4, 1);
    QTest::newRow("Heisei abbreviated") << QStringLiteral("H22.4.1") << QDate(2010, 4, 1);
    QTest::newRow("Showa abbreviated") << QStringLiteral("S60.2.3") << QDate(1985, 2, 3);
    QTest::newRow("Heisei last day") << QStringLiteral("平成31年4月30日") << QDate(2019, 4, 30);
    QTest::newRow("Reiwa gannen") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("Showa") << QStringLiteral("昭和64年1月7日") << QDate(1989, 1, 7);
    QTest::newRow("Taisho") << QStringLiteral("大正15年12月24日") << QDate(1926, 12, 24);
    QTest::newRow("Meiji") << QStringLiteral("明治45年7月29日") << QDate(1912, 7, 29);
    QTest::newRow("era ligature") << QStringLiteral("㍻2年1月8日") << QDate(1990, 1, 8);
    QTest::newRow("leap day") << QStringLiteral("2024/2/29") << QDate(2024, 2, 29);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 2024/4/1　") << QDate(2024, 4, 1);
    QTest::newRow("Excel time, short") << QStringLiteral("2024/04/01 0:00") << QDate(2024, 4, 1);
    QTest::newRow("Excel time, seconds") << QStringLiteral("2024-04-01 00:00:00") << QDate(2024, 4, 1);
    QTest::newRow("ISO date-time") << QStringLiteral("2024-04-01T09:30:00") << QDate(2024, 4, 1);
    QTest::newRow("time after full-width date") << QStringLiteral("２０２４／４／１　１３：４５") << QDate(2024, 4, 1);
    QTest::newRow("era with time") << QStringLiteral("令和6年4月1日 0:00") << QDate(2024, 4, 1);
}

void TestDateText::parses()
{
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    const ParsedDate p = parseDate(input);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.date, expected);
}

void TestDateText::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no such day") << QStringLiteral("2023/2/29") << QStringLiteral("29");
    QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QStringLiteral("13");
    QTest::newRow("Heisei after it ended") << QStringLiteral("平成31年5月1日") << QStringLiteral("平成");
    QTest::newRow("Heisei after it ended suggests Reiwa") << QStringLiteral("平成31年5月1日") << QStringLiteral("令和元年5月1日");
    QTest::newRow("Reiwa before it began suggests Heisei") << QStringLiteral("令和元年4月30日") << QStringLiteral("平成31年4月30日");
    QTest::newRow("year and month, kanji") << QStringLiteral("2024年4月") << QStringLiteral("no day");
    QTest::newRow("year and month, slash") << QStringLiteral("2024/4") << QStringLiteral("no day");
    QTest::newRow("year and month, era") << QStringLiteral("令和6年4月") << QStringLiteral("no day");
    QTest::newRow("time that is not a time") << QStringLiteral("2024/04/01 25:00") << QStringLiteral("25:00");
    QTest::newRow("Reiwa before it began") << QStringLiteral("令和元年4月30日") << QStringLiteral("令和");
    QTest::newRow("era year zero") << QStringLiteral("令和0年1月1日") << QStringLiteral("元年");
    QTest::newRow("words") << QStringLiteral("来月") << QStringLiteral("来月");
    QTest::newRow("US order") << QStringLiteral("04/01/2024") << QStringLiteral("04/01/2024");
}

void TestDateText::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const ParsedDate p = parseDate(input);
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(mentions), qPrintable(p.error));
}

void TestDateText::emptyIsNotAnError()
{
    QVERIFY(parseDate(QString()).empty());
    QVERIFY(parseDate(QStringLiteral("  ")).empty());
}

void TestDateText::era_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Reiwa") << QDate(2024, 4, 1) << QStringLiteral("令和6年4月1日");
    QTest::newRow("Reiwa first year") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
    QTest::newRow("Heisei last day") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
    QTest::newRow("Showa") << QDate(1985, 2, 3) << QStringLiteral("昭和60年2月3日");
}

void TestDateText::era()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(toJapaneseEra(date), expected);
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
