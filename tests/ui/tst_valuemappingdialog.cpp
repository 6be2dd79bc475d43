// Map Values, offscreen: the dialog lists the file's departure and employment types with their terms, a
// recognised value cannot be left unmapped, a choice ends up in the mapping; in the wizard, a dry run that
// rejects rows for an unknown 退職区分 offers Map Values, and checking again with the value mapped lets them in.
#include "TestDatabase.h"

#include "hris/ImportPlan.h"
#include "import/ImportCheckPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportSession.h"
#include "import/ImportWizard.h"
#include "import/ValueMappingDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

constexpr int kWait = 30000;

const QStringList kHeader = {QStringLiteral("社員番号"), QStringLiteral("氏名"), QStringLiteral("退職区分"),
                             QStringLiteral("雇用形態")};

csv::CsvRecord record(qint64 line, const QString &type, const QString &employment)
{
    csv::CsvRecord r;
    r.line = line;
    r.fields = {QStringLiteral("E%1").arg(line), QStringLiteral("山田 太郎"), type, employment};
    return r;
}

} // namespace

class TestValueMappingDialog : public QObject {
    Q_OBJECT
private slots:
    void listsValuesWithTheirTerms();
    void choiceEndsUpInTheMapping();
    void withoutVocabularyColumnsThereIsNothingToMap();
    void dryRunOffersMapValuesAndCheckingAgainAdmitsTheRows();
};

void TestValueMappingDialog::listsValuesWithTheirTerms()
{
    const hris::ColumnMapping mapping = hris::ColumnMapping::automatic(kHeader);
    ValueMappingDialog dialog(mapping, {record(2, QStringLiteral("自己都合"), QStringLiteral("正社員")),
                                        record(3, QStringLiteral("早期退職優遇制度"), QStringLiteral("嘱託"))},
                              {});
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QComboBox *recognised = dialog.termBox(hris::ValueVocabulary::DepartureType, QStringLiteral("自己都合"));
    QVERIFY(recognised);
    QCOMPARE(recognised->currentData().toString(), QStringLiteral("voluntary"));
    QCOMPARE(recognised->findData(QString()), -1); // a recognised value always has its term
    QComboBox *unknown = dialog.termBox(hris::ValueVocabulary::DepartureType, QStringLiteral("早期退職優遇制度"));
    QVERIFY(unknown);
    QVERIFY(unknown->currentData().toString().isEmpty());
    QCOMPARE(dialog.termBox(hris::ValueVocabulary::EmploymentType, QStringLiteral("嘱託"))->currentData().toString(),
             QStringLiteral("contract"));
    QCOMPARE(dialog.unmappedCount(), 1);
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("valueSummary"))->text().isEmpty());
}

void TestValueMappingDialog::choiceEndsUpInTheMapping()
{
    const hris::ColumnMapping mapping = hris::ColumnMapping::automatic(kHeader);
    ValueMappingDialog dialog(mapping, {record(2, QStringLiteral("早期退職優遇制度"), QStringLiteral("業務委託"))}, {});
    QComboBox *departure = dialog.termBox(hris::ValueVocabulary::DepartureType, QStringLiteral("早期退職優遇制度"));
    departure->setCurrentIndex(departure->findData(QStringLiteral("company")));
    QCOMPARE(dialog.unmappedCount(), 1); // 業務委託 still has none
    QComboBox *employment = dialog.termBox(hris::ValueVocabulary::EmploymentType, QStringLiteral("業務委託"));
    employment->setCurrentIndex(employment->findData(QStringLiteral("other")));
    QCOMPARE(dialog.unmappedCount(), 0);
    const hris::ColumnMapping chosen = dialog.mapping();
    QCOMPARE(chosen.departureTypeValues.value(QStringLiteral("早期退職優遇制度")), QStringLiteral("company"));
    QCOMPARE(chosen.employmentTypeValues.value(QStringLiteral("業務委託")), QStringLiteral("other"));
}

void TestValueMappingDialog::withoutVocabularyColumnsThereIsNothingToMap()
{
    const hris::ColumnMapping mapping =
        hris::ColumnMapping::automatic({QStringLiteral("社員番号"), QStringLiteral("氏名")});
    QVERIFY(!ValueMappingDialog::hasVocabularyColumns(mapping));
    ValueMappingDialog dialog(mapping, {}, {});
    QCOMPARE(dialog.findChild<QTabWidget *>()->count(), 0);
    QCOMPARE(dialog.unmappedCount(), 0);
}

void TestValueMappingDialog::dryRunOffersMapValuesAndCheckingAgainAdmitsTheRows()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leavers.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("社員番号,氏名,フリガナ,入社日,退職日,退職区分\r\n"
                               "A001,山田 太郎,ヤマダ タロウ,2010/04/01,2020/03/31,自己都合\r\n"
                               "A002,佐藤 花子,サトウ ハナコ,2012/04/01,2021/09/30,早期退職優遇制度\r\n")
                    .toUtf8());
    }
    ImportWizard w(&t.db());
    w.show();
    w.filePage()->setFilePath(path);
    w.next();
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::CheckPageId));
    ImportCheckPage *page = w.checkPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWait);
    QVERIFY(w.session().plan);
    QCOMPARE(w.session().plan->rejectedRows, 1);
    QCOMPARE(page->unmappedValues(), 1);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("mapValues"));
    QVERIFY(button && button->isVisible());

    ValueMappingDialog dialog(w.session().mapping, w.session().preview.rows, w.session().plan->issues.kept());
    QComboBox *box = dialog.termBox(hris::ValueVocabulary::DepartureType, QStringLiteral("早期退職優遇制度"));
    QVERIFY(box);
    box->setCurrentIndex(box->findData(QStringLiteral("company")));
    page->remapValues(dialog.mapping());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWait);
    QVERIFY(w.session().plan);
    QCOMPARE(w.session().plan->rejectedRows, 0);
    QCOMPARE(w.session().plan->count(hris::PlannedPerson::Insert), 2);
    QCOMPARE(page->unmappedValues(), 0);
    QVERIFY(!button->isVisible());
    QCOMPARE(w.session().mapping.departureTypeValues.value(QStringLiteral("早期退職優遇制度")), QStringLiteral("company"));
}

QTEST_MAIN(TestValueMappingDialog)
#include "tst_valuemappingdialog.moc"
