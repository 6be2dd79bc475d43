// What one exported cell looks like: text Excel would run as a formula is protected with one apostrophe,
// the import takes exactly that apostrophe off again (and nothing from text that was not protected), and
// the streaming writer quotes as RFC 4180 (and CsvWriter) does, in UTF-8 and CP932.
#include "csv/CsvStreamWriter.h"
#include "csv/FormulaGuard.h"
#include "hris/ColumnMapping.h"
#include "hris/RecordInterpreter.h"

#include <QBuffer>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::csv;

class TestExportCells : public QObject {
    Q_OBJECT
private slots:
    void formulaGuard_data();
    void formulaGuard();
    void importTakesTheGuardOff_data();
    void importTakesTheGuardOff();
    void streamWriterQuotesLikeCsvWriter_data();
    void streamWriterQuotesLikeCsvWriter();
    void streamWriterCp932();
    void excelMeasures();
};

void TestExportCells::formulaGuard_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("sum") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("international phone") << QStringLiteral("+81-90-1234-5678") << QStringLiteral("'+81-90-1234-5678");
    QTest::newRow("negative number") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("dash as phone") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("'@x");
    QTest::newRow("leading tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1+1") << QStringLiteral("'\r=1+1");
    QTest::newRow("full-width equals") << QStringLiteral("＝1+1") << QStringLiteral("'＝1+1");
    QTest::newRow("full-width plus") << QStringLiteral("＋α") << QStringLiteral("'＋α");
    QTest::newRow("full-width minus") << QStringLiteral("－1") << QStringLiteral("'－1");
    QTest::newRow("full-width at") << QStringLiteral("＠x") << QStringLiteral("'＠x");
    QTest::newRow("already an apostrophe") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("two apostrophes") << QStringLiteral("''+x") << QStringLiteral("'''+x");
    QTest::newRow("apostrophe alone") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("apostrophe text") << QStringLiteral("'plain") << QStringLiteral("'plain");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("date") << QStringLiteral("2024-04-01") << QStringLiteral("2024-04-01");
    QTest::newRow("phone") << QStringLiteral("090-1234-5678") << QStringLiteral("090-1234-5678");
    QTest::newRow("space first") << QStringLiteral(" =x") << QStringLiteral(" =x");
    QTest::newRow("empty") << QString() << QString();
}

void TestExportCells::formulaGuard()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(formulaGuarded(value), cell);
    QCOMPARE(formulaUnguarded(cell), value);
    QCOMPARE(needsFormulaGuard(value.toUtf8()), needsFormulaGuard(value));
    QCOMPARE(hasFormulaGuard(cell), cell != value);
}

void TestExportCells::importTakesTheGuardOff_data()
{
    formulaGuard_data();
}

void TestExportCells::importTakesTheGuardOff()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    // Notes are kept as written (only trimmed), custom attributes too; both go through the interpreter.
    const hris::ColumnMapping mapping = hris::ColumnMapping::automatic(
        {QStringLiteral("employee_id"), QStringLiteral("family_name"), QStringLiteral("notes"), QStringLiteral("評価")});
    const hris::RecordInterpreter interpreter(mapping);
    const hris::ImportRow row = interpreter.interpret(2, {QStringLiteral("E1"), QStringLiteral("山田"), cell, cell});
    QCOMPARE(row.person.notes, value.trimmed());
    const QString attribute = row.customAttributes.isEmpty() ? QString() : row.customAttributes.constFirst().second;
    QCOMPARE(attribute, value.trimmed());
}

void TestExportCells::streamWriterQuotesLikeCsvWriter_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("山田"), QString()};
    QTest::newRow("comma") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")};
    QTest::newRow("quotes") << QStringList{QStringLiteral("say \"hi\""), QStringLiteral("\"")};
    QTest::newRow("line breaks") << QStringList{QStringLiteral("1\n2"), QStringLiteral("3\r\n4"), QStringLiteral("5\r")};
    QTest::newRow("byte order mark first") << QStringList{QStringLiteral("\uFEFFx")};
}

void TestExportCells::streamWriterQuotesLikeCsvWriter()
{
    QFETCH(QStringList, fields);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvStreamWriter writer(&buffer, ExportEncoding::Utf8);
    for (const QString &f : fields)
        QVERIFY(writer.addField(f.toUtf8()));
    writer.endRecord();
    QVERIFY(writer.flush());
    QCOMPARE(QString::fromUtf8(buffer.data()), formatRecord(fields));
}

void TestExportCells::streamWriterCp932()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvStreamWriter writer(&buffer, ExportEncoding::Cp932);
    QVERIFY(writer.addField(QByteArray("髙橋, ①"), true));
    QVector<UnencodableCharacter> bad;
    QVERIFY(!writer.addField(QByteArray("𠮷田😀"), false, &bad));
    QCOMPARE(bad.size(), 2);
    QCOMPARE(uint(bad.at(0).character), 0x20BB7u);
    QCOMPARE(bad.at(1).index, 3);
    QVERIFY(writer.addField(QByteArray("ソ表")));  // trail byte 0x5C ('\') needs no quoting
    writer.endRecord();
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), encodeCp932(QStringLiteral("\"'髙橋, ①\",,ソ表\r\n")).bytes);
}

void TestExportCells::excelMeasures()
{
    QCOMPARE(utf16Length(QByteArray("a髙𠮷")), 4);
    QCOMPARE(lineBreakCount(QByteArray("a\r\nb\nc\rd\r")), 4);
}

QTEST_GUILESS_MAIN(TestExportCells)
#include "tst_exportcells.moc"
