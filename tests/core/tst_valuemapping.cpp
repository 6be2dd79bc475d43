// The import's value maps: which distinct 退職区分 / 雇用形態 values a file holds and what each becomes, the
// choices written back into the mapping (and its profile), a hand-edited profile naming a term the roster
// does not have, and the interpreter reading a company's own wording once it is mapped.
#include "hris/ColumnMapping.h"
#include "hris/RecordInterpreter.h"
#include "hris/ValueMapping.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace alumnidesk;
using namespace alumnidesk::hris;

namespace {

const QStringList kHeader = {QStringLiteral("社員番号"), QStringLiteral("退職区分"), QStringLiteral("雇用形態")};

csv::CsvRecord record(qint64 line, const QString &type, const QString &employment)
{
    csv::CsvRecord r;
    r.line = line;
    r.fields = {QStringLiteral("E%1").arg(line), type, employment};
    return r;
}

const ValueChoice *find(const QVector<ValueChoice> &choices, const QString &value)
{
    for (const ValueChoice &c : choices)
        if (c.value == value)
            return &c;
    return nullptr;
}

} // namespace

class TestValueMapping : public QObject {
    Q_OBJECT
private slots:
    void choicesListEachValueOnceWithItsTerm_data();
    void choicesListEachValueOnceWithItsTerm();
    void unmappedValuesComeFirst();
    void issuesBringValuesThePreviewDidNotShow();
    void noVocabularyColumnNoChoices();
    void choicesAreWrittenIntoTheMapping();
    void profileKeepsChoicesAndDropsUnknownTerms();
    void interpreterReadsMappedWording();
};

void TestValueMapping::choicesListEachValueOnceWithItsTerm_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("automatic");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("recognised, three rows") << QStringLiteral("自己都合") << 3 << QStringLiteral("voluntary")
                                             << QStringLiteral("voluntary");
    QTest::newRow("recognised synonym") << QStringLiteral("懲戒解雇") << 1 << QStringLiteral("disciplinary")
                                        << QStringLiteral("disciplinary");
    QTest::newRow("company wording, unmapped") << QStringLiteral("早期退職優遇制度") << 2 << QString() << QString();
    QTest::newRow("type with its reason in brackets") << QStringLiteral("転籍（関連会社）") << 1 << QStringLiteral("transfer")
                                                      << QStringLiteral("transfer");
    QTest::newRow("trimmed") << QStringLiteral("定年") << 1 << QStringLiteral("retirement") << QStringLiteral("retirement");
}

void TestValueMapping::choicesListEachValueOnceWithItsTerm()
{
    QFETCH(QString, value);
    QFETCH(int, rows);
    QFETCH(QString, automatic);
    QFETCH(QString, chosen);
    const ColumnMapping mapping = ColumnMapping::automatic(kHeader);
    const QVector<csv::CsvRecord> records = {
        record(2, QStringLiteral("自己都合"), QStringLiteral("正社員")),
        record(3, QStringLiteral("早期退職優遇制度"), QStringLiteral("正社員")),
        record(4, QStringLiteral("自己都合"), QStringLiteral("嘱託")),
        record(5, QStringLiteral(" 定年 "), QStringLiteral("正社員")),
        record(6, QStringLiteral("懲戒解雇"), QStringLiteral("正社員")),
        record(7, QStringLiteral("自己都合"), QString()),
        record(8, QStringLiteral("早期退職優遇制度"), QStringLiteral("正社員")),
        record(9, QString(), QStringLiteral("正社員")),
        record(10, QStringLiteral("転籍（関連会社）"), QStringLiteral("正社員")),
    };
    const QVector<ValueChoice> choices = valueChoices(mapping, ValueVocabulary::DepartureType, records);
    QCOMPARE(choices.size(), 5); // the empty value is no value
    const ValueChoice *c = find(choices, value);
    QVERIFY(c);
    QCOMPARE(c->rows, rows);
    QCOMPARE(c->automatic, automatic);
    QCOMPARE(c->chosen, chosen);
}

void TestValueMapping::unmappedValuesComeFirst()
{
    const ColumnMapping mapping = ColumnMapping::automatic(kHeader);
    const QVector<csv::CsvRecord> records = {
        record(2, QStringLiteral("自己都合"), QString()), record(3, QStringLiteral("自己都合"), QString()),
        record(4, QStringLiteral("会社都合"), QString()), record(5, QStringLiteral("選択定年"), QString())};
    const QVector<ValueChoice> choices = valueChoices(mapping, ValueVocabulary::DepartureType, records);
    QCOMPARE(choices.size(), 3);
    QCOMPARE(choices.at(0).value, QStringLiteral("選択定年"));
    QCOMPARE(choices.at(1).value, QStringLiteral("自己都合")); // then by rows
    QCOMPARE(choices.at(2).value, QStringLiteral("会社都合"));
}

void TestValueMapping::issuesBringValuesThePreviewDidNotShow()
{
    const ColumnMapping mapping = ColumnMapping::automatic(kHeader);
    const QVector<csv::CsvRecord> preview = {record(2, QStringLiteral("自己都合"), QStringLiteral("正社員"))};
    ImportIssue far;
    far.line = 9000;
    far.column = 2;
    far.value = QStringLiteral("出向解除");
    ImportIssue again = far;
    again.line = 9001;
    ImportIssue otherColumn = far;
    otherColumn.column = 3;
    otherColumn.value = QStringLiteral("業務委託");
    ImportIssue inPreview;
    inPreview.line = 2;
    inPreview.column = 2;
    inPreview.value = QStringLiteral("自己都合");
    const QVector<ValueChoice> departure =
        valueChoices(mapping, ValueVocabulary::DepartureType, preview, {far, again, otherColumn, inPreview});
    QCOMPARE(departure.size(), 2);
    QCOMPARE(departure.at(0).value, QStringLiteral("出向解除"));
    QCOMPARE(departure.at(0).rows, 2);
    QVERIFY(departure.at(0).chosen.isEmpty());
    QCOMPARE(find(departure, QStringLiteral("自己都合"))->rows, 1); // the preview's row is counted once
    const QVector<ValueChoice> employment =
        valueChoices(mapping, ValueVocabulary::EmploymentType, preview, {far, again, otherColumn});
    QVERIFY(find(employment, QStringLiteral("業務委託")));
    QVERIFY(!find(employment, QStringLiteral("出向解除")));
}

void TestValueMapping::noVocabularyColumnNoChoices()
{
    const ColumnMapping mapping = ColumnMapping::automatic({QStringLiteral("社員番号"), QStringLiteral("氏名")});
    QVERIFY(valueChoices(mapping, ValueVocabulary::DepartureType, {record(2, QStringLiteral("x"), QString())}).isEmpty());
}

void TestValueMapping::choicesAreWrittenIntoTheMapping()
{
    ColumnMapping mapping = ColumnMapping::automatic(kHeader);
    mapping.departureTypeValues.insert(QStringLiteral("依願"), QStringLiteral("voluntary"));
    const QVector<csv::CsvRecord> records = {record(2, QStringLiteral("早期退職優遇制度"), QString()),
                                             record(3, QStringLiteral("自己都合"), QString()),
                                             record(4, QStringLiteral("選択定年"), QString())};
    QVector<ValueChoice> choices = valueChoices(mapping, ValueVocabulary::DepartureType, records);
    QCOMPARE(choices.size(), 4); // 依願 comes from the value map
    for (ValueChoice &c : choices) {
        if (c.value == QStringLiteral("早期退職優遇制度"))
            c.chosen = QStringLiteral("company");
        if (c.value == QStringLiteral("依願"))
            c.chosen.clear(); // taken back
    }
    applyValueChoices(mapping, ValueVocabulary::DepartureType, choices);
    QCOMPARE(mapping.departureTypeValues.value(QStringLiteral("早期退職優遇制度")), QStringLiteral("company"));
    QVERIFY(!mapping.departureTypeValues.contains(QStringLiteral("自己都合"))); // recognised: no entry needed
    QVERIFY(!mapping.departureTypeValues.contains(QStringLiteral("選択定年"))); // still unmapped
    QVERIFY(!mapping.departureTypeValues.contains(QStringLiteral("依願")));
    QVERIFY(mapping.employmentTypeValues.isEmpty());
}

void TestValueMapping::profileKeepsChoicesAndDropsUnknownTerms()
{
    ColumnMapping mapping = ColumnMapping::automatic(kHeader);
    mapping.departureTypeValues.insert(QStringLiteral("早期退職優遇制度"), QStringLiteral("company"));
    mapping.employmentTypeValues.insert(QStringLiteral("業務委託"), QStringLiteral("other"));
    QJsonObject profile = mapping.toProfile();
    const ColumnMapping back = ColumnMapping::fromProfile(kHeader, profile);
    QCOMPARE(back.departureTypeValues, mapping.departureTypeValues);
    QCOMPARE(back.employmentTypeValues, mapping.employmentTypeValues);

    QJsonObject edited = profile.value(QStringLiteral("departure_types")).toObject();
    edited.insert(QStringLiteral("選択定年"), QStringLiteral("early_retirement")); // not a roster term
    profile.insert(QStringLiteral("departure_types"), edited);
    const ColumnMapping checked = ColumnMapping::fromProfile(kHeader, profile);
    QVERIFY(!checked.departureTypeValues.contains(QStringLiteral("選択定年")));
    QCOMPARE(checked.departureTypeValues.value(QStringLiteral("早期退職優遇制度")), QStringLiteral("company"));
}

void TestValueMapping::interpreterReadsMappedWording()
{
    ColumnMapping mapping = ColumnMapping::automatic(kHeader);
    const QStringList fields = {QStringLiteral("E1"), QStringLiteral("早期退職優遇制度"), QStringLiteral("業務委託")};
    const ImportRow before = RecordInterpreter(mapping).interpret(2, fields);
    QVERIFY(before.rejected());
    auto inColumn = [](const ImportRow &row, int column) {
        return std::count_if(row.issues.begin(), row.issues.end(), [column](const ImportIssue &i) { return i.column == column; });
    };
    QCOMPARE(inColumn(before, 2), 1);
    QCOMPARE(inColumn(before, 3), 1);

    QVector<ValueChoice> departure = valueChoices(mapping, ValueVocabulary::DepartureType, {}, before.issues);
    QCOMPARE(departure.size(), 1);
    departure[0].chosen = QStringLiteral("company");
    applyValueChoices(mapping, ValueVocabulary::DepartureType, departure);
    QVector<ValueChoice> employment = valueChoices(mapping, ValueVocabulary::EmploymentType, {}, before.issues);
    QCOMPARE(employment.size(), 1);
    employment[0].chosen = QStringLiteral("other");
    applyValueChoices(mapping, ValueVocabulary::EmploymentType, employment);

    const ImportRow after = RecordInterpreter(mapping).interpret(2, fields);
    QCOMPARE(inColumn(after, 2), 0);
    QCOMPARE(inColumn(after, 3), 0);
    QCOMPARE(after.stint.departureType, QStringLiteral("company"));
    QCOMPARE(after.stint.employmentType, QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestValueMapping)
#include "tst_valuemapping.moc"
