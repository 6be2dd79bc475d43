// The import wizard as an HR officer drives it, offscreen, on the HR export samples: the detected encoding
// is shown with its reason, the columns come preselected, a mapping problem keeps Next disabled, the dry
// run (streaming) counts what an import would do and shows a sample of a large file's people, the import
// fills the roster (and the window's list), a cancelled import changes nothing (also mid-write), a file
// changed since its check is refused, and the import history rolls it back. Workers are waited for, never timed.
#include "TestDatabase.h"

#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "common/Settings.h"
#include "hris/ImportHistory.h"
#include "hris/MappingProfiles.h"
#include "hris/StreamingImport.h"
#include "import/ImportActions.h"
#include "import/ImportChangeModel.h"
#include "import/ImportCheckPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportFormatPage.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportIssueModel.h"
#include "import/ImportMappingPage.h"
#include "import/ImportNewPeopleModel.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "roster/AlumnusRepository.h"
#include "roster/RosterTableModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

constexpr int kWait = 30000; // generous: a slow machine must not fail a test, only take longer

QString copySample(const QTemporaryDir &dir, const QString &name)
{
    const QString from = qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/samples/") + name;
    const QString to = dir.filePath(name);
    if (!QFile::copy(from, to))
        qWarning("cannot copy %s", qPrintable(from));
    return to;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return f.fileName();
}

// A file of `people` leavers, one row each; `department` tells one version of the file from another.
QString writeLeavers(const QTemporaryDir &dir, const QString &name, int people, const QString &department)
{
    QString text = QStringLiteral("社員番号,氏名,入社日,退職日,所属\n");
    for (int i = 0; i < people; ++i)
        text += QStringLiteral("B%1,山田 太郎%2,2010/04/01,2020/03/31,%3\n").arg(i, 5, 10, QLatin1Char('0')).arg(i).arg(department);
    return writeFile(dir, name, text);
}

// Every stored department, in ID order: what a cancelled import must leave as it was.
QStringList departments(Database &db)
{
    QSqlQuery q(db.sql());
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT a.employee_id, s.department FROM alumni a JOIN stints s ON s.alumnus_id = a.id "
                               "ORDER BY a.employee_id, s.hire_date")))
        return {QStringLiteral("error")};
    while (q.next())
        out.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return out;
}

int alumniCount(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM alumni")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool nextEnabled(const ImportWizard &w)
{
    const QWizard::WizardButton button = w.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton;
    return w.button(button)->isEnabled();
}

// Drives a wizard from the file page to the dry run's result.
bool runToCheck(ImportWizard &w, const QString &path)
{
    w.filePage()->setFilePath(path);
    w.next();
    if (w.currentId() != ImportWizard::FormatPageId)
        return false;
    w.next();
    if (w.currentId() != ImportWizard::MappingPageId)
        return false;
    w.next();
    if (w.currentId() != ImportWizard::CheckPageId)
        return false;
    return QTest::qWaitFor([&w] { return !w.checkPage()->isBusy(); }, kWait);
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void detectedEncodingIsShownWithItsReason_data();
    void detectedEncodingIsShownWithItsReason();
    void changingTheDelimiterReadsThePreviewAgain();
    void columnsArePreselectedWithTheirReasons();
    void mappingProblemBlocksNext();
    void mappingProfilesAreSavedLoadedAndDeleted();
    void dryRunCountsNewPeopleAndTheWarning();
    void rejectedRowsAreListedAndSaved();
    void problemsBeyondTheListAreCountedAndSaved();
    void nothingImportableDisablesImport();
    void importFillsTheRosterAndTheList();
    void cancelledImportLeavesTheRosterUnchanged();
    void cancelledDryRunCanBeStartedAgain();
    void moreRowsThanTheSampleAreAllImported();
    void cancelWhileWritingLeavesTheRosterUnchanged();
    void fileChangedSinceTheCheckIsRefused();
    void historyListsTheImportAndRollbackEmptiesTheRoster();
    void rollbackRefusedAfterLaterEditsSaysWhy();
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AlumniDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
}

void TestImportWizard::detectedEncodingIsShownWithItsReason_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("basis");
    QTest::addColumn<QString>("nameInRow7");
    QTest::newRow("cp932") << QStringLiteral("hris_leavers_sample_cp932.csv") << QStringLiteral("CP932")
                           << int(csv::EncodingGuess::Basis::OnlyCleanDecoding) << QStringLiteral("吉田 修");
    QTest::newRow("utf8-bom") << QStringLiteral("hris_leavers_sample_utf8bom.csv") << QStringLiteral("UTF-8")
                              << int(csv::EncodingGuess::Basis::ByteOrderMark) << QStringLiteral("𠮷田 修");
}

void TestImportWizard::detectedEncodingIsShownWithItsReason()
{
    QFETCH(QString, sample);
    QFETCH(QString, encoding);
    QFETCH(int, basis);
    QFETCH(QString, nameInRow7);
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = copySample(dir, sample);
    ImportWizard w(&t.db());
    w.show();
    w.filePage()->setFilePath(path);
    QVERIFY(nextEnabled(w));
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::FormatPageId));
    QCOMPARE(settings::lastImportFolder(), dir.path());

    const csv::EncodingGuess &detected = w.session().detected.encoding;
    QCOMPARE(int(detected.basis), basis);
    QVERIFY(!detected.reason.isEmpty());
    const QString shown = w.formatPage()->encodingReason();
    QVERIFY2(shown.startsWith(encoding) && shown.contains(detected.reason), qPrintable(shown));
    QVERIFY2(w.formatPage()->encodingBox()->currentText().contains(encoding),
             qPrintable(w.formatPage()->encodingBox()->currentText()));

    // The preview: header as column titles, Japanese as written (no mojibake), one extra column for the value
    // past the last header.
    QAbstractItemModel *preview = w.formatPage()->previewView()->model();
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("従業員番号"));
    QCOMPARE(preview->headerData(2, Qt::Horizontal).toString(), QStringLiteral("氏名（フリガナ）"));
    QCOMPARE(preview->rowCount(), 8);
    QCOMPARE(preview->columnCount(), 14);
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("井上 直美"));
    QCOMPARE(preview->index(6, 1).data().toString(), nameInRow7);
    QCOMPARE(preview->index(7, 13).data().toString(), QStringLiteral("※再雇用不可。詳細は人事部長まで"));
    QCOMPARE(preview->headerData(0, Qt::Vertical).toString(), QStringLiteral("2")); // line in the file
}

void TestImportWizard::changingTheDelimiterReadsThePreviewAgain()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    ImportWizard w(&t.db());
    w.show();
    w.filePage()->setFilePath(copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv")));
    w.next();
    QComboBox *delimiter = w.formatPage()->delimiterBox();
    QAbstractItemModel *preview = w.formatPage()->previewView()->model();
    delimiter->setCurrentIndex(delimiter->findData(int(u'\t')));
    QCOMPARE(preview->columnCount(), 1);
    QCOMPARE(w.session().delimiter, std::optional<QChar>(QLatin1Char('\t')));

    // A wrong encoding shows as reading problems, and the user's choice is said beside the detected one.
    QComboBox *encoding = w.formatPage()->encodingBox();
    encoding->setCurrentIndex(encoding->findData(int(csv::TextEncoding::Utf8)));
    QVERIFY2(w.formatPage()->encodingReason().contains(QStringLiteral("UTF-8"))
                 && w.formatPage()->encodingReason().contains(QStringLiteral("CP932")),
             qPrintable(w.formatPage()->encodingReason()));
    auto *problems = w.formatPage()->findChild<QLabel *>(QStringLiteral("previewProblems"));
    QVERIFY(problems && !problems->isHidden());

    encoding->setCurrentIndex(0);
    delimiter->setCurrentIndex(0);
    QCOMPARE(preview->columnCount(), 14);
    QVERIFY(problems->isHidden());
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("井上 直美"));
}

void TestImportWizard::columnsArePreselectedWithTheirReasons()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    ImportWizard w(&t.db());
    w.show();
    w.filePage()->setFilePath(copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv")));
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
    ImportMappingPage *page = w.mappingPage();
    QCOMPARE(page->table()->rowCount(), 13);
    QCOMPARE(page->table()->item(0, 0)->text(), QStringLiteral("従業員番号"));
    QCOMPARE(page->fieldBox(0)->currentData().toInt(), int(hris::ImportField::EmployeeId));
    QCOMPARE(page->fieldBox(0)->currentText(), hris::importFieldLabel(hris::ImportField::EmployeeId));
    QCOMPARE(page->fieldBox(1)->currentData().toInt(), int(hris::ImportField::FullName));
    QCOMPARE(page->fieldBox(3)->currentData().toInt(), int(hris::ImportField::Custom)); // 性別
    QVERIFY(!page->table()->item(0, 3)->text().isEmpty());
    QCOMPARE(page->table()->item(0, 3)->text(), w.session().mapping.columns().at(0).reason);
    QVERIFY(page->table()->item(0, 1)->text().contains(QStringLiteral("100231")));
    QVERIFY(page->isComplete());
    QVERIFY(nextEnabled(w));
}

void TestImportWizard::mappingProblemBlocksNext()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    ImportWizard w(&t.db());
    w.show();
    w.filePage()->setFilePath(copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv")));
    w.next();
    w.next();
    ImportMappingPage *page = w.mappingPage();
    auto *problems = page->findChild<QLabel *>(QStringLiteral("mappingProblems"));
    QVERIFY(problems->isHidden());

    page->setField(0, hris::ImportField::Ignore);
    QVERIFY(!page->isComplete());
    QVERIFY(!nextEnabled(w));
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(hris::ColumnMapping().problems().constFirst()), qPrintable(problems->text()));
    QCOMPARE(page->table()->item(0, 3)->text(), w.session().mapping.columns().at(0).reason); // "chosen by hand"

    // Two columns for one field is a problem too.
    page->setField(0, hris::ImportField::EmployeeId);
    QVERIFY(nextEnabled(w));
    page->setField(2, hris::ImportField::EmployeeId);
    QVERIFY(!nextEnabled(w));
    QVERIFY(problems->text().contains(QStringLiteral("氏名（フリガナ）")));
    page->setField(2, hris::ImportField::FullKana);
    QVERIFY(nextEnabled(w));
    QVERIFY(problems->isHidden());
}

void TestImportWizard::mappingProfilesAreSavedLoadedAndDeleted()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    ImportWizard w(&t.db());
    w.show();
    w.filePage()->setFilePath(copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv")));
    w.next();
    w.next();
    ImportMappingPage *page = w.mappingPage();
    page->setField(3, hris::ImportField::Ignore); // leave 性別 out

    // Save As asks a name: answer the dialog as a user would.
    // No QVERIFY in here: a failure would return before the dialog closes and leave exec() waiting for ever.
    QTimer::singleShot(0, [] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *input = qobject_cast<QInputDialog *>(modal);
        if (!input) {
            if (modal)
                modal->close();
            return;
        }
        input->setTextValue(QStringLiteral("SmartHR 退職者"));
        input->accept();
    });
    page->findChild<QPushButton *>(QStringLiteral("saveProfile"))->click();
    QCOMPARE(page->profileNames(), QStringList{QStringLiteral("SmartHR 退職者")});
    QCOMPARE(w.session().profileName, QStringLiteral("SmartHR 退職者"));
    auto stored = hris::loadProfile(t.db(), QStringLiteral("SmartHR 退職者"));
    QVERIFY2(stored, qPrintable(stored.errorText()));

    page->setField(3, hris::ImportField::Custom);
    QVERIFY(w.session().profileName.isEmpty());
    QVERIFY(page->loadProfile(QStringLiteral("SmartHR 退職者")));
    QCOMPARE(page->fieldBox(3)->currentData().toInt(), int(hris::ImportField::Ignore));
    QCOMPARE(page->fieldBox(0)->currentData().toInt(), int(hris::ImportField::EmployeeId));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->findChild<QPushButton *>(QStringLiteral("deleteProfile"))->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("SmartHR 退職者")));
    QVERIFY(page->profileNames().isEmpty());
}

void TestImportWizard::dryRunCountsNewPeopleAndTheWarning()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    ImportWizard w(&t.db());
    w.show();
    QVERIFY(runToCheck(w, copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv"))));
    ImportCheckPage *page = w.checkPage();
    const hris::ImportPlan *plan = w.session().plan.get();
    QVERIFY2(plan, qPrintable(page->verdict()));
    QCOMPARE(plan->rows, 8);
    QCOMPARE(plan->count(hris::PlannedPerson::Insert), 7); // 齋藤 健太 twice: one boomerang, two stints
    QCOMPARE(plan->count(hris::PlannedPerson::Update), 0);
    QCOMPARE(plan->rejectedRows, 0);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("newCount"))->text(), QStringLiteral("7"));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("rejectedCount"))->text(), QStringLiteral("0"));

    QCOMPARE(page->issueModel()->rowCount(), 1);
    const hris::ImportIssue *warning = page->issueModel()->issueAt(0);
    QCOMPARE(int(warning->severity), int(hris::ImportIssue::Warning));
    QCOMPARE(warning->line, 9);
    QCOMPARE(warning->column, 14);
    QCOMPARE(page->issueModel()->index(0, ImportIssueModel::Line).data().toInt(), 9);
    QCOMPARE(page->issueModel()->index(0, ImportIssueModel::Value).data().toString(),
             QStringLiteral("※再雇用不可。詳細は人事部長まで"));
    QCOMPARE(page->newPeopleModel()->rowCount(), 7);
    QCOMPARE(page->changeModel()->rowCount(), 0);
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("saveRejected"))->isEnabled());
    QVERIFY(page->canImport());
    QVERIFY(nextEnabled(w));
    QCOMPARE(alumniCount(t.db()), 0); // a dry run writes nothing
}

void TestImportWizard::rejectedRowsAreListedAndSaved()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("leavers.csv"),
                                   QStringLiteral("社員番号,氏名,入社日,退職日\n"
                                                  "A001,山田 太郎,2010/04/01,2020/03/31\n"
                                                  "A002,佐藤 花子,2012/04/01,2023/02/30\n"
                                                  ",鈴木 一郎,2015/04/01,2021/09/30\n"));
    ImportWizard w(&t.db());
    w.show();
    QVERIFY(runToCheck(w, path));
    ImportCheckPage *page = w.checkPage();
    const hris::ImportPlan *plan = w.session().plan.get();
    QVERIFY(plan);
    QCOMPARE(plan->count(hris::PlannedPerson::Insert), 1);
    QCOMPARE(plan->rejectedRows, 2);
    int errors = 0;
    for (int r = 0; r < page->issueModel()->rowCount(); ++r)
        errors += page->issueModel()->issueAt(r)->severity == hris::ImportIssue::Error ? 1 : 0;
    QVERIFY2(errors >= 2, qPrintable(QString::number(errors)));
    QCOMPARE(page->issueModel()->index(0, ImportIssueModel::Severity).data().toString(), ImportIssueModel::tr("Error"));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("saveRejected"))->isEnabled());
    QVERIFY(page->canImport());

    const QString errorsPath = dir.filePath(QStringLiteral("rejected.csv"));
    page->saveRejectedRows(errorsPath); // on a worker: the file is read again
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSaving(), kWait);
    const Status saved = page->savedStatus();
    QVERIFY2(saved, qPrintable(saved.errorText()));
    QFile f(errorsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("A002")));
    QVERIFY(text.contains(QStringLiteral("鈴木 一郎")));
    QVERIFY(!text.contains(QStringLiteral("A001")));
}

void TestImportWizard::problemsBeyondTheListAreCountedAndSaved()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    QString text = QStringLiteral("社員番号,氏名,入社日,退職日\n");
    for (int i = 1; i <= 100; ++i)
        text += QStringLiteral("B%1,山田 太郎,2010/04/01,2020/02/30\n").arg(i, 3, 10, QLatin1Char('0'));
    text += QStringLiteral("A001,佐藤 花子,2012/04/01,2023/03/31\n");
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), text);
    hris::ImportIssueList::setDefaultMemoryLimit(10); // the list keeps 10, the rest wait in a file
    ImportWizard w(&t.db());
    w.show();
    const bool checked = runToCheck(w, path);
    hris::ImportIssueList::setDefaultMemoryLimit(hris::ImportIssueList::kDefaultMemoryLimit);
    QVERIFY(checked);
    ImportCheckPage *page = w.checkPage();
    const hris::ImportPlan *plan = w.session().plan.get();
    QVERIFY(plan);
    QCOMPARE(plan->rejectedRows, 100);
    QCOMPARE(page->issueModel()->rowCount(), 10);
    // The tab counts every problem; the note says how many more there are than the list shows.
    const QString tab = page->findChild<QTabWidget *>(QStringLiteral("checkTabs"))->tabText(2);
    QVERIFY2(tab.contains(QLocale().toString(100)), qPrintable(tab));
    const QString note = page->sampleNote();
    QVERIFY2(note.contains(ImportCheckPage::tr("showing the first %1 of %2 problems, %3 more are not listed (Save Rejected "
                                               "Rows writes every rejected row with its reasons)")
                               .arg(QLocale().toString(10), QLocale().toString(100), QLocale().toString(90))),
             qPrintable(note));

    const QString errorsPath = dir.filePath(QStringLiteral("rejected.csv"));
    page->saveRejectedRows(errorsPath);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSaving(), kWait);
    QVERIFY2(page->savedStatus(), qPrintable(page->savedStatus().errorText()));
    QFile f(errorsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 101);
    QVERIFY(lines.at(1).contains(QStringLiteral("B001")));
    QVERIFY(lines.at(100).contains(QStringLiteral("B100")));
}

void TestImportWizard::nothingImportableDisablesImport()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.csv"),
                                   QStringLiteral("社員番号,氏名,入社日,退職日\n"
                                                  "A002,佐藤 花子,2012/04/01,2023/02/30\n"
                                                  ",鈴木 一郎,2015/04/01,2021/09/30\n"));
    ImportWizard w(&t.db());
    w.show();
    QVERIFY(runToCheck(w, path));
    QCOMPARE(w.session().plan->rejectedRows, 2);
    QVERIFY(!w.checkPage()->canImport());
    QVERIFY(!w.checkPage()->isComplete());
    QVERIFY(!nextEnabled(w));
    QVERIFY(!w.checkPage()->verdict().isEmpty());
}

void TestImportWizard::importFillsTheRosterAndTheList()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv"));
    MainWindow window;
    QVERIFY(window.openDatabase(t.path()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.rosterModel()->isLoading(), kWait);
    QCOMPARE(window.rosterModel()->rowCount(), 0);

    ImportWizard *w = window.importActions()->showImportWizard();
    QVERIFY(w);
    QVERIFY(w->isVisible());
    QVERIFY(runToCheck(*w, path));
    QVERIFY(w->checkPage()->isCommitPage());
    w->next();
    QCOMPARE(w->currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!w->runPage()->isBusy(), kWait);
    QCOMPARE(int(w->runPage()->state()), int(ImportRunPage::State::Done));
    QVERIFY(w->runPage()->isComplete());
    QCOMPARE(w->session().summary->inserted, 7);

    QCOMPARE(alumniCount(*window.database()), 7);
    QTRY_COMPARE_WITH_TIMEOUT(window.rosterModel()->rowCount(), 7, kWait);
    AlumnusRepository repo(*window.database(), QStringLiteral("test"));
    auto saito = repo.loadByEmployeeId(QStringLiteral("100318"));
    QVERIFY2(saito, qPrintable(saito.errorText()));
    QCOMPARE(saito->stints.size(), 2);
    auto imports = hris::listImports(*window.database());
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
    QCOMPARE(imports->constFirst().source, QStringLiteral("ui"));
    QCOMPARE(imports->constFirst().encoding, QStringLiteral("CP932"));
    QCOMPARE(imports->constFirst().fileName, QStringLiteral("hris_leavers_sample_cp932.csv"));

    // The same file again: nothing to import, and the wizard says so.
    w->accept();
    ImportWizard *again = window.importActions()->showImportWizard();
    QVERIFY(again != nullptr && again != w);
    QVERIFY(runToCheck(*again, path));
    QCOMPARE(again->session().plan->count(hris::PlannedPerson::Unchanged), 7);
    QVERIFY(!again->checkPage()->canImport());
    QVERIFY(!nextEnabled(*again));
    again->reject();
}

void TestImportWizard::cancelledImportLeavesTheRosterUnchanged()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    ImportWizard w(&t.db());
    bool announced = false;
    connect(&w, &ImportWizard::rosterChanged, this, [&announced] { announced = true; });
    w.show();
    QVERIFY(runToCheck(w, copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv"))));
    // Cancel from inside the import, at its first progress report: it has begun writing, not yet committed.
    w.runPage()->job()->setProgressObserver([](BackgroundJob &job) { job.cancel(); });
    w.next();
    QTRY_VERIFY_WITH_TIMEOUT(!w.runPage()->isBusy(), kWait);
    QCOMPARE(int(w.runPage()->state()), int(ImportRunPage::State::Cancelled));
    QVERIFY2(w.runPage()->resultText().contains(ImportRunPage::tr("Nothing was changed")),
             qPrintable(w.runPage()->resultText()));
    QVERIFY(!announced);
    QCOMPARE(alumniCount(t.db()), 0);
    auto imports = hris::listImports(t.db());
    QVERIFY(imports);
    QVERIFY(imports->isEmpty());
}

void TestImportWizard::cancelledDryRunCanBeStartedAgain()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    ImportWizard w(&t.db());
    w.show();
    w.filePage()->setFilePath(copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv")));
    w.next();
    w.next();
    w.checkPage()->job()->setProgressObserver([](BackgroundJob &job) { job.cancel(); });
    w.next();
    QTRY_VERIFY_WITH_TIMEOUT(!w.checkPage()->isBusy(), kWait);
    QVERIFY(!w.session().plan);
    QVERIFY(!nextEnabled(w));
    QVERIFY(!w.checkPage()->verdict().isEmpty());

    w.checkPage()->job()->setProgressObserver({});
    w.checkPage()->findChild<QPushButton *>(QStringLiteral("checkAgain"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!w.checkPage()->isBusy(), kWait);
    QVERIFY(w.session().plan);
    QCOMPARE(w.session().plan->count(hris::PlannedPerson::Insert), 7);
    QVERIFY(nextEnabled(w));
}

void TestImportWizard::moreRowsThanTheSampleAreAllImported()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const int people = 1200; // more than the check shows (1,000 new people)
    const QString path = writeLeavers(dir, QStringLiteral("many.csv"), people, QStringLiteral("営業部"));
    ImportWizard w(&t.db());
    w.show();
    QCOMPARE(w.session().sampleLimit, 1000);
    QVERIFY(runToCheck(w, path));
    ImportCheckPage *page = w.checkPage();
    const hris::ImportPlan *plan = w.session().plan.get();
    QVERIFY2(plan, qPrintable(page->verdict()));
    QCOMPARE(plan->rows, people);
    QCOMPARE(plan->count(hris::PlannedPerson::Insert), people);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("newCount"))->text(), QLocale().toString(people));
    QCOMPARE(page->newPeopleModel()->rowCount(), 1000);
    // The table is a sample, and the page says so with both numbers.
    const QString note = page->sampleNote();
    QVERIFY2(note.contains(QLocale().toString(1000)) && note.contains(QLocale().toString(people)), qPrintable(note));
    QVERIFY2(note.contains(ImportCheckPage::tr("showing the first %1 of %2 new people")
                               .arg(QLocale().toString(1000), QLocale().toString(people))),
             qPrintable(note));
    const QString tab = page->findChild<QTabWidget *>(QStringLiteral("checkTabs"))->tabText(0);
    QVERIFY2(tab.contains(QLocale().toString(people)), qPrintable(tab));

    w.next();
    QTRY_VERIFY_WITH_TIMEOUT(!w.runPage()->isBusy(), kWait);
    QCOMPARE(int(w.runPage()->state()), int(ImportRunPage::State::Done));
    QCOMPARE(w.session().summary->inserted, people);
    QCOMPARE(alumniCount(t.db()), people);
    auto imports = hris::listImports(t.db());
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
    QCOMPARE(imports->constFirst().source, QStringLiteral("ui"));
    QCOMPARE(imports->constFirst().inserted, people);
}

void TestImportWizard::cancelWhileWritingLeavesTheRosterUnchanged()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const int people = 1200;
    {
        ImportWizard w(&t.db());
        w.show();
        QVERIFY(runToCheck(w, writeLeavers(dir, QStringLiteral("first.csv"), people, QStringLiteral("営業部"))));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.runPage()->isBusy(), kWait);
        QCOMPARE(int(w.runPage()->state()), int(ImportRunPage::State::Done));
    }
    const QStringList before = departments(t.db());
    QCOMPARE(before.size(), people);

    // Everyone moves department: each person is planned and written one by one. Cancel when the writing has
    // gone some way (progress is reported every 256 people), not yet committed.
    ImportWizard w(&t.db());
    bool announced = false;
    connect(&w, &ImportWizard::rosterChanged, this, [&announced] { announced = true; });
    w.show();
    QVERIFY(runToCheck(w, writeLeavers(dir, QStringLiteral("second.csv"), people, QStringLiteral("人事部"))));
    QCOMPARE(w.session().plan->count(hris::PlannedPerson::Update), people);
    bool cancelledWhileWriting = false;
    w.runPage()->job()->setProgressObserver([&cancelledWhileWriting](BackgroundJob &job) {
        if (job.phase() == int(hris::ImportPhase::Writing) && job.done() >= 256 && !job.isCancelRequested()) {
            cancelledWhileWriting = true;
            job.cancel();
        }
    });
    w.next();
    QTRY_VERIFY_WITH_TIMEOUT(!w.runPage()->isBusy(), kWait);
    QVERIFY(cancelledWhileWriting);
    QCOMPARE(int(w.runPage()->state()), int(ImportRunPage::State::Cancelled));
    QVERIFY(!announced);
    QCOMPARE(departments(t.db()), before);
    auto imports = hris::listImports(t.db());
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
}

void TestImportWizard::fileChangedSinceTheCheckIsRefused()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = writeLeavers(dir, QStringLiteral("changing.csv"), 3, QStringLiteral("営業部"));
    ImportWizard w(&t.db());
    w.show();
    QVERIFY(runToCheck(w, path));
    QVERIFY(w.checkPage()->canImport());
    // Someone saves the file again (one more row) after the check and before Import.
    QVERIFY(!writeLeavers(dir, QStringLiteral("changing.csv"), 4, QStringLiteral("営業部")).isEmpty());
    w.next();
    QTRY_VERIFY_WITH_TIMEOUT(!w.runPage()->isBusy(), kWait);
    QCOMPARE(int(w.runPage()->state()), int(ImportRunPage::State::Failed));
    QVERIFY2(w.runPage()->resultText().contains(QStringLiteral("changed since it was checked")),
             qPrintable(w.runPage()->resultText()));
    QCOMPARE(alumniCount(t.db()), 0);
    auto imports = hris::listImports(t.db());
    QVERIFY(imports);
    QVERIFY(imports->isEmpty());
}

void TestImportWizard::historyListsTheImportAndRollbackEmptiesTheRoster()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openDatabase(t.path()));
    ImportWizard *w = window.importActions()->showImportWizard();
    QVERIFY(runToCheck(*w, copySample(dir, QStringLiteral("hris_leavers_sample_utf8bom.csv"))));
    w->next();
    QTRY_VERIFY_WITH_TIMEOUT(!w->runPage()->isBusy(), kWait);
    w->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window.rosterModel()->rowCount(), 7, kWait);

    ImportHistoryDialog *history = window.importActions()->showImportHistory();
    QVERIFY(history);
    QCOMPARE(history->table()->rowCount(), 1);
    QCOMPARE(history->table()->item(0, 2)->text(), QStringLiteral("hris_leavers_sample_utf8bom.csv"));
    QVERIFY(!history->table()->item(0, 0)->text().isEmpty()); // when
    QCOMPARE(history->table()->item(0, 4)->text(), QStringLiteral("8")); // rows
    QCOMPARE(history->table()->item(0, 5)->text(), QStringLiteral("7")); // new
    QCOMPARE(history->table()->item(0, 8)->text(), QStringLiteral("0")); // rejected
    QVERIFY(history->table()->item(0, 9)->text().isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    history->rollBackLast();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("hris_leavers_sample_utf8bom.csv")));
    QVERIFY(!history->isBusy());
    QCOMPARE(alumniCount(*window.database()), 7);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    history->findChild<QPushButton *>(QStringLiteral("rollBack"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!history->isBusy(), kWait);
    QCOMPARE(alumniCount(*window.database()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.rosterModel()->rowCount(), 0, kWait);
    QVERIFY(!history->table()->item(0, 9)->text().isEmpty());
    QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("rollBack"))->isEnabled());
    history->reject();
}

void TestImportWizard::rollbackRefusedAfterLaterEditsSaysWhy()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    {
        ImportWizard w(&t.db());
        w.show();
        QVERIFY(runToCheck(w, copySample(dir, QStringLiteral("hris_leavers_sample_cp932.csv"))));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.runPage()->isBusy(), kWait);
        QCOMPARE(int(w.runPage()->state()), int(ImportRunPage::State::Done));
    }
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    auto inoue = repo.loadByEmployeeId(QStringLiteral("100231"));
    QVERIFY(inoue);
    Alumnus edited = inoue.value();
    edited.notes = QStringLiteral("交流会に参加");
    QVERIFY(repo.save(edited));

    ImportHistoryDialog history(&t.db());
    bool announced = false;
    connect(&history, &ImportHistoryDialog::rosterChanged, this, [&announced] { announced = true; });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    history.rollBackLast();
    MessageBox::setNextAnswer(QMessageBox::Ok); // the refusal, when it comes
    QTRY_VERIFY_WITH_TIMEOUT(!history.isBusy(), kWait);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("100231")), qPrintable(MessageBox::lastText()));
    QVERIFY(!announced);
    QCOMPARE(alumniCount(t.db()), 7);
    QVERIFY(history.table()->item(0, 9)->text().isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
