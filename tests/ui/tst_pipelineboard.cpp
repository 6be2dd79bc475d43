// The pipeline window offscreen: the board shows a column per stage and the fixture's cards; a move through
// the board lands and undo puts the card back; a closing move without a reason is refused and changes
// nothing; matching adds a person to the pipeline; the roster's detail pane lists the person's candidacies.
#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "main/MainWindow.h"
#include "editor/DateLineEdit.h"
#include "pipeline/PipelineCommands.h"
#include "pipeline/CandidacyDialog.h"
#include "pipeline/AddToPipelineDialog.h"
#include "pipeline/BoardCardDelegate.h"
#include "pipeline/BoardCardModel.h"
#include "pipeline/StageColumn.h"
#include "pipeline/CandidacyListModel.h"
#include "pipeline/MatchDialog.h"
#include "pipeline/MatchTableModel.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineFilterBar.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"
#include "pipeline/PipelineView.h"
#include "roster/AlumnusRepository.h"
#include "roster/DetailPane.h"
#include "roster/FilterBar.h"
#include "roster/RosterTableModel.h"
#include "roster/RosterView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace alumnidesk;
using namespace alumnidesk::ui;
using namespace alumnidesk::pipeline;

namespace {

struct Fixture {
    test::TestDatabase t;
    qint64 yamada = 0, suzuki = 0, sato = 0;
    qint64 opening = 0;
    qint64 yamadaCandidacy = 0, suzukiCandidacy = 0;

    Fixture()
    {
        AlumnusRepository repo(t.db(), QStringLiteral("test"));
        auto add = [&repo](const QString &id, const QString &name, const QString &kana) {
            Alumnus a = test::makeAlumnus(id, name, kana);
            a.consentJobOffers = true;
            a.skills = {QStringLiteral("Python"), QStringLiteral("SQL")};
            auto r = repo.add(a);
            return r ? r.value() : qint64(0);
        };
        yamada = add(QStringLiteral("E1"), QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"));
        suzuki = add(QStringLiteral("E2"), QStringLiteral("鈴木 花子"), QStringLiteral("スズキ ハナコ"));
        sato = add(QStringLiteral("E3"), QStringLiteral("佐藤 健"), QStringLiteral("サトウ ケン"));
        PipelineService s(t.db(), QStringLiteral("test"));
        Opening o;
        o.title = QStringLiteral("データエンジニア");
        o.department = QStringLiteral("情報システム部");
        o.requiredSkills = {QStringLiteral("Python"), QStringLiteral("SQL")};
        opening = s.openings().add(o).value();
        NewCandidacy n;
        n.alumnusId = yamada;
        n.openingId = opening;
        n.nextAction = QStringLiteral("電話で面談日程を調整");
        n.nextActionDue = QDate::currentDate().addDays(-3);
        yamadaCandidacy = s.candidacies().add(n).value();
        n.alumnusId = suzuki;
        n.nextAction.clear();
        n.nextActionDue = {};
        suzukiCandidacy = s.candidacies().add(n).value();
    }
};

qint64 stageId(PipelineSession &session, const QString &key)
{
    auto st = session.service()->stages().find(key);
    return st ? st->id : 0;
}

QStringList cardNames(StageColumn *column)
{
    QStringList names;
    for (const BoardCard &c : column->model()->cards())
        names.append(c.name);
    names.sort();
    return names;
}

} // namespace

class TestPipelineBoard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void boardShowsColumnsAndCards();
    void moveLandsAndUndoReturnsIt();
    void droppedCardMovesThroughTheUndoStack();
    void closingMoveWithoutReasonIsRefused();
    void closingMoveWithReasonLands();
    void matchingAddsAPerson();
    void detailPaneListsCandidacies();
    void rosterShowsAndFiltersWhoIsInThePipeline();
    void candidacyEditsAreUndoable();
    void openingEditsAreUndoable();
};

void TestPipelineBoard::boardShowsColumnsAndCards()
{
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    QUndoStack undo;
    PipelineView view(&session, &undo);
    view.show(); // a hidden board waits until it is shown before reading again
    view.reload();

    PipelineBoard *board = view.board();
    QCOMPARE(board->columnCount(), 9);
    StageColumn *interest = board->columnForStage(stageId(session, QStringLiteral("interest")));
    QVERIFY(interest);
    QCOMPARE(interest->total(), 2);
    QCOMPARE(cardNames(interest), (QStringList{QStringLiteral("山田 太郎"), QStringLiteral("鈴木 花子")}));
    QVERIFY2(interest->headerText().contains(QStringLiteral("(2)")), qPrintable(interest->headerText()));
    QCOMPARE(board->columnForStage(stageId(session, QStringLiteral("interview")))->total(), 0);

    // Yamada's next action is three days late: the card says so.
    const BoardCard *yamada = nullptr;
    for (const BoardCard &c : interest->model()->cards()) {
        if (c.candidacyId == f.yamadaCandidacy)
            yamada = &c;
    }
    QVERIFY(yamada);
    const CardText text = cardText(*yamada, true);
    QVERIFY(text.overdue);
    QCOMPARE(text.next, QStringLiteral("電話で面談日程を調整"));
    QVERIFY2(text.due.contains(QStringLiteral("⚠")), qPrintable(text.due));
    QCOMPARE(text.kana, QStringLiteral("ヤマダ タロウ"));
    QCOMPARE(text.opening, QStringLiteral("データエンジニア"));

    // The list shows the same cards; "overdue only" leaves Yamada alone.
    QCOMPARE(view.listModel()->rowCount(), 2);
    view.filterBar()->overdueBox()->setChecked(true);
    QCOMPARE(view.listModel()->rowCount(), 1);
    QCOMPARE(view.listModel()->candidacyIdAt(0), f.yamadaCandidacy);
}

void TestPipelineBoard::moveLandsAndUndoReturnsIt()
{
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    QUndoStack undo;
    PipelineView view(&session, &undo);
    view.show(); // a hidden board waits until it is shown before reading again
    view.reload();
    const qint64 interest = stageId(session, QStringLiteral("interest"));
    const qint64 contacted = stageId(session, QStringLiteral("contacted"));

    view.board()->requestMove(f.suzukiCandidacy, contacted);
    QCOMPARE(view.board()->stageOf(f.suzukiCandidacy), contacted);
    QCOMPARE(session.service()->candidacies().load(f.suzukiCandidacy)->stageId, contacted);
    QCOMPARE(undo.count(), 1);
    QVERIFY2(undo.undoText().contains(QStringLiteral("鈴木 花子")), qPrintable(undo.undoText()));
    QCOMPARE(cardNames(view.board()->columnForStage(contacted)), QStringList{QStringLiteral("鈴木 花子")});

    undo.undo();
    QCOMPARE(view.board()->stageOf(f.suzukiCandidacy), interest);
    QCOMPARE(session.service()->candidacies().load(f.suzukiCandidacy)->stageId, interest);
    // History keeps the move and its reversal.
    auto history = session.service()->history(f.suzukiCandidacy);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);

    undo.redo();
    QCOMPARE(view.board()->stageOf(f.suzukiCandidacy), contacted);
}

void TestPipelineBoard::droppedCardMovesThroughTheUndoStack()
{
    // The drag and drop path below the mouse (checked by hand under xvfb with xdotool): the card's data
    // leaves one column's model and is dropped on another's, which asks the board for the move.
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    QUndoStack undo;
    PipelineView view(&session, &undo);
    view.show();
    view.reload();
    StageColumn *interest = view.board()->columnForStage(stageId(session, QStringLiteral("interest")));
    StageColumn *contacted = view.board()->columnForStage(stageId(session, QStringLiteral("contacted")));
    QVERIFY(interest && contacted);
    int row = -1;
    for (int r = 0; r < interest->model()->rowCount(); ++r) {
        if (interest->model()->card(r).candidacyId == f.suzukiCandidacy)
            row = r;
    }
    QVERIFY(row >= 0);
    std::unique_ptr<QMimeData> mime(interest->model()->mimeData({interest->model()->index(row, 0)}));
    QVERIFY(mime);
    // Dropped back on its own column it is not a move.
    QVERIFY(!interest->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(contacted->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    // The model leaves the card where it is (the board moves it after asking the core) and returns false,
    // so the dragging view never removes it itself.
    QVERIFY(!contacted->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QTRY_COMPARE(view.board()->stageOf(f.suzukiCandidacy), stageId(session, QStringLiteral("contacted")));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(session.service()->candidacies().load(f.suzukiCandidacy)->stageId, stageId(session, QStringLiteral("contacted")));
    undo.undo();
    QCOMPARE(view.board()->stageOf(f.suzukiCandidacy), stageId(session, QStringLiteral("interest")));
}

void TestPipelineBoard::closingMoveWithoutReasonIsRefused()
{
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    QUndoStack undo;
    PipelineView view(&session, &undo);
    view.show(); // a hidden board waits until it is shown before reading again
    view.reload();
    const qint64 interest = stageId(session, QStringLiteral("interest"));
    const qint64 declined = stageId(session, QStringLiteral("declined"));

    // The user leaves the reason empty and presses OK (the dialog would not let them; the core refuses too).
    bool asked = false;
    view.setReasonAsker([&asked](const QString &, const MoveCheck &check, QString *reason, QDate *) {
        asked = check.problem == MoveCheck::ReasonRequired;
        reason->clear();
        return true;
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!view.moveCandidacy(f.yamadaCandidacy, declined));
    QVERIFY(asked);
    QVERIFY2(!MessageBox::lastText().isEmpty(), "the refusal was not shown");
    QCOMPARE(view.board()->stageOf(f.yamadaCandidacy), interest);
    QCOMPARE(session.service()->candidacies().load(f.yamadaCandidacy)->stageId, interest);
    QCOMPARE(undo.count(), 0);

    // Cancelling the question changes nothing either.
    view.setReasonAsker([](const QString &, const MoveCheck &, QString *, QDate *) { return false; });
    QVERIFY(!view.moveCandidacy(f.yamadaCandidacy, declined));
    QCOMPARE(session.service()->candidacies().load(f.yamadaCandidacy)->stageId, interest);
    QCOMPARE(undo.count(), 0);
}

void TestPipelineBoard::closingMoveWithReasonLands()
{
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    QUndoStack undo;
    PipelineView view(&session, &undo);
    view.show(); // a hidden board waits until it is shown before reading again
    view.reload();
    const qint64 declined = stageId(session, QStringLiteral("declined"));
    view.setReasonAsker([](const QString &, const MoveCheck &, QString *reason, QDate *) {
        *reason = QStringLiteral("現職で昇進したため");
        return true;
    });
    QVERIFY(view.moveCandidacy(f.yamadaCandidacy, declined));
    QCOMPARE(view.board()->stageOf(f.yamadaCandidacy), declined);
    auto history = session.service()->history(f.yamadaCandidacy);
    QVERIFY(history);
    QCOMPARE(history->last().reason, QStringLiteral("現職で昇進したため"));
    QVERIFY(!session.service()->candidacies().load(f.yamadaCandidacy)->isOpen());
    undo.undo();
    QVERIFY(session.service()->candidacies().load(f.yamadaCandidacy)->isOpen());
}

void TestPipelineBoard::matchingAddsAPerson()
{
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    MatchDialog dialog(&session, f.opening);
    MatchTableModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    int satoRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const MatchResult &r = model->result(row);
        QCOMPARE(r.components.size(), OpeningMatcher::weights().size());
        if (r.alumnusId == f.sato) {
            satoRow = row;
            QCOMPARE(r.openCandidacyId, qint64(0));
        } else {
            QVERIFY(r.openCandidacyId != 0);
        }
    }
    QVERIFY(satoRow >= 0);
    // Each component column shows its points and explains them.
    const QModelIndex skills = model->index(satoRow, MatchTableModel::FirstComponent);
    QVERIFY2(model->data(skills, Qt::DisplayRole).toString().contains(QStringLiteral("40")),
             qPrintable(model->data(skills, Qt::DisplayRole).toString()));
    QVERIFY(!model->data(skills, Qt::ToolTipRole).toString().isEmpty());

    dialog.table()->selectionModel()->select(model->index(satoRow, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(dialog.addSelected(), 1);
    auto rows = session.service()->candidacies().forAlumnus(f.sato);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().candidacy.openingId, f.opening);
    QCOMPARE(rows->first().candidacy.source, CandidacySource::Outreach);
    // Ranked again, everyone is now in the pipeline.
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->result(row).openCandidacyId != 0);
}

void TestPipelineBoard::detailPaneListsCandidacies()
{
    Fixture f;
    const QString path = f.t.path();
    MainWindow w;
    QVERIFY(w.openDatabase(path));
    QTRY_VERIFY_WITH_TIMEOUT(!w.rosterModel()->isLoading(), 10000);
    w.rosterView()->selectId(f.yamada);
    QTRY_COMPARE(w.detailPane()->currentId(), f.yamada);
    QVERIFY2(w.detailPane()->plainText().contains(QStringLiteral("データエンジニア")), qPrintable(w.detailPane()->plainText()));
    QVERIFY(w.detailPane()->plainText().contains(QStringLiteral("電話で面談日程を調整")));

    // A move on the board's page reaches the pane and goes on the window's undo stack.
    w.show();
    w.showPage(1);
    const qint64 screening = w.pipelineSession()->service()->stages().find(QStringLiteral("screening"))->id;
    QVERIFY(w.pipelineView()->moveCandidacy(f.yamadaCandidacy, screening));
    QCOMPARE(w.undoStack()->count(), 1);
    const QString stageName = w.pipelineSession()->service()->stages().stage(screening)->name();
    QVERIFY2(w.detailPane()->plainText().contains(stageName), qPrintable(w.detailPane()->plainText()));
}

void TestPipelineBoard::rosterShowsAndFiltersWhoIsInThePipeline()
{
    Fixture f;
    MainWindow w;
    QVERIFY(w.openDatabase(f.t.path()));
    RosterTableModel *m = w.rosterModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading(), 10000);
    QCOMPARE(m->rowCount(), 3);
    auto shown = [m](qint64 id) { return m->index(m->rowOf(id), int(RosterColumn::Pipeline)).data().toString(); };
    PipelineService *service = w.pipelineSession()->service();
    const QString interest = service->stages().find(QStringLiteral("interest"))->name();
    QCOMPARE(shown(f.yamada), interest + QStringLiteral(" · データエンジニア"));
    QCOMPARE(shown(f.sato), QString());

    // A second open candidacy (the talent pool): the column counts them and lists both.
    NewCandidacy pool;
    pool.alumnusId = f.yamada;
    QVERIFY(service->candidacies().add(pool));
    w.pipelineSession()->announce({f.yamada});
    QVERIFY2(shown(f.yamada).startsWith(QStringLiteral("2 open: ")), qPrintable(shown(f.yamada)));
    QVERIFY(shown(f.yamada).contains(QStringLiteral("データエンジニア")));
    QVERIFY(m->index(m->rowOf(f.yamada), int(RosterColumn::Pipeline)).data(Qt::ToolTipRole).toString().contains(QLatin1Char('\n')));

    // The filter keeps the two people in the pipeline; closing Suzuki's candidacy takes her out.
    w.filterBar()->inPipelineCheck()->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading(), 5000);
    QVERIFY(m->rowOf(f.sato) < 0);
    MoveRequest decline{f.suzukiCandidacy, service->stages().find(QStringLiteral("declined"))->id, QStringLiteral("現職に残る"), {}};
    QVERIFY(service->move(decline));
    w.pipelineSession()->announce({f.suzuki});
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 1, 5000);
    QCOMPARE(m->idAt(0), f.yamada);

    // Sorted by the column: the people in the pipeline first, then the others in 50音 order.
    w.filterBar()->inPipelineCheck()->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 3, 5000);
    m->sort(int(RosterColumn::Pipeline), Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading(), 5000);
    QCOMPARE(m->idAt(0), f.yamada);
    QCOMPARE(m->idAt(1), f.sato);    // サトウ before スズキ
    QCOMPARE(m->idAt(2), f.suzuki);
}

void TestPipelineBoard::candidacyEditsAreUndoable()
{
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    QUndoStack undo;
    PipelineView view(&session, &undo); // makes the stack the session's
    QCOMPARE(session.undoStack(), &undo);
    PipelineService *service = session.service();

    // Adding Sato through the roster's dialog: one undo entry that names him and the opening.
    AddToPipelineDialog add(&session, f.sato, QStringLiteral("佐藤 健"));
    add.openingBox()->setCurrentIndex(add.openingBox()->findData(f.opening));
    add.accept();
    QVERIFY2(add.errorText().isEmpty(), qPrintable(add.errorText()));
    QVERIFY(add.candidacyId() != 0);
    QCOMPARE(undo.count(), 1);
    QVERIFY2(undo.undoText().contains(QStringLiteral("佐藤 健")) && undo.undoText().contains(QStringLiteral("データエンジニア")),
             qPrintable(undo.undoText()));
    QCOMPARE(service->candidacies().forAlumnus(f.sato)->size(), 1);
    undo.undo();
    QCOMPARE(service->candidacies().forAlumnus(f.sato)->size(), 0);
    undo.redo();
    QCOMPARE(service->candidacies().forAlumnus(f.sato)->size(), 1);
    const qint64 satoCandidacy = service->candidacies().forAlumnus(f.sato)->first().candidacy.id;

    // A second add for the same opening is refused: the dialog says why and nothing reaches the stack.
    AddToPipelineDialog again(&session, f.sato, QStringLiteral("佐藤 健"));
    again.openingBox()->setCurrentIndex(again.openingBox()->findData(f.opening));
    again.accept();
    QVERIFY(!again.errorText().isEmpty());
    QCOMPARE(undo.count(), 1);

    // Editing the details and the offer: one entry; undo restores both.
    {
        CandidacyDialog dialog(&session, f.yamadaCandidacy);
        dialog.nextActionEdit()->setText(QStringLiteral("最終面接の日程調整"));
        dialog.notesEdit()->setPlainText(QStringLiteral("前回はデータ基盤チーム"));
        QVERIFY(dialog.save());
    }
    QCOMPARE(undo.count(), 2);
    QVERIFY2(undo.undoText().contains(QStringLiteral("山田 太郎")), qPrintable(undo.undoText()));
    QCOMPARE(service->candidacies().load(f.yamadaCandidacy)->nextAction, QStringLiteral("最終面接の日程調整"));
    undo.undo();
    QCOMPARE(service->candidacies().load(f.yamadaCandidacy)->nextAction, QStringLiteral("電話で面談日程を調整"));
    QCOMPARE(service->candidacies().load(f.yamadaCandidacy)->notes, QString());
    undo.redo();
    QCOMPARE(service->candidacies().load(f.yamadaCandidacy)->notes, QStringLiteral("前回はデータ基盤チーム"));
    // Saving without a change pushes nothing.
    {
        CandidacyDialog dialog(&session, f.yamadaCandidacy);
        QVERIFY(dialog.save());
    }
    QCOMPARE(undo.count(), 2);

    // A move of Sato's candidacy, undone, leaves nothing standing: undoing the add then takes it back.
    QVERIFY(view.moveCandidacy(satoCandidacy, stageId(session, QStringLiteral("contacted"))));
    QCOMPARE(undo.count(), 3);
    undo.undo(); // the move
    undo.undo(); // the edit of Yamada
    undo.undo(); // the add of Sato
    QCOMPARE(service->candidacies().forAlumnus(f.sato)->size(), 0);

    // A candidacy whose move another program made stays: the undo of its add says why and changes nothing.
    undo.clear();
    AddToPipelineDialog third(&session, f.sato, QStringLiteral("佐藤 健"));
    third.accept(); // the talent pool
    QVERIFY2(third.errorText().isEmpty(), qPrintable(third.errorText()));
    QVERIFY(service->move({third.candidacyId(), stageId(session, QStringLiteral("contacted")), {}, {}}));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    undo.undo();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("history")), qPrintable(MessageBox::lastText()));
    QVERIFY(service->candidacies().load(third.candidacyId()));
}

void TestPipelineBoard::openingEditsAreUndoable()
{
    Fixture f;
    PipelineSession session;
    session.setDatabase(&f.t.db());
    QUndoStack undo;
    PipelineView view(&session, &undo);
    PipelineService *service = session.service();
    const int openings = int(service->openings().list()->size());

    Opening fresh;
    fresh.title = QStringLiteral("経理マネージャー");
    fresh.department = QStringLiteral("経理部");
    qint64 added = 0;
    {
        // As the window does: the sink collects the first redo's refusal only, later ones get a message box.
        const CommandErrorSink errors(nullptr);
        auto *add = new AddOpeningCommand(&session, fresh, errors.handler());
        add->setAddedCallback([&added](qint64 id) { added = id; });
        QVERIFY(session.run(add));
    }
    QVERIFY(added != 0);
    QCOMPARE(undo.undoText(), QStringLiteral("New opening “経理マネージャー”"));
    QCOMPARE(int(service->openings().list()->size()), openings + 1);

    Opening before = service->openings().load(added).value();
    Opening after = before;
    after.title = QStringLiteral("経理課長");
    after.alumniOnly = true;
    {
        const CommandErrorSink errors(nullptr);
        QVERIFY(session.run(new EditOpeningCommand(&session, before, after, errors.handler())));
    }
    QCOMPARE(service->openings().load(added)->title, QStringLiteral("経理課長"));
    QCOMPARE(undo.undoText(), QStringLiteral("Edit opening “経理課長”"));
    undo.undo();
    QCOMPARE(service->openings().load(added)->title, QStringLiteral("経理マネージャー"));
    QVERIFY(!service->openings().load(added)->alumniOnly);
    undo.undo();
    QCOMPARE(int(service->openings().list()->size()), openings);
    // Redone, the opening comes back under its id, so the edit after it still finds it.
    undo.redo();
    QVERIFY(service->openings().load(added));
    undo.redo();
    QCOMPARE(service->openings().load(added)->title, QStringLiteral("経理課長"));
    QCOMPARE(undo.index(), 2);

    // An opening with candidacies is history: undoing its creation is refused and changes nothing.
    NewCandidacy n;
    n.alumnusId = f.sato;
    n.openingId = added;
    QVERIFY(service->candidacies().add(n));
    undo.undo(); // the edit: fine
    MessageBox::setNextAnswer(QMessageBox::Ok);
    undo.undo(); // the add: refused
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("candidacies")), qPrintable(MessageBox::lastText()));
    QVERIFY(service->openings().load(added));
}

QTEST_MAIN(TestPipelineBoard)
#include "tst_pipelineboard.moc"
