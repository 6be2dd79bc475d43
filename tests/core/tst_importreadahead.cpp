// readImportFileAhead reads and prepares rows on a thread of its own: whatever that thread does, the caller
// must see every row once, in file order, prepared exactly as without the thread (streamImportFile), and a
// stop (an error from the caller, or Cancel) must end the reading without a hang.
#include "hris/ImportReadAhead.h"
#include "hris/ImportRowCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace alumnidesk;
using namespace alumnidesk::hris;

namespace {

// A leavers file of `rows` rows; every 7th row has an impossible hire date (rejected), every 11th repeats
// the previous employee ID (accepted here: duplicates are found later, in the staging).
QString writeFile(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/leavers.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray data = "社員番号,氏名,フリガナ,入社日,退職日,所属,メールアドレス\r\n";
    for (int i = 0; i < rows; ++i) {
        const int id = i % 11 == 10 ? i - 1 : i;
        const QByteArray hire = i % 7 == 6 ? QByteArray("2020/02/30") : QByteArray(QByteArray("2015/04/") + QByteArray::number(1 + i % 28));
        data += "E" + QByteArray::number(id) + ",山田　太郎" + QByteArray::number(i) + ",ヤマダ　タロウ,"
            + hire + ",2024/03/31,営業部,taro" + QByteArray::number(i) + "@example.com\r\n";
    }
    f.write(data);
    return path;
}

struct Seen {
    int line;
    bool rejected;
    RowValues values;
};

// What the test prepares of a row: all of it, so that a row given another row's values shows.
void prepare(const ImportRow &row, RowValues &out)
{
    out.clear();
    out.addInt(row.line);
    out.addText(row.employeeId);
    out.addBlob(encodeImportRow(row));
}

} // namespace

class TestImportReadAhead : public QObject {
    Q_OBJECT

private slots:
    void sameRowsInOrderAsWithoutTheThread_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("less than a batch") << 255;
        QTest::newRow("exactly a batch") << 256;
        QTest::newRow("many batches") << 5000;
    }
    void sameRowsInOrderAsWithoutTheThread()
    {
        QFETCH(int, rows);
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), rows);
        // Without the thread: the file read as it is, each accepted row prepared in turn.
        QVector<Seen> expected;
        auto plain = streamImportFile(path, {}, [&](ImportRow &&row) -> Status {
            RowValues v;
            if (!row.rejected())
                prepare(row, v);
            expected.append({row.line, row.rejected(), v});
            return {};
        });
        QVERIFY(plain);

        QVector<Seen> seen;
        auto ahead = readImportFileAhead(
            path, {}, prepare,
            [&](ReadAheadRow &row) -> Status {
                seen.append({row.line, row.rejected, row.rejected ? RowValues() : row.values});
                return {};
            });
        QVERIFY(ahead);
        QCOMPARE(seen.size(), expected.size());
        for (int i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen.at(i).line, expected.at(i).line);
            QCOMPARE(seen.at(i).rejected, expected.at(i).rejected);
            QVERIFY2(seen.at(i).values == expected.at(i).values, qPrintable(QStringLiteral("line %1").arg(seen.at(i).line)));
        }
        QCOMPARE(ahead->sha256, plain->sha256);
        const auto rejected = std::count_if(seen.cbegin(), seen.cend(), [](const Seen &s) { return s.rejected; });
        QCOMPARE(rejected, qsizetype(rows / 7));
    }

    void anErrorFromTheCallerStopsTheReading()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), 20000);
        int consumed = 0;
        auto r = readImportFileAhead(
            path, {}, [](const ImportRow &, RowValues &out) { out.addInt(1); },
            [&consumed](ReadAheadRow &) -> Status {
                if (++consumed == 1000)
                    return Error{QStringLiteral("stop here"), {}};
                return {};
            });
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("stop here"));
        QCOMPARE(consumed, 1000);
    }

    void cancelStopsTheReading()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), 20000);
        int consumed = 0;
        auto r = readImportFileAhead(
            path, {}, [](const ImportRow &, RowValues &out) { out.addInt(1); },
            [&consumed](ReadAheadRow &) -> Status {
                ++consumed;
                return {};
            },
            {}, [&consumed] { return consumed >= 600; });
        QVERIFY(!r);
        QVERIFY(consumed < 20000);
    }
};

QTEST_GUILESS_MAIN(TestImportReadAhead)
#include "tst_importreadahead.moc"
