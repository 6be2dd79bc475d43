// A 50 MB export streamed from a device that makes its rows up as it goes: the reader must get every record
// and line number right while holding no more than a chunk and the current record — never the file.
#include "csv/CsvReader.h"

#include <QFile>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::csv;

namespace {

// Rows of a leavers export, each with a quoted comma and a line break inside quotes (two physical lines),
// generated on demand so that the test itself holds no file either.
class RowGenerator : public QIODevice {
public:
    explicit RowGenerator(qint64 bytes) : m_limit(bytes) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 rows() const { return m_rows; }
    qint64 generated() const { return m_generated; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        qint64 written = 0;
        while (written < max) {
            if (m_pos == m_row.size()) {
                if (m_generated >= m_limit)
                    break;
                nextRow();
            }
            const qint64 n = qMin<qint64>(max - written, m_row.size() - m_pos);
            memcpy(out + written, m_row.constData() + m_pos, size_t(n));
            m_pos += n;
            written += n;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void nextRow()
    {
        if (m_generated == 0) {
            m_row = QStringLiteral("社員番号,氏名,住所,備考,退職日\r\n").toUtf8();
        } else {
            ++m_rows;
            const QByteArray n = QByteArray::number(m_rows);
            m_row = n + QStringLiteral(",髙橋 ").toUtf8() + n + QStringLiteral(",\"東京都千代田区, ").toUtf8() + n
                + QStringLiteral("\",\"一行目\n二行目 \"\"引用\"\"\",2024/04/01\r\n").toUtf8();
        }
        m_generated += m_row.size();
        m_pos = 0;
    }

    qint64 m_limit;
    qint64 m_generated = 0;
    qint64 m_rows = 0;
    QByteArray m_row;
    qsizetype m_pos = 0;
};

// Peak resident memory of this process so far, from the kernel (Linux only; 0 elsewhere).
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestCsvLargeInput : public QObject {
    Q_OBJECT
private slots:
    void fiftyMegabytesInBoundedMemory();
};

void TestCsvLargeInput::fiftyMegabytesInBoundedMemory()
{
    const qint64 rssBefore = peakRssKb();
    RowGenerator device(50LL * 1024 * 1024);
    CsvReader reader(&device);
    QVERIFY(reader.open().ok());
    QCOMPARE(encodingName(reader.format().encoding.encoding), QStringLiteral("UTF-8"));
    QCOMPARE(reader.format().delimiter.delimiter, QLatin1Char(','));

    CsvRecord record;
    qint64 records = 0;
    while (reader.readNext(record)) {
        // Record k (after the header) starts on line 2k: every row before it took two lines.
        const qint64 expectedLine = records == 0 ? 1 : 2 * records;
        if (record.line != expectedLine || record.columnCount() != 5 || !record.issues.isEmpty())
            QFAIL(qPrintable(QStringLiteral("record %1 at line %2 (expected %3): %4 fields, %5 issues")
                                 .arg(records)
                                 .arg(record.line)
                                 .arg(expectedLine)
                                 .arg(record.columnCount())
                                 .arg(record.issues.size())));
        if (records > 0 && record.fields.at(3) != QStringLiteral("一行目\n二行目 \"引用\""))
            QFAIL(qPrintable(record.fields.at(3)));
        ++records;
    }
    QVERIFY2(reader.status().ok(), qPrintable(reader.status().errorText()));
    QCOMPARE(records, device.rows() + 1);
    QCOMPARE(reader.bytesRead(), device.generated());
    QVERIFY(device.generated() >= 50LL * 1024 * 1024);

    // The reader's own buffers: a 64 KB chunk, its decoded text, the head's text and one record (~100
    // characters here). 1 MB is far above that and far below the 50 MB it read.
    QVERIFY2(reader.peakBufferedBytes() < 1024 * 1024, qPrintable(QString::number(reader.peakBufferedBytes())));
    const qint64 growthKb = peakRssKb() - rssBefore;
    QVERIFY2(growthKb < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KB").arg(growthKb)));
    qInfo("%lld records, peak buffers %lld bytes, peak RSS growth %lld KB", records,
          static_cast<long long>(reader.peakBufferedBytes()), growthKb);
}

QTEST_GUILESS_MAIN(TestCsvLargeInput)
#include "tst_csvlargeinput.moc"
