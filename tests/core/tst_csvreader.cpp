// The streaming CSV reader against golden files (tests/data/csv/<case>/: input.csv, options.json,
// expected.json written by make_cases.py), each read in several chunk sizes so that every character and
// every CRLF is also cut in two; then progress, cancel, the callback interface and the limits.
#include "csv/CsvIssues.h"
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::csv;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/csv");
}

// Hands out at most one byte per read, whatever was asked: how a slow pipe or socket behaves.
class TrickleDevice : public QIODevice {
public:
    explicit TrickleDevice(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_data.size() || max <= 0)
            return 0;
        *out = m_data.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString basisKey(EncodingGuess::Basis basis)
{
    switch (basis) {
    case EncodingGuess::Basis::ChosenByUser:
        return QStringLiteral("chosen-by-user");
    case EncodingGuess::Basis::EmptyFile:
        return QStringLiteral("empty-file");
    case EncodingGuess::Basis::ByteOrderMark:
        return QStringLiteral("byte-order-mark");
    case EncodingGuess::Basis::ZeroBytePattern:
        return QStringLiteral("zero-byte-pattern");
    case EncodingGuess::Basis::AsciiOnly:
        return QStringLiteral("ascii-only");
    case EncodingGuess::Basis::ValidUtf8:
        return QStringLiteral("valid-utf8");
    case EncodingGuess::Basis::OnlyCleanDecoding:
        return QStringLiteral("only-clean-decoding");
    case EncodingGuess::Basis::MoreJapaneseText:
        return QStringLiteral("more-japanese-text");
    case EncodingGuess::Basis::FewestErrors:
        return QStringLiteral("fewest-errors");
    }
    return {};
}

QString basisKey(DelimiterGuess::Basis basis)
{
    switch (basis) {
    case DelimiterGuess::Basis::ChosenByUser:
        return QStringLiteral("chosen-by-user");
    case DelimiterGuess::Basis::ConsistentCount:
        return QStringLiteral("consistent-count");
    case DelimiterGuess::Basis::NoneFound:
        return QStringLiteral("none-found");
    }
    return {};
}

// One issue as a line of text, so a mismatch shows both sides in full.
QString issueText(qint64 line, int column, const QString &kind, const QString &severity, const QString &bytes)
{
    QString s = QStringLiteral("%1:%2 %3 %4").arg(line).arg(column).arg(kind, severity);
    if (!bytes.isEmpty())
        s += QStringLiteral(" [") + bytes + QLatin1Char(']');
    return s;
}

QStringList actualIssues(const CsvRecord &r)
{
    QStringList out;
    for (const CsvIssue &i : r.issues) {
        const QString bytes = i.kind == CsvIssue::Kind::UndecodableBytes ? QString::fromLatin1(i.bytes.toHex(' ')) : QString();
        out << issueText(i.line, i.column, i.kindKey(), i.isError() ? QStringLiteral("error") : QStringLiteral("warning"), bytes);
    }
    return out;
}

QStringList expectedIssues(const QJsonObject &r)
{
    QStringList out;
    for (const QJsonValue &v : r.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject i = v.toObject();
        out << issueText(i.value(QStringLiteral("line")).toInteger(), i.value(QStringLiteral("column")).toInt(),
                         i.value(QStringLiteral("kind")).toString(), i.value(QStringLiteral("severity")).toString(),
                         i.value(QStringLiteral("bytes")).toString());
    }
    return out;
}

CsvReaderOptions optionsFrom(const QJsonObject &json)
{
    CsvReaderOptions options;
    if (json.contains(QStringLiteral("encoding")))
        options.encoding = encodingFromName(json.value(QStringLiteral("encoding")).toString());
    if (json.contains(QStringLiteral("delimiter")))
        options.delimiter = json.value(QStringLiteral("delimiter")).toString().at(0);
    return options;
}

QByteArray lines(int count)
{
    QByteArray data = "id,name,note\r\n";
    for (int i = 1; i <= count; ++i)
        data += QByteArray::number(i) + ",name " + QByteArray::number(i) + ",\"a, b\"\r\n";
    return data;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void progressReachesTheEnd();
    void cancelStopsBetweenChunks();
    void callbackCanStopEarly();
    void recordPastTheLimitStopsWithItsPosition();
    void issuesBeyondTheLimitAreCounted();
    void quoteCannotBeTheDelimiter();
    void describeSaysLineAndColumn();
};

void TestCsvReader::golden_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<bool>("trickle");
    const QDir root(dataDir());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 30, qPrintable(root.absolutePath()));
    for (const QString &name : cases) {
        const QString folder = root.filePath(name);
        for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(64 * 1024)})
            QTest::addRow("%s, %lld-byte chunks", qPrintable(name), static_cast<long long>(chunk)) << folder << chunk << false;
        QTest::addRow("%s, one byte per read", qPrintable(name)) << folder << qsizetype(64 * 1024) << true;
    }
}

void TestCsvReader::golden()
{
    QFETCH(QString, folder);
    QFETCH(qsizetype, chunkSize);
    QFETCH(bool, trickle);
    const QJsonObject expected = readJson(folder + QStringLiteral("/expected.json"));
    QVERIFY2(!expected.isEmpty(), qPrintable(folder));
    CsvReaderOptions options = optionsFrom(readJson(folder + QStringLiteral("/options.json")));
    options.chunkSize = chunkSize;

    QFile file(folder + QStringLiteral("/input.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    TrickleDevice slow(file.readAll());
    file.seek(0);
    CsvReader reader(trickle ? static_cast<QIODevice *>(&slow) : &file, options);

    const Result<CsvFormat> format = reader.open();
    QVERIFY2(format.ok(), qPrintable(format.errorText()));
    QCOMPARE(encodingName(format->encoding.encoding), expected.value(QStringLiteral("encoding")).toString());
    QCOMPARE(QString(format->delimiter.delimiter), expected.value(QStringLiteral("delimiter")).toString());
    QVERIFY(!format->encoding.reason.isEmpty());
    QVERIFY(!format->delimiter.reason.isEmpty());
    if (expected.contains(QStringLiteral("encodingBasis")))
        QCOMPARE(basisKey(format->encoding.basis), expected.value(QStringLiteral("encodingBasis")).toString());
    if (expected.contains(QStringLiteral("delimiterBasis")))
        QCOMPARE(basisKey(format->delimiter.basis), expected.value(QStringLiteral("delimiterBasis")).toString());

    const QJsonArray records = expected.value(QStringLiteral("records")).toArray();
    CsvRecord record;
    int n = 0;
    while (reader.readNext(record)) {
        QVERIFY2(n < records.size(), qPrintable(QStringLiteral("extra record at line %1: %2")
                                                    .arg(record.line)
                                                    .arg(record.fields.join(QLatin1Char('|')))));
        const QJsonObject want = records.at(n++).toObject();
        QCOMPARE(record.line, want.value(QStringLiteral("line")).toInteger());
        QStringList fields;
        for (const QJsonValue &v : want.value(QStringLiteral("fields")).toArray())
            fields << v.toString();
        QCOMPARE(record.fields, fields);
        QVector<qint64> fieldLines(fields.size(), record.line);
        if (want.contains(QStringLiteral("fieldLines"))) {
            const QJsonArray given = want.value(QStringLiteral("fieldLines")).toArray();
            for (qsizetype i = 0; i < given.size(); ++i)
                fieldLines[i] = given.at(i).toInteger();
        }
        QCOMPARE(record.fieldLines, fieldLines);
        QCOMPARE(actualIssues(record), expectedIssues(want));
        for (const CsvIssue &issue : record.issues)
            QVERIFY(!issue.message.isEmpty());
    }
    QVERIFY2(reader.status().ok(), qPrintable(reader.status().errorText()));
    QVERIFY(reader.atEnd());
    QCOMPARE(n, records.size());
    QCOMPARE(reader.bytesRead(), QFileInfo(file).size());
}

void TestCsvReader::progressReachesTheEnd()
{
    QByteArray data = lines(500);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReaderOptions options;
    options.chunkSize = 1000;
    options.detectionSize = 1000;
    CsvReader reader(&buffer, options);
    QVector<qint64> seen;
    reader.setProgressCallback([&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(data.size()));
        seen << done;
    });
    int records = 0;
    QVERIFY(reader.forEachRecord([&](const CsvRecord &) { return ++records > 0; }).ok());
    QCOMPARE(records, 501);
    QVERIFY(seen.size() > 5);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.last(), qint64(data.size()));
    QCOMPARE(reader.totalBytes(), qint64(data.size()));
}

void TestCsvReader::cancelStopsBetweenChunks()
{
    QByteArray data = lines(500);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReaderOptions options;
    options.chunkSize = 1000;
    options.detectionSize = 1000;
    CsvReader reader(&buffer, options);
    int checks = 0;
    reader.setCancelCheck([&] { return ++checks > 3; });
    CsvRecord record;
    int records = 0;
    while (reader.readNext(record))
        ++records;
    QVERIFY(reader.wasCancelled());
    QVERIFY(!reader.status().ok());
    QVERIFY(records > 0 && records < 501);
    QVERIFY(reader.bytesRead() < data.size());
    QVERIFY(!reader.readNext(record)); // stays stopped
}

void TestCsvReader::callbackCanStopEarly()
{
    QByteArray data = lines(10);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVector<qint64> lineNumbers;
    const Status s = reader.forEachRecord([&](const CsvRecord &r) {
        lineNumbers << r.line;
        return lineNumbers.size() < 3;
    });
    QVERIFY(s.ok());
    QCOMPARE(lineNumbers, (QVector<qint64>{1, 2, 3}));
}

void TestCsvReader::recordPastTheLimitStopsWithItsPosition()
{
    // A quote opened and never closed in a large file: the reader must not gather the rest of it.
    QByteArray data = "id,note\n1,ok\n2,\"never closed\n" + QByteArray(5000, 'x');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReaderOptions options;
    options.limits.maxRecordChars = 1000;
    options.chunkSize = 256;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.line, qint64(2));
    QVERIFY(!reader.readNext(record));
    QVERIFY(!reader.status().ok());
    QVERIFY(!reader.wasCancelled());
    QVERIFY(reader.fatalIssue().has_value());
    QCOMPARE(reader.fatalIssue()->kind, CsvIssue::Kind::RecordTooLong);
    QCOMPARE(reader.fatalIssue()->line, qint64(3));
    QCOMPARE(reader.fatalIssue()->column, 2);
    QVERIFY2(reader.status().errorText().contains(QLatin1String("3")), qPrintable(reader.status().errorText()));
    QVERIFY(reader.peakBufferedBytes() < 64 * 1024);
}

void TestCsvReader::issuesBeyondTheLimitAreCounted()
{
    QByteArray data = "a,\x80x\x80x\x80x\x80x\x80,b\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReaderOptions options;
    options.encoding = TextEncoding::Utf8;
    options.limits.maxIssuesPerRecord = 3;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.issues.size(), 4);
    QCOMPARE(record.issues.last().kind, CsvIssue::Kind::TooManyIssues);
    QVERIFY(record.issues.last().isError());
    QVERIFY(record.issues.last().message.contains(QLatin1String("2")));
    QCOMPARE(record.fields.size(), 3);
}

void TestCsvReader::quoteCannotBeTheDelimiter()
{
    QByteArray data = "a,b\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReaderOptions options;
    options.delimiter = QLatin1Char('"');
    CsvReader reader(&buffer, options);
    QVERIFY(!reader.open().ok());
    CsvRecord record;
    QVERIFY(!reader.readNext(record));
}

void TestCsvReader::describeSaysLineAndColumn()
{
    CsvIssue issue = issues::quoteInUnquotedField(12, 4);
    const QString text = issues::describe(issue);
    QVERIFY2(text.startsWith(QLatin1String("Line 12, column 4: ")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
