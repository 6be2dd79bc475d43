// Deciding a file's encoding and delimiter from its first bytes, and the reason given for each choice.
#include "csv/DelimiterDetector.h"
#include "csv/EncodingDetector.h"

#include <QStringEncoder>
#include <QTest>

using namespace alumnidesk::csv;

Q_DECLARE_METATYPE(alumnidesk::csv::TextEncoding)
Q_DECLARE_METATYPE(alumnidesk::csv::EncodingGuess::Basis)
Q_DECLARE_METATYPE(alumnidesk::csv::DelimiterGuess::Basis)

namespace {

QByteArray cp932(const QString &s)
{
    QStringEncoder e("CP932");
    return e.encode(s);
}

QByteArray eucJp(const QString &s)
{
    QStringEncoder e("EUC-JP");
    return e.encode(s);
}

const QString kJapanese = QStringLiteral("社員番号,氏名,フリガナ,退職理由\r\n100231,井上 直美,イノウエ ナオミ,自己都合（キャリアアップ）\r\n");

} // namespace

class TestCsvDetection : public QObject {
    Q_OBJECT
private slots:
    void encoding_data();
    void encoding();
    void encodingChosenByTheUser_data();
    void encodingChosenByTheUser();
    void delimiter_data();
    void delimiter();
    void encodingNames_data();
    void encodingNames();
};

void TestCsvDetection::encoding_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<EncodingGuess::Basis>("basis");
    QTest::addColumn<int>("bomLength");
    using B = EncodingGuess::Basis;
    const QByteArray utf8 = kJapanese.toUtf8();
    QTest::newRow("empty") << QByteArray() << true << TextEncoding::Utf8 << B::EmptyFile << 0;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n") << true << TextEncoding::Utf8 << B::ByteOrderMark << 3;
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE" "a\0", 4) << true << TextEncoding::Utf16LE << B::ByteOrderMark << 2;
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0a", 4) << true << TextEncoding::Utf16BE << B::ByteOrderMark << 2;
    QByteArray le;
    for (const QChar c : kJapanese)
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QTest::newRow("UTF-16LE without BOM") << le << true << TextEncoding::Utf16LE << B::ZeroBytePattern << 0;
    QByteArray be;
    for (const QChar c : kJapanese)
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("UTF-16BE without BOM") << be << true << TextEncoding::Utf16BE << B::ZeroBytePattern << 0;
    QTest::newRow("ASCII") << QByteArray("id,name\n1,Alice\n") << true << TextEncoding::Utf8 << B::AsciiOnly << 0;
    QTest::newRow("UTF-8") << utf8 << true << TextEncoding::Utf8 << B::ValidUtf8 << 0;
    // The head may end inside a character: that is the cut, not an error (unless it is the whole file).
    QTest::newRow("UTF-8 cut mid-character") << utf8.left(utf8.size() - 2) << false << TextEncoding::Utf8 << B::ValidUtf8 << 0;
    QTest::newRow("CP932") << cp932(kJapanese) << true << TextEncoding::Cp932 << B::OnlyCleanDecoding << 0;
    QTest::newRow("CP932 with extensions") << cp932(QStringLiteral("髙橋,山﨑,①,㈱\r\n")) << true << TextEncoding::Cp932
                                           << B::OnlyCleanDecoding << 0;
    QTest::newRow("CP932 cut after a lead byte") << cp932(kJapanese).left(cp932(kJapanese).size() - 3) << false
                                                 << TextEncoding::Cp932 << B::OnlyCleanDecoding << 0;
    QTest::newRow("CP932 with a stray byte") << cp932(kJapanese) + "\x80\r\n" << true << TextEncoding::Cp932 << B::FewestErrors << 0;
    QTest::newRow("EUC-JP") << eucJp(kJapanese) << true << TextEncoding::EucJp << B::OnlyCleanDecoding << 0;
    // A4 A2 … is hiragana in EUC-JP and a run of half-width katakana in CP932: both decode, one reads as Japanese.
    QTest::newRow("EUC-JP that is also valid CP932") << eucJp(QStringLiteral("あいう,えお\n")) << true << TextEncoding::EucJp
                                                     << B::MoreJapaneseText << 0;
    QTest::newRow("UTF-8 with a truncated character") << utf8 + QByteArray("\xE3\x81,x\r\n") + utf8 << true << TextEncoding::Utf8
                                                      << B::FewestErrors << 0;
}

void TestCsvDetection::encoding()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, wholeFile);
    QFETCH(TextEncoding, encoding);
    QFETCH(EncodingGuess::Basis, basis);
    QFETCH(int, bomLength);
    const EncodingGuess g = detectEncoding(head, wholeFile);
    QCOMPARE(encodingName(g.encoding), encodingName(encoding));
    QCOMPARE(g.basis, basis);
    QCOMPARE(g.bomLength, bomLength);
    QVERIFY(!g.reason.isEmpty());
    QVERIFY2(g.reason.endsWith(QLatin1Char('.')), qPrintable(g.reason));
}

void TestCsvDetection::encodingChosenByTheUser_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<TextEncoding>("chosen");
    QTest::addColumn<TextEncoding>("used");
    QTest::addColumn<int>("bomLength");
    QTest::newRow("UTF-8 over a UTF-8 BOM skips it") << QByteArray("\xEF\xBB\xBF" "a") << TextEncoding::Utf8 << TextEncoding::Utf8 << 3;
    QTest::newRow("CP932 over a UTF-8 BOM reads it as CP932") << QByteArray("\xEF\xBB\xBF" "a") << TextEncoding::Cp932
                                                              << TextEncoding::Cp932 << 0;
    QTest::newRow("UTF-16LE over a big-endian BOM follows the BOM") << QByteArray("\xFE\xFF\0a", 4) << TextEncoding::Utf16LE
                                                                    << TextEncoding::Utf16BE << 2;
    QTest::newRow("UTF-16BE without BOM") << QByteArray("\0a", 2) << TextEncoding::Utf16BE << TextEncoding::Utf16BE << 0;
}

void TestCsvDetection::encodingChosenByTheUser()
{
    QFETCH(QByteArray, head);
    QFETCH(TextEncoding, chosen);
    QFETCH(TextEncoding, used);
    QFETCH(int, bomLength);
    const EncodingGuess g = chosenEncoding(chosen, head);
    QCOMPARE(encodingName(g.encoding), encodingName(used));
    QCOMPARE(g.bomLength, bomLength);
    QCOMPARE(g.basis, EncodingGuess::Basis::ChosenByUser);
    QVERIFY(!g.reason.isEmpty());
}

void TestCsvDetection::delimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wholeText");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<DelimiterGuess::Basis>("basis");
    using B = DelimiterGuess::Basis;
    const QChar comma(QLatin1Char(',')), tab(QLatin1Char('\t')), semicolon(QLatin1Char(';'));
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << true << comma << B::ConsistentCount;
    QTest::newRow("tab with commas in values") << QStringLiteral("id\taddress\n1\tTokyo, Chiyoda\n2\tOsaka, Kita, Umeda\n") << true
                                               << tab << B::ConsistentCount;
    QTest::newRow("semicolon with decimal commas") << QStringLiteral("a;b;c\nx;1,5;2,25\ny;3,0;1\n") << true << semicolon
                                                   << B::ConsistentCount;
    QTest::newRow("commas inside quotes do not count") << QStringLiteral("\"a,b,c\";d\n\"e,f\";g\n") << true << semicolon
                                                       << B::ConsistentCount;
    QTest::newRow("line break inside quotes does not end the line") << QStringLiteral("a;\"x\ny,z\"\nb;c\n") << true << semicolon
                                                                    << B::ConsistentCount;
    QTest::newRow("tie goes to the one giving more values") << QStringLiteral("a,b,c;d\n1,2,3;4\n") << true << comma << B::ConsistentCount;
    QTest::newRow("blank lines are not counted") << QStringLiteral("a\tb\n\n\nc\td\n") << true << tab << B::ConsistentCount;
    QTest::newRow("cut-off last line is not counted") << QStringLiteral("a;b\nc;d\ne,f,g,h,i") << false << semicolon
                                                      << B::ConsistentCount;
    QTest::newRow("one column") << QStringLiteral("name\nAlice\n") << true << comma << B::NoneFound;
    QTest::newRow("empty") << QString() << true << comma << B::NoneFound;
    QTest::newRow("Japanese header, comma") << QStringLiteral("社員番号,氏名,退職理由\n1,井上,自己都合；転職\n") << true << comma
                                            << B::ConsistentCount;
}

void TestCsvDetection::delimiter()
{
    QFETCH(QString, text);
    QFETCH(bool, wholeText);
    QFETCH(QChar, delimiter);
    QFETCH(DelimiterGuess::Basis, basis);
    const DelimiterGuess g = detectDelimiter(text, wholeText);
    QCOMPARE(g.delimiter, delimiter);
    QCOMPARE(g.basis, basis);
    QVERIFY(!g.reason.isEmpty());
    if (basis == DelimiterGuess::Basis::ConsistentCount)
        QVERIFY2(g.reason.contains(delimiterName(delimiter)), qPrintable(g.reason));
}

void TestCsvDetection::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("utf8") << QStringLiteral("utf8") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << QStringLiteral("UTF-8");
    QTest::newRow("utf-16") << QStringLiteral("utf-16") << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE") << QStringLiteral("UTF-16BE") << QStringLiteral("UTF-16BE");
    QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS") << QStringLiteral("CP932");
    QTest::newRow("sjis") << QStringLiteral("sjis") << QStringLiteral("CP932");
    QTest::newRow("Windows-31J") << QStringLiteral("Windows-31J") << QStringLiteral("CP932");
    QTest::newRow("cp932") << QStringLiteral("cp932") << QStringLiteral("CP932");
    QTest::newRow("euc-jp") << QStringLiteral("euc-jp") << QStringLiteral("EUC-JP");
    QTest::newRow("unknown") << QStringLiteral("latin1") << QString();
}

void TestCsvDetection::encodingNames()
{
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    const auto e = encodingFromName(name);
    QCOMPARE(e ? encodingName(*e) : QString(), canonical);
}

QTEST_GUILESS_MAIN(TestCsvDetection)
#include "tst_csvdetection.moc"
