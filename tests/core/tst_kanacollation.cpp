// 50音順: readings sort as a Japanese reader expects, not in code-point order.
#include "text/KanaCollation.h"

#include <QTest>

#include <algorithm>

using namespace alumnidesk::text;

class TestKanaCollation : public QObject {
    Q_OBJECT
private slots:
    void orderedPairs_data();
    void orderedPairs();
    void level1_data();
    void level1();
    void sortsAListLikeADirectory();
    void personWithoutReadingSortsLast();
};

static QString key(const QString &reading)
{
    const int space = int(reading.indexOf(QLatin1Char(' ')));
    return space < 0 ? personSortKey(reading, {}, {}) : personSortKey(reading.left(space), reading.mid(space + 1), {});
}

void TestKanaCollation::orderedPairs_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("gojuon rows") << QStringLiteral("アベ") << QStringLiteral("カトウ");
    // Code-point order would put カイ (U+30AB) before ガア (U+30AC); 50音 compares カア with カイ first.
    QTest::newRow("voicing ignored at level 1") << QStringLiteral("ガア") << QStringLiteral("カイ");
    QTest::newRow("voicing breaks ties") << QStringLiteral("カトウ") << QStringLiteral("ガトウ");
    QTest::newRow("small kana ignored at level 1") << QStringLiteral("キャク") << QStringLiteral("キヨシ");
    QTest::newRow("prolonged mark reads as vowel") << QStringLiteral("サトー") << QStringLiteral("サトカ");
    QTest::newRow("family before given") << QStringLiteral("タナカ ヨシコ") << QStringLiteral("タナカヤマ アキラ");
    QTest::newRow("given name decides") << QStringLiteral("スズキ イチロウ") << QStringLiteral("スズキ ジロウ");
    QTest::newRow("n last in row order") << QStringLiteral("ワダ") << QStringLiteral("ンジャメナ");
}

void TestKanaCollation::orderedPairs()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY2(key(first) < key(second), qPrintable(first + QStringLiteral(" should sort before ") + second));
}

void TestKanaCollation::level1_data()
{
    QTest::addColumn<QString>("kana");
    QTest::addColumn<QString>("expected");
    QTest::newRow("voiced") << QStringLiteral("ガギグゲゴ") << QStringLiteral("カキクケコ");
    QTest::newRow("semi-voiced") << QStringLiteral("パピプペポ") << QStringLiteral("ハヒフヘホ");
    QTest::newRow("small") << QStringLiteral("ァィゥェォッャュョ") << QStringLiteral("アイウエオツヤユヨ");
    QTest::newRow("prolonged") << QStringLiteral("コーヒー") << QStringLiteral("コオヒイ");
    QTest::newRow("vu") << QStringLiteral("ヴ") << QStringLiteral("ウ");
}

void TestKanaCollation::level1()
{
    QFETCH(QString, kana);
    QFETCH(QString, expected);
    QCOMPARE(kanaLevel1(kana), expected);
}

void TestKanaCollation::sortsAListLikeADirectory()
{
    QStringList readings{QStringLiteral("ワタナベ ケン"), QStringLiteral("イトウ ユイ"),   QStringLiteral("サイトウ ケンタ"),
                         QStringLiteral("サイトウ ケイ"), QStringLiteral("ザイツ タロウ"), QStringLiteral("アオキ ミキ"),
                         QStringLiteral("オオノ ヒロシ"), QStringLiteral("オーノ ヒロシ")};
    std::sort(readings.begin(), readings.end(), [](const QString &a, const QString &b) { return key(a) < key(b); });
    // ザイツ before サイトウ: at level 1 it is サイツ against サイトウ, and ツ comes before ト.
    const QStringList expected{QStringLiteral("アオキ ミキ"),   QStringLiteral("イトウ ユイ"),   QStringLiteral("オオノ ヒロシ"),
                               QStringLiteral("オーノ ヒロシ"), QStringLiteral("ザイツ タロウ"), QStringLiteral("サイトウ ケイ"),
                               QStringLiteral("サイトウ ケンタ"), QStringLiteral("ワタナベ ケン")};
    QCOMPARE(readings, expected);
}

void TestKanaCollation::personWithoutReadingSortsLast()
{
    QVERIFY(personSortKey(QStringLiteral("ン"), {}, {}) < personSortKey({}, {}, QStringLiteral("John Smith")));
}

QTEST_GUILESS_MAIN(TestKanaCollation)
#include "tst_kanacollation.moc"
