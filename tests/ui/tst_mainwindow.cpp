// The window as a user drives it, offscreen: type in the search box and the table follows; add, edit and
// delete through the dialog, then undo and redo, and the file holds what the screen shows.
#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "editor/AlumnusDialog.h"
#include "editor/StintTableModel.h"
#include "kpi/KpiDashboard.h"
#include "kpi/KpiWindow.h"
#include "main/MainWindow.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"
#include "roster/AlumnusRepository.h"
#include "roster/DetailPane.h"
#include "roster/RosterChangeWatcher.h"
#include "roster/FilterBar.h"
#include "roster/RosterTableModel.h"
#include "roster/RosterView.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

void waitLoaded(MainWindow &w)
{
    QTRY_VERIFY_WITH_TIMEOUT(!w.rosterModel()->isLoading(), 10000);
}

// Answers the next modal AlumnusDialog: lets `change` edit its fields, then presses OK. The returned flag
// says whether the dialog was there; the caller checks it after the dialog returned. No QVERIFY in the timer
// callback: a failure there returns before the dialog is closed, and exec() then never returns.
std::shared_ptr<bool> answerDialog(const std::function<void(AlumnusDialog *)> &change)
{
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(0, [change, answered] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<AlumnusDialog *>(modal);
        if (!dialog) {
            if (modal)
                modal->close();
            return;
        }
        change(dialog);
        *answered = true;
        dialog->accept();
    });
    return answered;
}

QString storedFamilyName(Database &db, const QString &employeeId)
{
    AlumnusRepository repo(db, QStringLiteral("test"));
    auto a = repo.loadByEmployeeId(employeeId);
    return a ? a->familyName : QString();
}

qint64 idOfName(MainWindow &w, const QString &givenName)
{
    RosterTableModel *m = w.rosterModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->data(m->index(r, int(RosterColumn::Name))).toString().endsWith(givenName))
            return m->idAt(r);
    }
    return 0;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void searchBoxFiltersTheTable();
    void editThenUndoRestoresTheFile();
    void addThenUndoRemovesTheRecord();
    void deleteAsksAndUndoBringsItBack();
    void invalidEditKeepsTheDialogOpen();
    void okWithoutChangesPushesNothing();
    void kpiDashboardFollowsTheFileAndClosesWithTheWindow();
    void writesByAnotherProgramReachTheList();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

static void fill(Database &db)
{
    AlumnusRepository repo(db, QStringLiteral("test"));
    QVERIFY(repo.add(test::makeAlumnus(QStringLiteral("100001"), QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ"))));
    QVERIFY(repo.add(test::makeAlumnus(QStringLiteral("100002"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"))));
    QVERIFY(repo.add(test::makeAlumnus(QStringLiteral("100003"), QStringLiteral("田中 一郎"), QStringLiteral("タナカ イチロウ"))));
    QVERIFY(repo.add(test::makeAlumnus(QStringLiteral("100004"), QStringLiteral("佐藤 健"), QStringLiteral("サトウ ケン"))));
}

void TestMainWindow::searchBoxFiltersTheTable()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    waitLoaded(w);
    QCOMPARE(w.rosterModel()->rowCount(), 4);
    QLineEdit *search = w.filterBar()->searchEdit();
    // QTest::keyClicks speaks only Latin-1; an IME commits Japanese text as one insertion, like this.
    search->insert(QStringLiteral("田中"));
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 2, 5000);
    search->clear();
    search->insert(QStringLiteral("林"));
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 1, 5000);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 4, 5000);
}

void TestMainWindow::editThenUndoRestoresTheFile()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    waitLoaded(w);
    const qint64 id = w.rosterModel()->idAt(0);
    const QString employeeId = w.rosterModel()->data(w.rosterModel()->index(0, int(RosterColumn::EmployeeId))).toString();
    const QString before = storedFamilyName(*w.database(), employeeId);
    w.rosterView()->selectId(id);

    const auto answered = answerDialog([](AlumnusDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("familyName"))->setText(QStringLiteral("髙橋"));
    });
    w.editAlumnus(id);
    QVERIFY(*answered);
    QCOMPARE(storedFamilyName(*w.database(), employeeId), QStringLiteral("髙橋"));
    QCOMPARE(w.undoStack()->count(), 1);
    QVERIFY(w.undoStack()->undoText().contains(QStringLiteral("髙橋")));
    QTRY_VERIFY(w.detailPane()->plainText().contains(QStringLiteral("髙橋")));

    w.undoStack()->undo();
    QCOMPARE(storedFamilyName(*w.database(), employeeId), before);
    w.undoStack()->redo();
    QCOMPARE(storedFamilyName(*w.database(), employeeId), QStringLiteral("髙橋"));

    // The audit trail holds the change and its reversal, by the OS user.
    QSqlQuery q(w.database()->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'family_name'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestMainWindow::addThenUndoRemovesTheRecord()
{
    test::TestDatabase t;
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    waitLoaded(w);
    const auto answered = answerDialog([](AlumnusDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("employeeId"))->setText(QStringLiteral("Ｅ０００５"));
        d->findChild<QLineEdit *>(QStringLiteral("familyName"))->setText(QStringLiteral("森"));
        d->findChild<QLineEdit *>(QStringLiteral("givenName"))->setText(QStringLiteral("拓海"));
        d->findChild<QLineEdit *>(QStringLiteral("familyKana"))->setText(QStringLiteral("ﾓﾘ"));
        d->findChild<QLineEdit *>(QStringLiteral("givenKana"))->setText(QStringLiteral("たくみ"));
        auto *stints = d->findChild<QTableView *>(QStringLiteral("stints"))->model();
        QVERIFY(stints->setData(stints->index(0, StintTableModel::HireDate), QStringLiteral("H22.4.1")));
        QVERIFY(stints->setData(stints->index(0, StintTableModel::DepartureDate), QStringLiteral("令和2年12月31日")));
    });
    w.addAlumnus();
    QVERIFY(*answered);
    QCOMPARE(w.undoStack()->count(), 1);
    AlumnusRepository repo(*w.database(), QStringLiteral("test"));
    auto stored = repo.loadByEmployeeId(QStringLiteral("E0005"));
    QVERIFY2(stored, qPrintable(stored.errorText()));
    QCOMPARE(stored->displayKana(), QStringLiteral("モリ タクミ"));
    QCOMPARE(stored->stints.constFirst().hireDate, QDate(2010, 4, 1));
    QCOMPARE(stored->stints.constFirst().departureDate, QDate(2020, 12, 31));
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 1, 5000);

    w.undoStack()->undo();
    QVERIFY(!repo.loadByEmployeeId(QStringLiteral("E0005")));
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 0, 5000);
    w.undoStack()->redo();
    auto again = repo.loadByEmployeeId(QStringLiteral("E0005"));
    QVERIFY(again);
    QCOMPARE(again->id, stored->id);
    QCOMPARE(again->stints.size(), 1);
}

void TestMainWindow::deleteAsksAndUndoBringsItBack()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    waitLoaded(w);
    const qint64 id = w.rosterModel()->idAt(1);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.deleteAlumnus(id);
    QCOMPARE(w.undoStack()->count(), 0);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("100")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.deleteAlumnus(id);
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 3, 5000);
    w.undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 4, 5000);
    QVERIFY(w.rosterModel()->rowOf(id) >= 0); // same row id as before
}

void TestMainWindow::invalidEditKeepsTheDialogOpen()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    waitLoaded(w);
    const qint64 id = w.rosterModel()->idAt(0);
    bool stillOpen = false;
    bool hadIssues = false;
    QTimer::singleShot(0, [&stillOpen, &hadIssues] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *d = qobject_cast<AlumnusDialog *>(modal);
        if (!d) {
            if (modal)
                modal->close();
            return;
        }
        d->findChild<QLineEdit *>(QStringLiteral("birthDate"))->setText(QStringLiteral("1990年2月30日")); // no such day
        d->accept();
        stillOpen = d->isVisible();
        hadIssues = !d->lastIssues().isEmpty();
        d->reject();
    });
    w.editAlumnus(id);
    QVERIFY(stillOpen);
    QVERIFY(hadIssues);
    QCOMPARE(w.undoStack()->count(), 0);
}

void TestMainWindow::okWithoutChangesPushesNothing()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    waitLoaded(w);
    const qint64 id = w.rosterModel()->idAt(0);
    const auto answered = answerDialog([](AlumnusDialog *) {});
    w.editAlumnus(id);
    QVERIFY(*answered);
    QCOMPARE(w.undoStack()->count(), 0);
    QVERIFY(w.undoStack()->isClean());
}

void TestMainWindow::kpiDashboardFollowsTheFileAndClosesWithTheWindow()
{
    test::TestDatabase t;
    fill(t.db());
    auto w = std::make_unique<MainWindow>();
    QVERIFY(w->openDatabase(t.path()));
    waitLoaded(*w);
    QAction *open = nullptr;
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K))
            open = a;
    }
    QVERIFY(open);
    open->trigger();
    auto *window = w->findChild<KpiWindow *>();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QSignalSpy refreshed(window->dashboard(), &KpiDashboard::refreshed);
    QVERIFY(refreshed.wait(20000));
    // Destroyed while the figures of a new refresh are being computed: the worker is waited for first.
    window->dashboard()->refresh();
    w.reset();
}

void TestMainWindow::writesByAnotherProgramReachTheList()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    waitLoaded(w);
    QCOMPARE(w.rosterModel()->rowCount(), 4);
    const int row = w.rosterModel()->rowOf(w.rosterModel()->idAt(0));
    QCOMPARE(row, 0);
    const QString shownBefore = w.rosterModel()->data(w.rosterModel()->index(0, int(RosterColumn::Name))).toString();

    // Nothing changed: looking finds nothing.
    QSignalSpy roster(w.changeWatcher(), &RosterChangeWatcher::rosterChanged);
    w.changeWatcher()->check();
    QCOMPARE(roster.count(), 0);

    // Another program (its own connection) adds a person and renames the first row's person.
    {
        auto other = Database::open(t.path());
        QVERIFY(other);
        AlumnusRepository repo(*other, QStringLiteral("cli"));
        QVERIFY(repo.add(test::makeAlumnus(QStringLiteral("100005"), QStringLiteral("阿部 進"), QStringLiteral("アベ ススム"))));
        auto first = repo.load(w.rosterModel()->idAt(0));
        QVERIFY(first);
        Alumnus renamed = first.value();
        renamed.givenName = QStringLiteral("改名");
        QVERIFY(repo.save(renamed));
    }
    w.changeWatcher()->check();
    QCOMPARE(roster.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 5, 5000);
    waitLoaded(w);
    const int renamedRow = w.rosterModel()->rowOf(idOfName(w, QStringLiteral("改名")));
    QVERIFY(renamedRow >= 0);
    QVERIFY(w.rosterModel()->data(w.rosterModel()->index(renamedRow, int(RosterColumn::Name))).toString() != shownBefore);
    // The window's own edit is not reported as someone else's.
    w.changeWatcher()->check();
    QCOMPARE(roster.count(), 1);

    // Another program puts someone in the pipeline: not a roster change, but the In pipeline column follows.
    QSignalSpy otherData(w.changeWatcher(), &RosterChangeWatcher::otherDataChanged);
    const qint64 first = w.rosterModel()->idAt(0);
    QCOMPARE(w.rosterModel()->data(w.rosterModel()->index(0, int(RosterColumn::Pipeline))).toString(), QString());
    {
        auto other = Database::open(t.path());
        QVERIFY(other);
        pipeline::PipelineService service(*other, QStringLiteral("cli"));
        pipeline::NewCandidacy n;
        n.alumnusId = first;
        QVERIFY(service.candidacies().add(n));
    }
    w.changeWatcher()->check();
    QCOMPARE(otherData.count(), 1);
    QCOMPARE(roster.count(), 1);
    QVERIFY(!w.rosterModel()->data(w.rosterModel()->index(w.rosterModel()->rowOf(first), int(RosterColumn::Pipeline))).toString().isEmpty());
    w.changeWatcher()->check();
    QCOMPARE(otherData.count(), 1);

    // The window's own pipeline write, just after another program's roster write: the latter is still seen.
    {
        auto other = Database::open(t.path());
        QVERIFY(other);
        AlumnusRepository repo(*other, QStringLiteral("cli"));
        QVERIFY(repo.add(test::makeAlumnus(QStringLiteral("100006"), QStringLiteral("井上 翼"), QStringLiteral("イノウエ ツバサ"))));
    }
    w.pipelineSession()->announce({first});
    w.changeWatcher()->check();
    QCOMPARE(roster.count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 6, 5000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
