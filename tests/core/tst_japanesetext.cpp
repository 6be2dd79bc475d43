// Normalisation of what HR systems and keyboards produce: IDs, names, kana, e-mail, phone, search text.
#include "text/JapaneseText.h"
#include "text/Romaji.h"

#include <QTest>

using namespace alumnidesk::text;

class TestJapaneseText : public QObject {
    Q_OBJECT
private slots:
    void employeeId_data();
    void employeeId();
    void kana_data();
    void kana();
    void name_data();
    void name();
    void phoneKeepsLeadingZeros_data();
    void phoneKeepsLeadingZeros();
    void searchNormalForm_data();
    void searchNormalForm();
    void splitFullName_data();
    void splitFullName();
    void katakanaReading_data();
    void katakanaReading();
    void romaji_data();
    void romaji();
};

void TestJapaneseText::employeeId_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width letters and digits") << QStringLiteral("Ｅ０００５") << QStringLiteral("E0005");
    QTest::newRow("surrounding spaces") << QStringLiteral("  100231 ") << QStringLiteral("100231");
    QTest::newRow("ideographic space") << QStringLiteral("\u3000100231\u3000") << QStringLiteral("100231");
    QTest::newRow("already normal") << QStringLiteral("A-00912") << QStringLiteral("A-00912");
}

void TestJapaneseText::employeeId()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(normalizeEmployeeId(raw), expected);
}

void TestJapaneseText::kana_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half-width with voiced marks") << QStringLiteral("ﾊｾｶﾞﾜ ﾒｸﾞﾐ") << QStringLiteral("ハセガワ メグミ");
    QTest::newRow("hiragana") << QStringLiteral("やまだ たろう") << QStringLiteral("ヤマダ タロウ");
    QTest::newRow("ideographic space collapsed") << QStringLiteral("モリ\u3000\u3000タクミ") << QStringLiteral("モリ タクミ");
    QTest::newRow("half-width semi-voiced") << QStringLiteral("ﾎﾟﾝﾀﾞ") << QStringLiteral("ポンダ");
    QTest::newRow("trimmed") << QStringLiteral(" サイトウ ") << QStringLiteral("サイトウ");
}

void TestJapaneseText::kana()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(normalizeKana(raw), expected);
}

void TestJapaneseText::name_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ideographic space") << QStringLiteral("森\u3000拓海") << QStringLiteral("森 拓海");
    // 﨑 (U+FA11) and 髙 (U+9AD9) must survive: they are the person's own characters.
    QTest::newRow("variant kanji kept") << QStringLiteral("山﨑 髙志") << QStringLiteral("山﨑 髙志");
    // U+FA19 (神, a CJK compatibility ideograph) would become U+795E under NFKC; a stored name keeps it.
    QTest::newRow("compatibility ideograph kept") << QStringLiteral("\uFA19田 一郎") << QStringLiteral("\uFA19田 一郎");
    QTest::newRow("surrogate pair kept") << QStringLiteral("𠮷田 修") << QStringLiteral("𠮷田 修");
    QTest::newRow("full-width latin folded") << QStringLiteral("Ｊｏｈｎ　Ｓｍｉｔｈ") << QStringLiteral("John Smith");
    // Japanese punctuation is typography, not a width variant: （） and ・ stay as HR wrote them.
    QTest::newRow("full-width punctuation kept") << QStringLiteral("自己都合（ｷｬﾘｱｱｯﾌﾟ）・転職")
                                                 << QStringLiteral("自己都合（キャリアアップ）・転職");
}

void TestJapaneseText::name()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(normalizeName(raw), expected);
}

void TestJapaneseText::phoneKeepsLeadingZeros_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width digits") << QStringLiteral("０９０－１２３４－５６７８") << QStringLiteral("090-1234-5678");
    QTest::newRow("prolonged mark as hyphen") << QStringLiteral("03ー1234ー5678") << QStringLiteral("03-1234-5678");
    QTest::newRow("plain") << QStringLiteral("0120123456") << QStringLiteral("0120123456");
}

void TestJapaneseText::phoneKeepsLeadingZeros()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(normalizePhone(raw), expected);
}

void TestJapaneseText::searchNormalForm_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hiragana to katakana") << QStringLiteral("たなか") << QStringLiteral("タナカ");
    QTest::newRow("half-width kana") << QStringLiteral("ﾀﾅｶ") << QStringLiteral("タナカ");
    QTest::newRow("case folded") << QStringLiteral("Tanaka@Example.JP") << QStringLiteral("tanaka@example.jp");
    QTest::newRow("full-width latin") << QStringLiteral("ＴＡＮＡＫＡ") << QStringLiteral("tanaka");
    QTest::newRow("compatibility ideograph folded for search") << QStringLiteral("\uFA19") << QStringLiteral("\u795E");
}

void TestJapaneseText::searchNormalForm()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(searchNormalize(raw), expected);
}

void TestJapaneseText::splitFullName_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::newRow("half-width space") << QStringLiteral("井上 直美") << QStringLiteral("井上") << QStringLiteral("直美");
    QTest::newRow("full-width space") << QStringLiteral("森　拓海") << QStringLiteral("森") << QStringLiteral("拓海");
    QTest::newRow("no space") << QStringLiteral("長谷川恵") << QStringLiteral("長谷川恵") << QString();
    QTest::newRow("three parts") << QStringLiteral("Mary Ann Smith") << QStringLiteral("Mary") << QStringLiteral("Ann Smith");
}

void TestJapaneseText::splitFullName()
{
    QFETCH(QString, full);
    QFETCH(QString, family);
    QFETCH(QString, given);
    const NameParts p = alumnidesk::text::splitFullName(full);
    QCOMPARE(p.family, family);
    QCOMPARE(p.given, given);
}

void TestJapaneseText::katakanaReading_data()
{
    QTest::addColumn<QString>("reading");
    QTest::addColumn<bool>("valid");
    QTest::newRow("katakana with space") << QStringLiteral("ヤマダ タロウ") << true;
    QTest::newRow("prolonged mark") << QStringLiteral("サトー") << true;
    QTest::newRow("middle dot") << QStringLiteral("ジョン・スミス") << true;
    QTest::newRow("kanji") << QStringLiteral("山田") << false;
    QTest::newRow("latin") << QStringLiteral("Yamada") << false;
    QTest::newRow("empty") << QString() << true;
}

void TestJapaneseText::katakanaReading()
{
    QFETCH(QString, reading);
    QFETCH(bool, valid);
    QCOMPARE(isKatakanaReading(reading), valid);
}

void TestJapaneseText::romaji_data()
{
    QTest::addColumn<QString>("kana");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("タナカ") << QStringLiteral("tanaka");
    QTest::newRow("shi chi tsu fu") << QStringLiteral("シチツフ") << QStringLiteral("shichitsufu");
    QTest::newRow("yoon") << QStringLiteral("キョウコ") << QStringLiteral("kyouko");
    QTest::newRow("sokuon") << QStringLiteral("ハットリ") << QStringLiteral("hattori");
    QTest::newRow("sokuon before ch") << QStringLiteral("マッチ") << QStringLiteral("matchi");
    QTest::newRow("long vowel mark") << QStringLiteral("サトー") << QStringLiteral("satoo");
    QTest::newRow("n") << QStringLiteral("シンイチ") << QStringLiteral("shinichi");
    QTest::newRow("ji") << QStringLiteral("ジュンコ") << QStringLiteral("junko");
    QTest::newRow("space kept") << QStringLiteral("モリ タクミ") << QStringLiteral("mori takumi");
    // Every small kana that ends a two-kana sound, and what is not one.
    QTest::newRow("fa fi fe fo") << QStringLiteral("ファフィフェフォ") << QStringLiteral("fafifefo");
    QTest::newRow("ti di tu du") << QStringLiteral("ティディトゥドゥ") << QStringLiteral("tiditudu");
    QTest::newRow("wi we wo") << QStringLiteral("ウィウェウォ") << QStringLiteral("wiwewo");
    QTest::newRow("va vi ve vo vu") << QStringLiteral("ヴァヴィヴェヴォヴ") << QStringLiteral("vavivevovu");
    QTest::newRow("dyu tyu ye tsa") << QStringLiteral("デュテュイェツァ") << QStringLiteral("dyutyuyetsa");
    QTest::newRow("she je che") << QStringLiteral("シェジェチェ") << QStringLiteral("shejeche");
    QTest::newRow("small kana alone") << QStringLiteral("ァィゥェォャュョヮ") << QStringLiteral("aiueoyayuyowa");
    QTest::newRow("small kana after a kana without a pair") << QStringLiteral("マャ") << QStringLiteral("maya");
    QTest::newRow("sokuon before digraph") << QStringLiteral("ハッピョウ") << QStringLiteral("happyou");
    QTest::newRow("sokuon before cha") << QStringLiteral("マッチャ") << QStringLiteral("matcha");
    QTest::newRow("sokuon before vowel") << QStringLiteral("アッア") << QStringLiteral("aa");
    QTest::newRow("long vowel after digraph") << QStringLiteral("ショー") << QStringLiteral("shoo");
    QTest::newRow("long vowel first") << QStringLiteral("ーア") << QStringLiteral("a");
    QTest::newRow("ka ke wi we wo") << QStringLiteral("ヵヶヰヱヲ") << QStringLiteral("kakeieo");
    QTest::newRow("not katakana kept") << QStringLiteral("Aた漢・ヷ") << QStringLiteral("Aた漢・ヷ");
    QTest::newRow("unknown breaks sokuon") << QStringLiteral("ッ・カ") << QStringLiteral("・ka");
    QTest::newRow("empty") << QString() << QString();
}

void TestJapaneseText::romaji()
{
    QFETCH(QString, kana);
    QFETCH(QString, expected);
    QCOMPARE(katakanaToRomaji(kana), expected);
}

QTEST_GUILESS_MAIN(TestJapaneseText)
#include "tst_japanesetext.moc"
