// The export side: RFC 4180 quoting, CRLF records, UTF-8 with a BOM for Excel, and CP932 that lists the
// characters it cannot hold (with line and column) instead of writing '?'. What the writer writes, the
// reader reads back unchanged.
#include "csv/Cp932Encoder.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/JapaneseTables.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::csv;

Q_DECLARE_METATYPE(alumnidesk::csv::ExportEncoding)

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void quoteField_data();
    void quoteField();
    void recordEndsWithCrlf();
    void oneEmptyFieldIsNotABlankLine();
    void roundTrip_data();
    void roundTrip();
    void bomIsWrittenOnce();
    void cp932KeepsTheExtensions();
    void cp932ListsWhatItCannotHold();
    void cp932WritesWhatIcuWrites();
    void writerReportsLineAndColumn();
};

void TestCsvWriter::quoteField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("山田 太郎") << QStringLiteral("山田 太郎");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Sato, Ichiro") << QStringLiteral("\"Sato, Ichiro\"");
    QTest::newRow("quote") << QStringLiteral("27\" monitor") << QStringLiteral("\"27\"\" monitor\"");
    QTest::newRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("\"\"\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("semicolon is plain for commas") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("leading space is plain") << QStringLiteral(" a ") << QStringLiteral(" a ");
    QTest::newRow("leading U+FEFF") << QStringLiteral("\uFEFFa") << QStringLiteral("\"\uFEFFa\"");
}

void TestCsvWriter::quoteField()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(csv::quoteField(value), written);
    // With a semicolon as delimiter, the semicolon is what needs quotes.
    const QString withSemicolon = value + QLatin1Char(';');
    QVERIFY(csv::quoteField(withSemicolon, QLatin1Char(';')).startsWith(QLatin1Char('"')));
}

void TestCsvWriter::recordEndsWithCrlf()
{
    QCOMPARE(formatRecord({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QStringLiteral("a,\"b,c\",\r\n"));
    QCOMPARE(formatRecord({QStringLiteral("a"), QStringLiteral("b")}, QLatin1Char('\t')), QStringLiteral("a\tb\r\n"));
}

void TestCsvWriter::oneEmptyFieldIsNotABlankLine()
{
    QCOMPARE(formatRecord({QString()}), QStringLiteral("\"\"\r\n"));
    QCOMPARE(formatRecord({QString(), QString()}), QStringLiteral(",\r\n"));
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<ExportEncoding>("encoding");
    QTest::newRow("UTF-8 with BOM") << ExportEncoding::Utf8WithBom;
    QTest::newRow("UTF-8") << ExportEncoding::Utf8;
    QTest::newRow("CP932") << ExportEncoding::Cp932;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(ExportEncoding, encoding);
    const QVector<QStringList> records{
        {QStringLiteral("社員番号"), QStringLiteral("氏名"), QStringLiteral("備考")},
        {QStringLiteral("100231"), QStringLiteral("髙橋 一郎"), QStringLiteral("①期生、㈱アルムナイ, \"OB\"")},
        {QStringLiteral("100245"), QStringLiteral("山﨑　花子"), QStringLiteral("行1\r\n行2\n行3\r行4")},
        {QString()},
        {QStringLiteral(""), QStringLiteral("ﾊﾝｶｸ"), QStringLiteral("\"")},
    };
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    CsvWriter writer(&out, encoding);
    for (const QStringList &r : records)
        QVERIFY(writer.writeRecord(r));
    QVERIFY(writer.issues().isEmpty());
    QCOMPARE(writer.nextLine(), qint64(9));
    out.close();

    QBuffer in(&bytes);
    QVERIFY(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in);
    QVector<QStringList> read;
    QVector<qint64> lines;
    QVERIFY(reader.forEachRecord([&](const CsvRecord &r) {
        read << r.fields;
        lines << r.line;
        return r.issues.isEmpty();
    }).ok());
    QCOMPARE(read, records);
    QCOMPARE(lines, (QVector<qint64>{1, 2, 3, 7, 8}));
    QCOMPARE(encodingName(reader.format().encoding.encoding),
             encoding == ExportEncoding::Cp932 ? QStringLiteral("CP932") : QStringLiteral("UTF-8"));
}

void TestCsvWriter::bomIsWrittenOnce()
{
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    CsvWriter writer(&out, ExportEncoding::Utf8WithBom);
    QVERIFY(writer.writeRecord({QStringLiteral("a")}));
    QVERIFY(writer.writeRecord({QStringLiteral("b")}));
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF" "a\r\nb\r\n"));
}

void TestCsvWriter::cp932KeepsTheExtensions()
{
    const EncodedText e = encodeCp932(QStringLiteral("髙﨑①㈱Ⅰｱ～"));
    QVERIFY(e.ok());
    // Windows' codes: 髙 and 﨑 from the IBM block (FB FC, FA B1), ① ㈱ Ⅰ from NEC row 13.
    QCOMPARE(e.bytes.toHex(' '), QByteArray("fb fc fa b1 87 40 87 8a 87 54 b1 81 60"));
}

void TestCsvWriter::cp932ListsWhatItCannotHold()
{
    const QString text = QStringLiteral("𠮷田 é ¥ 😀");
    const EncodedText e = encodeCp932(text);
    QVERIFY(!e.ok());
    QVERIFY(e.bytes.isEmpty()); // nothing half-written with '?' in it
    QCOMPARE(e.unencodable.size(), 4);
    QCOMPARE(e.unencodable.at(0).index, qsizetype(0));
    QCOMPARE(uint(e.unencodable.at(0).character), 0x20BB7u);
    QCOMPARE(e.unencodable.at(1).index, qsizetype(4));
    QCOMPARE(uint(e.unencodable.at(1).character), 0xE9u);
    QCOMPARE(uint(e.unencodable.at(2).character), 0xA5u);
    QCOMPARE(uint(e.unencodable.at(3).character), 0x1F600u);
}

void TestCsvWriter::cp932WritesWhatIcuWrites()
{
    // Every character CP932 can hold, ours against QStringEncoder("CP932"): the same bytes, except the three
    // control codes ICU's table swaps (0x1A, 0x1C, 0x7F), which stay ASCII as Windows keeps them.
    int checked = 0;
    for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const QString s(QChar(static_cast<char16_t>(c)));
        const EncodedText ours = encodeCp932(s);
        if (!ours.ok())
            continue;
        QStringEncoder icu("CP932");
        const QByteArray theirs = icu.encode(s);
        QVERIFY2(ours.bytes == theirs, qPrintable(QStringLiteral("U+%1: %2 vs ICU %3")
                                                      .arg(uint(c), 4, 16, QLatin1Char('0'))
                                                      .arg(QString::fromLatin1(ours.bytes.toHex(' ')),
                                                           QString::fromLatin1(theirs.toHex(' ')))));
        QStringDecoder back("CP932");
        QCOMPARE(back.decode(ours.bytes), s);
        ++checked;
    }
    QVERIFY2(checked > 7000, qPrintable(QString::number(checked)));
}

void TestCsvWriter::writerReportsLineAndColumn()
{
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    CsvWriter writer(&out, ExportEncoding::Cp932);
    QVERIFY(writer.writeRecord({QStringLiteral("id"), QStringLiteral("name")}));
    QVERIFY(!writer.writeRecord({QStringLiteral("1"), QStringLiteral("備考\n2行目の𠮷")}));
    QVERIFY(writer.writeRecord({QStringLiteral("2"), QStringLiteral("吉田")}));
    QCOMPARE(writer.issues().size(), 1);
    const CsvIssue &issue = writer.issues().first();
    QCOMPARE(issue.kind, CsvIssue::Kind::UnencodableCharacter);
    QCOMPARE(issue.line, qint64(3));
    QCOMPARE(issue.column, 2);
    QVERIFY2(issue.message.contains(QStringLiteral("𠮷")) && issue.message.contains(QLatin1String("U+20BB7")),
             qPrintable(issue.message));
    QCOMPARE(bytes, QByteArray("id,name\r\n2,\x8B\x67\x93\x63\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
