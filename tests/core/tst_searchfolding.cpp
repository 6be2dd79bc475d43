// The spellings search treats as the same: variant kanji of Japanese names (髙橋 = 高橋) and the ways
// people write long vowels in romaji (Kōsuke, Kousuke, Kosuke; Ohno, Oono, Ono). Table-driven, over the
// text functions the search index and the query parser share.
#include "text/JapaneseText.h"
#include "text/Romaji.h"
#include "text/VariantKanji.h"

#include <QTest>

using namespace alumnidesk;

class TestSearchFolding : public QObject {
    Q_OBJECT
private slots:
    void variantKanji_data();
    void variantKanji();
    void variationSelectorsDropped();
    void longVowels_data();
    void longVowels();
    void queryFold_data();
    void queryFold();
    void searchRomaji();
};

void TestSearchFolding::variantKanji_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("髙橋") << QStringLiteral("髙橋") << QStringLiteral("高橋");
    QTest::newRow("山﨑 (compatibility ideograph without decomposition)") << QStringLiteral("山﨑") << QStringLiteral("山崎");
    QTest::newRow("渡邊 and 渡邉") << QStringLiteral("渡邊渡邉") << QStringLiteral("渡辺渡辺");
    QTest::newRow("齋藤, 齊藤 keep their own common forms") << QStringLiteral("齋藤齊藤") << QStringLiteral("斎藤斉藤");
    QTest::newRow("濵田, 濱田") << QStringLiteral("濵田濱田") << QStringLiteral("浜田浜田");
    QTest::newRow("𠮷田 (outside the BMP)") << QStringLiteral("𠮷田") << QStringLiteral("吉田");
    QTest::newRow("common forms unchanged") << QStringLiteral("高橋山崎渡辺斎藤") << QStringLiteral("高橋山崎渡辺斎藤");
    QTest::newRow("kana and Latin unchanged") << QStringLiteral("タカハシ takahashi") << QStringLiteral("タカハシ takahashi");
}

void TestSearchFolding::variantKanji()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::foldVariantKanji(input), expected);
    QCOMPARE(text::searchNormalize(input), text::searchNormalize(expected));
}

void TestSearchFolding::variationSelectorsDropped()
{
    // 葛 with an ideographic variation selector (葛󠄀) is the same name to a person searching.
    const QString withIvs = QStringLiteral("葛") + QString::fromUcs4(U"\U000E0100", 1) + QStringLiteral("飾");
    QCOMPARE(text::searchNormalize(withIvs), QStringLiteral("葛飾"));
}

void TestSearchFolding::longVowels_data()
{
    QTest::addColumn<QString>("romaji");
    QTest::addColumn<QString>("folded");
    QTest::newRow("kousuke") << QStringLiteral("kousuke") << QStringLiteral("kosuke");
    QTest::newRow("oono") << QStringLiteral("oono") << QStringLiteral("ono");
    QTest::newRow("yuuki") << QStringLiteral("yuuki") << QStringLiteral("yuki");
    QTest::newRow("satou") << QStringLiteral("satou") << QStringLiteral("sato");
    QTest::newRow("obaasan") << QStringLiteral("obaasan") << QStringLiteral("obasan");
    QTest::newRow("ei is not a long vowel here") << QStringLiteral("keiko") << QStringLiteral("keiko");
    QTest::newRow("nothing to fold") << QStringLiteral("tanaka") << QStringLiteral("tanaka");
}

void TestSearchFolding::longVowels()
{
    QFETCH(QString, romaji);
    QFETCH(QString, folded);
    QCOMPARE(text::foldRomajiLongVowels(romaji), folded);
}

void TestSearchFolding::queryFold_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("folded");
    QTest::newRow("Ohno") << QStringLiteral("Ohno") << QStringLiteral("ono");
    QTest::newRow("Satoh at the end") << QStringLiteral("Satoh") << QStringLiteral("sato");
    QTest::newRow("Ohashi: h before a vowel is ハ") << QStringLiteral("Ohashi") << QString();
    QTest::newRow("Kōsuke") << QStringLiteral("Kōsuke") << QStringLiteral("kosuke");
    QTest::newRow("Ôno (circumflex)") << QStringLiteral("Ôno") << QStringLiteral("ono");
    QTest::newRow("Kousuke: spelled out, matches as typed") << QStringLiteral("Kousuke") << QString();
    QTest::newRow("oono: no オノ") << QStringLiteral("oono") << QString();
    QTest::newRow("Namba: m before b is ン") << QStringLiteral("namba") << QStringLiteral("nanba");
    QTest::newRow("Homma") << QStringLiteral("homma") << QStringLiteral("honma");
    QTest::newRow("already folded") << QStringLiteral("kosuke") << QString();
    QTest::newRow("not romaji: digits") << QStringLiteral("oo1") << QString();
    QTest::newRow("not romaji: kana") << QStringLiteral("オオノ") << QString();
    QTest::newRow("not romaji: e-mail") << QStringLiteral("ohno@example") << QString();
}

void TestSearchFolding::queryFold()
{
    QFETCH(QString, word);
    QFETCH(QString, folded);
    QCOMPARE(text::foldRomajiQuery(word), folded);
}

void TestSearchFolding::searchRomaji()
{
    QCOMPARE(text::searchRomaji(QStringLiteral("オオノ"), QStringLiteral("コウスケ")), QStringLiteral("oonokousuke ono kosuke"));
    QCOMPARE(text::searchRomaji(QStringLiteral("タナカ"), QStringLiteral("ハナコ")), QStringLiteral("tanakahanako"));
    // Folded names stay apart: アンドウ ノリコ must not hold "ono" for "Ohno" to find.
    QCOMPARE(text::searchRomaji(QStringLiteral("アンドウ"), QStringLiteral("ノリコ")), QStringLiteral("andounoriko ando"));
    // Every way of writing the name a user might type finds one of the two forms as a substring.
    const QString indexed = text::searchRomaji(QStringLiteral("オオノ"), QStringLiteral("コウスケ"));
    for (const QString &typed : {QStringLiteral("Ohno"), QStringLiteral("Ōno"), QStringLiteral("Oono"), QStringLiteral("Kōsuke"),
                                 QStringLiteral("kosuke"), QStringLiteral("Kohsuke"), QStringLiteral("oonokousuke")}) {
        const QString folded = text::foldRomajiQuery(typed);
        const QString word = typed.toLower();
        QVERIFY2(indexed.contains(word) || (!folded.isEmpty() && indexed.contains(folded)), qPrintable(typed));
    }
}

QTEST_GUILESS_MAIN(TestSearchFolding)
#include "tst_searchfolding.moc"
