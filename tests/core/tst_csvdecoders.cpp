// The byte decoders: every encoding's characters (CP932 with its NEC and IBM extensions, EUC-JP with its
// single shifts), every kind of bad byte reported where it is, and the same result whether bytes come
// whole or one at a time — checked on every golden input in every encoding.
#include "csv/ByteDecoder.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace alumnidesk::csv;

namespace {

struct Decoded {
    QString text;
    QVector<DecodeError> errors;
};

Decoded decode(TextEncoding encoding, const QByteArray &bytes, qsizetype piece)
{
    Decoded d;
    auto decoder = makeDecoder(encoding);
    for (qsizetype i = 0; i < bytes.size(); i += piece)
        decoder->decode(QByteArrayView(bytes).sliced(i, qMin(piece, bytes.size() - i)), d.text, d.errors, false);
    decoder->decode({}, d.text, d.errors, true);
    return d;
}

// Errors as "offset:hex@index", so a mismatch shows every field.
QStringList errorList(const QVector<DecodeError> &errors)
{
    QStringList out;
    for (const DecodeError &e : errors)
        out << QStringLiteral("%1:%2@%3").arg(e.byteOffset).arg(QString::fromLatin1(e.bytes.toHex(' '))).arg(e.textIndex);
    return out;
}

QString codePoints(const QString &s)
{
    QStringList out;
    for (const char32_t c : s.toUcs4())
        out << QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return out.join(QLatin1Char(' '));
}

} // namespace

Q_DECLARE_METATYPE(alumnidesk::csv::TextEncoding)

class TestCsvDecoders : public QObject {
    Q_OBJECT
private slots:
    void decodes_data();
    void decodes();
    void onePieceOrManyGiveTheSame_data();
    void onePieceOrManyGiveTheSame();
    void agreesWithQStringDecoderOnValidText_data();
    void agreesWithQStringDecoderOnValidText();
    void offsetsStartAfterASkippedByteOrderMark();
};

void TestCsvDecoders::decodes_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("errors"); // byteOffset:hex@textIndex
    const QStringList none;
    const QChar bad = QChar::ReplacementCharacter;

    // CP932: the characters Japanese names and company names need, in every code Windows and Excel use.
    QTest::newRow("CP932 髙 as IBM extension FB FC") << TextEncoding::Cp932 << QByteArray("\xFB\xFC") << QStringLiteral("髙") << none;
    QTest::newRow("CP932 髙 as NEC-selected EE E0") << TextEncoding::Cp932 << QByteArray("\xEE\xE0") << QStringLiteral("髙") << none;
    QTest::newRow("CP932 﨑 both codes") << TextEncoding::Cp932 << QByteArray("\xFA\xB1\xED\x95") << QStringLiteral("﨑﨑") << none;
    QTest::newRow("CP932 ① ㈱ Ⅰ (NEC row 13)") << TextEncoding::Cp932 << QByteArray("\x87\x40\x87\x8A\x87\x54")
                                             << QStringLiteral("①㈱Ⅰ") << none;
    QTest::newRow("CP932 ～ − as Windows maps them") << TextEncoding::Cp932 << QByteArray("\x81\x60\x81\x7C")
                                                  << QStringLiteral("\uFF5E\uFF0D") << none;
    QTest::newRow("CP932 half-width katakana") << TextEncoding::Cp932 << QByteArray("\xB1\xDF\xA1") << QStringLiteral("ｱﾟ｡") << none;
    QTest::newRow("CP932 ASCII control bytes stay ASCII") << TextEncoding::Cp932 << QByteArray("\x1A\x1C\x7F\\~")
                                                         << QStringLiteral("\x1A\x1C\x7F\\~") << none;
    QTest::newRow("CP932 user-defined area (gaiji) to private use") << TextEncoding::Cp932 << QByteArray("\xF0\x40")
                                                                    << QStringLiteral("\uE000") << none;
    QTest::newRow("CP932 bytes that are nothing") << TextEncoding::Cp932 << QByteArray("a\x80" "b\xA0" "c\xFD")
                                                  << (QStringLiteral("a") + bad + QLatin1Char('b') + bad + QLatin1Char('c') + bad)
                                                  << QStringList{QStringLiteral("1:80@1"), QStringLiteral("3:a0@3"), QStringLiteral("5:fd@5")};
    QTest::newRow("CP932 lead byte before a comma keeps the comma") << TextEncoding::Cp932 << QByteArray("\x82,x")
                                                                  << (QString(bad) + QStringLiteral(",x"))
                                                                  << QStringList{QStringLiteral("0:82@0")};
    QTest::newRow("CP932 unassigned pair with ASCII trail keeps the letter") << TextEncoding::Cp932 << QByteArray("\x85\x41")
                                                                          << (QString(bad) + QStringLiteral("A"))
                                                                          << QStringList{QStringLiteral("0:85@0")};
    QTest::newRow("CP932 unassigned pair is one bad unit") << TextEncoding::Cp932 << QByteArray("\x85\x9F" "a") << (QString(bad) + QStringLiteral("a"))
                                                         << QStringList{QStringLiteral("0:85 9f@0")};
    QTest::newRow("CP932 lead byte at the end") << TextEncoding::Cp932 << QByteArray("\x88\x9F\x88") << (QStringLiteral("亜") + bad)
                                              << QStringList{QStringLiteral("2:88@1")};

    // EUC-JP: JIS X 0208, half-width katakana after SS2, JIS X 0212 after SS3, NEC row 13.
    QTest::newRow("EUC-JP kanji and kana") << TextEncoding::EucJp << QByteArray("\xB9\xE2\xB6\xB6\xA4\xA2") << QStringLiteral("高橋あ") << none;
    QTest::newRow("EUC-JP SS2 half-width katakana") << TextEncoding::EucJp << QByteArray("\x8E\xB1\x8E\xDF") << QStringLiteral("ｱﾟ") << none;
    QTest::newRow("EUC-JP SS3 JIS X 0212") << TextEncoding::EucJp << QByteArray("\x8F\xB0\xA1") << QStringLiteral("丂") << none;
    QTest::newRow("EUC-JP NEC row 13") << TextEncoding::EucJp << QByteArray("\xAD\xA1") << QStringLiteral("①") << none;
    QTest::newRow("EUC-JP SS2 with a kanji trail") << TextEncoding::EucJp << QByteArray("\x8E\xE0x") << (QString(bad) + bad + QStringLiteral("x"))
                                                 << QStringList{QStringLiteral("0:8e@0"), QStringLiteral("1:e0@1")};
    QTest::newRow("EUC-JP unassigned pair") << TextEncoding::EucJp << QByteArray("\xA9\xA1") << QString(bad)
                                          << QStringList{QStringLiteral("0:a9 a1@0")};
    QTest::newRow("EUC-JP byte outside every range") << TextEncoding::EucJp << QByteArray("a\x80\xFF") << (QStringLiteral("a") + bad + bad)
                                                   << QStringList{QStringLiteral("1:80@1"), QStringLiteral("2:ff@2")};

    // UTF-8: what RFC 3629 forbids, reported as maximal bad subparts.
    QTest::newRow("UTF-8 four bytes") << TextEncoding::Utf8 << QByteArray("\xF0\xA0\xAE\xB7") << QStringLiteral("𠮷") << none;
    QTest::newRow("UTF-8 truncated before ASCII") << TextEncoding::Utf8 << QByteArray("\xE3\x81,") << (QString(bad) + QStringLiteral(","))
                                                << QStringList{QStringLiteral("0:e3 81@0")};
    QTest::newRow("UTF-8 truncated at the end") << TextEncoding::Utf8 << QByteArray("a\xF0\x9F\x98") << (QStringLiteral("a") + bad)
                                              << QStringList{QStringLiteral("1:f0 9f 98@1")};
    QTest::newRow("UTF-8 overlong") << TextEncoding::Utf8 << QByteArray("\xC0\x80\xE0\x80\x80") << QString(5, bad)
                                  << QStringList{QStringLiteral("0:c0@0"), QStringLiteral("1:80@1"), QStringLiteral("2:e0@2"),
                                                 QStringLiteral("3:80@3"), QStringLiteral("4:80@4")};
    QTest::newRow("UTF-8 surrogate") << TextEncoding::Utf8 << QByteArray("\xED\xA0\x80") << QString(3, bad)
                                   << QStringList{QStringLiteral("0:ed@0"), QStringLiteral("1:a0@1"), QStringLiteral("2:80@2")};
    QTest::newRow("UTF-8 beyond U+10FFFF") << TextEncoding::Utf8 << QByteArray("\xF4\x90\x80\x80") << QString(4, bad)
                                         << QStringList{QStringLiteral("0:f4@0"), QStringLiteral("1:90@1"), QStringLiteral("2:80@2"),
                                                        QStringLiteral("3:80@3")};
    QTest::newRow("UTF-8 stray continuation") << TextEncoding::Utf8 << QByteArray("a\x80z") << (QStringLiteral("a") + bad + QStringLiteral("z"))
                                            << QStringList{QStringLiteral("1:80@1")};

    // UTF-16.
    QTest::newRow("UTF-16LE surrogate pair") << TextEncoding::Utf16LE << QByteArray("\x42\xD8\xB7\xDF", 4) << QStringLiteral("𠮷") << none;
    QTest::newRow("UTF-16BE text") << TextEncoding::Utf16BE << QByteArray("\x9A\xD9\x00\x2C", 4) << QStringLiteral("髙,") << none;
    QTest::newRow("UTF-16LE lone low surrogate") << TextEncoding::Utf16LE << QByteArray("\x00\xDC\x41\x00", 4) << (QString(bad) + QStringLiteral("A"))
                                               << QStringList{QStringLiteral("0:00 dc@0")};
    QTest::newRow("UTF-16LE high surrogate at the end") << TextEncoding::Utf16LE << QByteArray("\x41\x00\x3D\xD8", 4) << (QStringLiteral("A") + bad)
                                                      << QStringList{QStringLiteral("2:3d d8@1")};
    QTest::newRow("UTF-16BE odd byte at the end") << TextEncoding::Utf16BE << QByteArray("\x00\x41\x00", 3) << (QStringLiteral("A") + bad)
                                                << QStringList{QStringLiteral("2:00@1")};
}

void TestCsvDecoders::decodes()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QStringList, errors);
    for (const qsizetype piece : {bytes.size() + 1, qsizetype(1)}) {
        const Decoded d = decode(encoding, bytes, piece);
        QCOMPARE(codePoints(d.text), codePoints(text));
        QCOMPARE(errorList(d.errors), errors);
    }
}

void TestCsvDecoders::onePieceOrManyGiveTheSame_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("path");
    const QDir root(qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/csv"));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = root.filePath(name + QStringLiteral("/input.csv"));
        for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Cp932, TextEncoding::EucJp})
            QTest::addRow("%s as %s", qPrintable(name), qPrintable(encodingName(e))) << e << path;
    }
}

void TestCsvDecoders::onePieceOrManyGiveTheSame()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const Decoded whole = decode(encoding, bytes, bytes.size() + 1);
    for (const qsizetype piece : {1, 2, 3, 5}) {
        const Decoded pieces = decode(encoding, bytes, piece);
        QCOMPARE(pieces.text, whole.text);
        QCOMPARE(errorList(pieces.errors), errorList(whole.errors));
    }
}

void TestCsvDecoders::agreesWithQStringDecoderOnValidText_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("file");
    QTest::newRow("CP932") << TextEncoding::Cp932 << QStringLiteral("cp932");
    QTest::newRow("CP932 sample") << TextEncoding::Cp932 << QStringLiteral("sample_cp932");
    QTest::newRow("EUC-JP") << TextEncoding::EucJp << QStringLiteral("eucjp");
    QTest::newRow("UTF-8") << TextEncoding::Utf8 << QStringLiteral("utf8_without_bom");
}

void TestCsvDecoders::agreesWithQStringDecoderOnValidText()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, file);
    QFile f(qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/csv/") + file + QStringLiteral("/input.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const Decoded ours = decode(encoding, bytes, 7);
    QVERIFY(ours.errors.isEmpty());
    QStringDecoder qt(encodingName(encoding).toLatin1().constData());
    QVERIFY(qt.isValid());
    const QString theirs = qt.decode(bytes);
    QVERIFY(!qt.hasError());
    QCOMPARE(ours.text, theirs);
}

void TestCsvDecoders::offsetsStartAfterASkippedByteOrderMark()
{
    auto decoder = makeDecoder(TextEncoding::Utf8);
    decoder->startAt(3);
    QString text;
    QVector<DecodeError> errors;
    decoder->decode(QByteArrayView("ab\xFF"), text, errors, true);
    QCOMPARE(errorList(errors), QStringList{QStringLiteral("5:ff@2")});
}

QTEST_GUILESS_MAIN(TestCsvDecoders)
#include "tst_csvdecoders.moc"
