// The eligibility screens offscreen: the detail pane shows both verdicts with their reasons and the override
// in force; the override dialog insists on a reason and writes through core (audited); the rule editor
// builds conditions from pickers, counts the draft live, lists who changes, refuses invalid drafts and
// saves a new version with its note.
#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "eligibility/ConditionEditor.h"
#include "eligibility/DraftCountJob.h"
#include "eligibility/EligibilityActions.h"
#include "eligibility/EligibilityService.h"
#include "eligibility/LeafEditor.h"
#include "eligibility/OverrideDialog.h"
#include "eligibility/RuleForm.h"
#include "eligibility/RuleSetEditor.h"
#include "eligibility/WhatIfModel.h"
#include "main/MainWindow.h"
#include "roster/AlumnusRepository.h"
#include "roster/DetailPane.h"
#include "roster/FilterBar.h"
#include "eligibility/VerdictRefresher.h"
#include "roster/RosterTableModel.h"
#include "roster/RosterView.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace alumnidesk;
using namespace alumnidesk::eligibility;
using namespace alumnidesk::ui;

namespace {

Alumnus personWithTenure(const QString &employeeId, const QString &name, const QString &kana, int months,
                         const QString &departureType)
{
    Alumnus a = test::makeAlumnus(employeeId, name, kana);
    a.stints[0].hireDate = QDate(2010, 1, 1);
    a.stints[0].departureDate = QDate(2010, 1, 1).addMonths(months).addDays(-1);
    a.stints[0].departureType = departureType;
    return a;
}

// Three people: 8 years voluntary (eligible), 10 months voluntary (tenure fails), 3 years company-initiated
// (needs review).
void fill(Database &db)
{
    AlumnusRepository repo(db, QStringLiteral("test"));
    QVERIFY(repo.add(personWithTenure(QStringLiteral("200001"), QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ"), 96, QStringLiteral("voluntary"))));
    QVERIFY(repo.add(personWithTenure(QStringLiteral("200002"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"), 10, QStringLiteral("voluntary"))));
    QVERIFY(repo.add(personWithTenure(QStringLiteral("200003"), QStringLiteral("佐藤 健"), QStringLiteral("サトウ ケン"), 36, QStringLiteral("company"))));
}

qint64 idOf(Database &db, const QString &employeeId)
{
    AlumnusRepository repo(db, QStringLiteral("test"));
    auto a = repo.loadByEmployeeId(employeeId);
    return a ? a->id : 0;
}

// Runs `answer` on the next modal dialog of type T, then leaves it to the callback to close it.
template<typename T>
std::shared_ptr<bool> answer(const std::function<void(T *)> &act)
{
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(0, [act, answered] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<T *>(modal);
        if (!dialog) {
            if (modal)
                modal->close();
            return;
        }
        *answered = true;
        act(dialog);
    });
    return answered;
}

void waitCounted(RuleSetEditor *editor)
{
    QTRY_VERIFY_WITH_TIMEOUT(!editor->countJob()->isBusy(), 10000);
}

} // namespace

class TestEligibilityUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void detailPaneShowsBothVerdictsWithReasons();
    void overrideDialogNeedsAReason();
    void overrideIsWrittenShownAndRevoked();
    void leafEditorOffersOnlyValidOperators_data();
    void leafEditorOffersOnlyValidOperators();
    void conditionEditorBuildsGroupsAndNot();
    void editorCountsTheDraftAndListsWhoChanges();
    void invalidDraftCannotBeSaved();
    void saveAddsAVersionWithItsNote();
    void newRuleSetIsSavedInBothLanguages();
    void rulesAreReorderedAndTheOrderSaved();
    void addedRuleSetIsDeletedAfterConfirmation();
    void rosterShowsAndFiltersVerdicts();
    void rosterSortsByVerdict();
    void savedRulesRefreshTheColumn();
};

void TestEligibilityUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEligibilityUi::detailPaneShowsBothVerdictsWithReasons()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    w.detailPane()->showAlumnus(idOf(*w.database(), QStringLiteral("200002")));
    const QString text = w.detailPane()->plainText();
    QVERIFY2(text.contains(QStringLiteral("Alumni network membership")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Rehire: Not eligible")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("At least one year of tenure")), qPrintable(text));
    // The failed rule with the person's actual value.
    QVERIFY2(text.contains(QStringLiteral("10")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("failed")), qPrintable(text));
}

void TestEligibilityUi::overrideDialogNeedsAReason()
{
    test::TestDatabase t;
    EligibilityService service(t.db().sql(), t.db().backend(), QStringLiteral("test"));
    auto sets = service.ruleSets().current();
    QVERIFY(sets);
    OverrideDialog dialog(QStringLiteral("林 花子"), sets.value(), {});
    dialog.selectRuleSet(QStringLiteral("rehire"));
    QCOMPARE(dialog.ruleSetId(), sets->at(1).ruleSetId);
    QVERIFY(!dialog.setButton()->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.revokeButton()->isVisible());
    dialog.reasonEdit()->setPlainText(QStringLiteral("   "));
    QVERIFY(!dialog.setButton()->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("部長承認済み"));
    QVERIFY(dialog.setButton()->isEnabled());
    QVERIFY(!dialog.expiresOn().isValid());
    dialog.expiryCheck()->setChecked(true);
    QVERIFY(dialog.expiresOn().isValid());
}

void TestEligibilityUi::overrideIsWrittenShownAndRevoked()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    QTRY_VERIFY_WITH_TIMEOUT(!w.rosterModel()->isLoading(), 10000);
    const qint64 id = idOf(*w.database(), QStringLiteral("200002"));
    w.rosterView()->selectId(id);
    QCOMPARE(w.detailPane()->currentId(), id);
    QVERIFY(w.eligibilityActions()->overrideAction()->isEnabled());

    auto answered = answer<OverrideDialog>([](OverrideDialog *d) {
        d->selectRuleSet(QStringLiteral("rehire"));
        d->verdictCombo()->setCurrentIndex(d->verdictCombo()->findData(int(Verdict::Eligible)));
        d->reasonEdit()->setPlainText(QStringLiteral("Director approved the exception"));
        d->expiryCheck()->setChecked(true);
        d->setButton()->click();
    });
    QVERIFY(w.eligibilityActions()->editOverride(id));
    QVERIFY(*answered);

    EligibilityService service(w.database()->sql(), w.database()->backend(), QStringLiteral("test"));
    auto rehire = service.ruleSets().current(QStringLiteral("rehire"));
    QVERIFY(rehire);
    auto active = service.overrides().active(id, rehire->ruleSetId, QDate::currentDate());
    QVERIFY(active && active.value());
    QCOMPARE(active.value()->reason, QStringLiteral("Director approved the exception"));
    QCOMPARE(active.value()->verdict, Verdict::Eligible);
    QVERIFY(active.value()->expiresOn.isValid());
    QString text = w.detailPane()->plainText();
    QVERIFY2(text.contains(QStringLiteral("Rehire: Eligible")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Director approved the exception")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("rules say: Not eligible")), qPrintable(text));

    answered = answer<OverrideDialog>([](OverrideDialog *d) {
        d->selectRuleSet(QStringLiteral("rehire"));
        d->reasonEdit()->setPlainText(QStringLiteral("Exception withdrawn"));
        d->revokeButton()->click();
    });
    QVERIFY(w.eligibilityActions()->editOverride(id));
    QVERIFY(*answered);
    active = service.overrides().active(id, rehire->ruleSetId, QDate::currentDate());
    QVERIFY(active && !active.value());
    text = w.detailPane()->plainText();
    QVERIFY2(text.contains(QStringLiteral("Rehire: Not eligible")), qPrintable(text));
    auto history = service.overrides().history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).revokeReason, QStringLiteral("Exception withdrawn"));
}

void TestEligibilityUi::leafEditorOffersOnlyValidOperators_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("ops");
    QTest::addColumn<bool>("opVisible");
    QTest::newRow("tenure") << int(Field::TenureLast) << 6 << true;
    QTest::newRow("departure type") << int(Field::DepartureType) << 2 << true;
    QTest::newRow("misconduct") << int(Field::Misconduct) << 2 << false;
}

void TestEligibilityUi::leafEditorOffersOnlyValidOperators()
{
    QFETCH(int, field);
    QFETCH(int, ops);
    QFETCH(bool, opVisible);
    LeafEditor editor;
    editor.show();
    editor.fieldCombo()->setCurrentIndex(editor.fieldCombo()->findData(field));
    QCOMPARE(editor.opCombo()->count(), ops);
    QCOMPARE(editor.opCombo()->isVisible(), opVisible);
    QCOMPARE(int(editor.leaf().field), field);
    if (Field(field) == Field::DepartureType) {
        QVERIFY(editor.choiceList()->count() >= 4);
        editor.choiceList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(editor.leaf().values.size(), 1);
    }
    if (Field(field) == Field::TenureLast) {
        editor.yearsSpin()->setValue(2);
        editor.monthsSpin()->setValue(3);
        QCOMPARE(editor.leaf().number, 27);
    }
    if (Field(field) == Field::Misconduct) {
        editor.flagCombo()->setCurrentIndex(1);
        QCOMPARE(editor.leaf().op, Op::IsNotSet);
    }
}

void TestEligibilityUi::conditionEditorBuildsGroupsAndNot()
{
    ConditionEditor editor;
    editor.setCondition(Condition::when(Field::TenureLast, Op::Ge, 12));
    editor.addGroup(Condition::Kind::Any); // the root leaf is wrapped in an AND to get a sibling
    editor.addLeaf();                       // into the new OR group
    Condition c = editor.condition();
    QCOMPARE(c.kind, Condition::Kind::All);
    QCOMPARE(c.children.size(), 2);
    QCOMPARE(c.children.at(1).kind, Condition::Kind::Any);
    QCOMPARE(c.children.at(1).children.size(), 1);
    editor.toggleNot(); // the selected (new) leaf
    c = editor.condition();
    QCOMPARE(c.children.at(1).children.at(0).kind, Condition::Kind::Not);
    editor.toggleNot(); // and back
    QCOMPARE(editor.condition().children.at(1).children.at(0).kind, Condition::Kind::Leaf);
    editor.removeSelected();
    QCOMPARE(editor.condition().children.at(1).children.size(), 0);
}

void TestEligibilityUi::editorCountsTheDraftAndListsWhoChanges()
{
    test::TestDatabase t;
    fill(t.db());
    RuleSetEditor editor(&t.db());
    editor.show();
    QVERIFY(editor.selectRuleSet(QStringLiteral("rehire")));
    waitCounted(&editor);
    QVERIFY2(editor.countsText().contains(QStringLiteral("Eligible: 1 → 1 (±0)")), qPrintable(editor.countsText()));
    QCOMPARE(editor.whatIfModel()->totalChanges(), 0);

    // Tenure rule: 1 year → 0 years 6 months lets 林 (10 months) through.
    editor.ruleList()->setCurrentRow(0);
    LeafEditor *leaf = editor.ruleForm()->conditionEditor()->leafEditor();
    QCOMPARE(leaf->leaf().field, Field::TenureLast);
    leaf->yearsSpin()->setValue(0);
    leaf->monthsSpin()->setValue(6);
    QVERIFY(editor.isDirty());
    waitCounted(&editor);
    QVERIFY2(editor.countsText().contains(QStringLiteral("Eligible: 1 → 2 (+1)")), qPrintable(editor.countsText()));
    QVERIFY2(editor.countsText().contains(QStringLiteral("Not eligible: 1 → 0 (−1)")), qPrintable(editor.countsText()));
    QCOMPARE(editor.whatIfModel()->rowCount(), 1);
    QCOMPARE(editor.whatIfModel()->index(0, WhatIfModel::EmployeeId).data().toString(), QStringLiteral("200002"));
    QCOMPARE(editor.whatIfModel()->index(0, WhatIfModel::Kana).data().toString(), QStringLiteral("ハヤシ ハナコ"));
    QCOMPARE(editor.whatIfModel()->index(0, WhatIfModel::Before).data().toString(), verdictLabel(Verdict::NotEligible));
    QCOMPARE(editor.whatIfModel()->index(0, WhatIfModel::After).data().toString(), verdictLabel(Verdict::Eligible));
}

void TestEligibilityUi::invalidDraftCannotBeSaved()
{
    test::TestDatabase t;
    RuleSetEditor editor(&t.db());
    editor.show();
    editor.noteEdit()->setText(QStringLiteral("try"));
    editor.ruleList()->setCurrentRow(0);
    editor.ruleForm()->conditionEditor()->addGroup(Condition::Kind::Any);
    QVERIFY(!editor.problems().isEmpty());
    QVERIFY2(editor.problems().join(QLatin1Char('\n')).contains(QStringLiteral("group has no conditions")),
             qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(!editor.save());
    editor.ruleForm()->conditionEditor()->removeSelected();
    QVERIFY(editor.problems().isEmpty());

    LeafEditor *leaf = editor.ruleForm()->conditionEditor()->leafEditor();
    editor.ruleForm()->conditionEditor()->addLeaf();
    leaf->fieldCombo()->setCurrentIndex(leaf->fieldCombo()->findData(int(Field::Department)));
    QVERIFY2(editor.problems().join(QLatin1Char('\n')).contains(QStringLiteral("choose at least one value")),
             qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QVERIFY(!editor.saveButton()->isEnabled());
    leaf->textList()->setPlainText(QStringLiteral("営業部\n人事部"));
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(editor.saveButton()->isEnabled());
}

void TestEligibilityUi::saveAddsAVersionWithItsNote()
{
    test::TestDatabase t;
    fill(t.db());
    RuleSetEditor editor(&t.db());
    QSignalSpy saved(&editor, &RuleSetEditor::ruleSetSaved);
    QVERIFY(editor.selectRuleSet(QStringLiteral("rehire")));
    editor.ruleList()->setCurrentRow(0);
    editor.ruleForm()->outcomeCombo()->setCurrentIndex(editor.ruleForm()->outcomeCombo()->findData(int(Outcome::NeedsReview)));
    QVERIFY(editor.isDirty());
    QVERIFY(!editor.saveButton()->isEnabled()); // no note yet
    editor.noteEdit()->setText(QStringLiteral("Short tenure is looked at, not refused"));
    QVERIFY(editor.saveButton()->isEnabled());
    QVERIFY(editor.save());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.historyTree()->topLevelItemCount(), 2);
    QCOMPARE(editor.historyTree()->topLevelItem(0)->text(0), QStringLiteral("2"));
    QCOMPARE(editor.historyTree()->topLevelItem(0)->text(3), QStringLiteral("Short tenure is looked at, not refused"));
    RuleSetStore store(t.db().sql(), t.db().backend(), QStringLiteral("test"));
    auto rehire = store.current(QStringLiteral("rehire"));
    QVERIFY(rehire);
    QCOMPARE(rehire->version, 2);
    QCOMPARE(rehire->definition.rules.at(0).onFail, Outcome::NeedsReview);
}

void TestEligibilityUi::newRuleSetIsSavedInBothLanguages()
{
    test::TestDatabase t;
    RuleSetEditor editor(&t.db());
    editor.newRuleSet();
    QCOMPARE(editor.ruleSetList()->count(), 3);
    editor.setNameJa()->setText(QStringLiteral("メンター候補"));
    emit editor.setNameJa()->textEdited(editor.setNameJa()->text());
    editor.setNameEn()->setText(QStringLiteral("Mentor pool"));
    emit editor.setNameEn()->textEdited(editor.setNameEn()->text());
    editor.noteEdit()->setText(QStringLiteral("New programme"));
    QVERIFY(editor.save());
    RuleSetStore store(t.db().sql(), t.db().backend(), QStringLiteral("test"));
    auto sets = store.current();
    QVERIFY(sets);
    QCOMPARE(sets->size(), 3);
    QCOMPARE(sets->at(2).definition.name.ja, QStringLiteral("メンター候補"));
    QCOMPARE(sets->at(2).definition.name.en, QStringLiteral("Mentor pool"));
    QCOMPARE(editor.ruleSetList()->count(), 3);
}

void TestEligibilityUi::rulesAreReorderedAndTheOrderSaved()
{
    test::TestDatabase t;
    fill(t.db());
    RuleSetEditor editor(&t.db());
    QVERIFY(editor.selectRuleSet(QStringLiteral("rehire")));
    const QVector<Rule> before = editor.draft().rules;
    QVERIFY(before.size() >= 3);
    auto ids = [&editor] {
        QStringList out;
        for (const Rule &r : editor.draft().rules)
            out.append(r.id);
        return out;
    };
    auto listed = [&editor] {
        QStringList out;
        for (int i = 0; i < editor.ruleList()->count(); ++i)
            out.append(editor.ruleList()->item(i)->text());
        return out;
    };
    // Buttons: the first rule can only go down; Move Down swaps it with the second.
    editor.ruleList()->setCurrentRow(0);
    QVERIFY(!editor.moveUpButton()->isEnabled());
    QVERIFY(editor.moveDownButton()->isEnabled());
    editor.moveDownButton()->click();
    QCOMPARE(ids().at(0), before.at(1).id);
    QCOMPARE(ids().at(1), before.at(0).id);
    QCOMPARE(editor.ruleList()->currentRow(), 1);
    QCOMPARE(listed().at(1), before.at(0).name.text());
    QVERIFY(editor.isDirty());
    editor.moveUpButton()->click();
    QCOMPARE(ids().at(0), before.at(0).id);
    QVERIFY(!editor.isDirty()); // back to the saved order

    // Dragging in the list (the list widget's own move) reorders the draft the same way.
    QVERIFY(editor.ruleList()->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QCOMPARE(ids().at(2), before.at(0).id);
    QCOMPARE(ids().at(0), before.at(1).id);
    QCOMPARE(listed().at(2), before.at(0).name.text());

    // The order is saved in the new version.
    editor.noteEdit()->setText(QStringLiteral("Withdrawal is checked first"));
    QVERIFY(editor.save());
    RuleSetStore store(t.db().sql(), t.db().backend(), QStringLiteral("test"));
    auto rehire = store.current(QStringLiteral("rehire"));
    QVERIFY(rehire);
    QCOMPARE(rehire->version, 2);
    QCOMPARE(rehire->definition.rules.at(2).id, before.at(0).id);
    QCOMPARE(rehire->definition.rules.at(0).id, before.at(1).id);
}

void TestEligibilityUi::addedRuleSetIsDeletedAfterConfirmation()
{
    test::TestDatabase t;
    fill(t.db());
    RuleSetEditor editor(&t.db());
    QSignalSpy deleted(&editor, &RuleSetEditor::ruleSetDeleted);
    // The built-in ones cannot be deleted.
    QVERIFY(editor.selectRuleSet(QStringLiteral("network")));
    QVERIFY(!editor.deleteSetButton()->isEnabled());
    QVERIFY(!editor.deleteRuleSet());

    editor.newRuleSet();
    editor.setNameEn()->setText(QStringLiteral("Mentor pool"));
    emit editor.setNameEn()->textEdited(editor.setNameEn()->text());
    editor.noteEdit()->setText(QStringLiteral("New programme"));
    QVERIFY(editor.save());
    QCOMPARE(editor.ruleSetList()->count(), 3);
    QVERIFY(editor.deleteSetButton()->isEnabled());

    // "Cancel" keeps it; "Yes" deletes it, and the question said what happens to its history.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!editor.deleteRuleSet());
    QCOMPARE(editor.ruleSetList()->count(), 3);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(editor.deleteRuleSet());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("history")), qPrintable(MessageBox::lastText()));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(editor.ruleSetList()->count(), 2);
    RuleSetStore store(t.db().sql(), t.db().backend(), QStringLiteral("test"));
    QCOMPARE(store.current()->size(), 2);

    // A new rule set does not inherit the deleted one's key (and so its history).
    editor.newRuleSet();
    auto taken = store.keyTaken(editor.draft().key);
    QVERIFY(taken);
    QVERIFY(!taken.value());
}

void TestEligibilityUi::rosterShowsAndFiltersVerdicts()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    // The verdicts of a fresh file are stale: the window refreshes them on a worker, then the column shows them.
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictRefresher()->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.rosterModel()->isLoading(), 10000);
    QCOMPARE(w.filterBar()->ruleSetKey(), QStringLiteral("rehire"));
    auto verdictOf = [&w](const QString &employeeId) {
        RosterTableModel *m = w.rosterModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, int(RosterColumn::EmployeeId)).data().toString() == employeeId)
                return m->index(r, int(RosterColumn::Verdict)).data().toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(QStringLiteral("200001")), verdictLabel(Verdict::Eligible), 5000);
    QCOMPARE(verdictOf(QStringLiteral("200002")), verdictLabel(Verdict::NotEligible));
    QCOMPARE(verdictOf(QStringLiteral("200003")), verdictLabel(Verdict::NeedsReview));

    QComboBox *verdict = w.filterBar()->verdictCombo();
    verdict->setCurrentIndex(verdict->findData(int(Verdict::NotEligible)));
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 1, 5000);
    QCOMPARE(w.rosterModel()->index(0, int(RosterColumn::EmployeeId)).data().toString(), QStringLiteral("200002"));

    // An override moves the person out of the filter without a re-evaluation.
    EligibilityService service(w.database()->sql(), w.database()->backend(), QStringLiteral("test"));
    QVERIFY(service.overrides().set(idOf(*w.database(), QStringLiteral("200002")), w.filterBar()->ruleSetId(),
                                    Verdict::Eligible, QStringLiteral("approved")));
    emit w.eligibilityActions()->eligibilityChanged({idOf(*w.database(), QStringLiteral("200002"))});
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 0, 5000);
    verdict->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->rowCount(), 3, 5000);
    QVERIFY2(verdictOf(QStringLiteral("200002")).contains(verdictLabel(Verdict::Eligible)), qPrintable(verdictOf(QStringLiteral("200002"))));
    QVERIFY(verdictOf(QStringLiteral("200002")).contains(QStringLiteral("override")));

    // Switching the column to the network rule set.
    QComboBox *ruleSet = w.filterBar()->ruleSetCombo();
    ruleSet->setCurrentIndex(ruleSet->findData(QStringLiteral("network"), Qt::UserRole + 1));
    QCOMPARE(w.rosterModel()->verdictRuleSet(), w.filterBar()->ruleSetId());
    QCOMPARE(verdictOf(QStringLiteral("200002")), verdictLabel(Verdict::NotEligible));
}

void TestEligibilityUi::rosterSortsByVerdict()
{
    test::TestDatabase t;
    fill(t.db());
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    // A second eligible person, so that a verdict group keeps its 50音 order (アベ before タナカ).
    QVERIFY(repo.add(personWithTenure(QStringLiteral("200004"), QStringLiteral("阿部 進"), QStringLiteral("アベ ススム"), 48, QStringLiteral("voluntary"))));
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictRefresher()->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.rosterModel()->isLoading(), 10000);
    QCOMPARE(w.filterBar()->ruleSetKey(), QStringLiteral("rehire"));
    RosterTableModel *m = w.rosterModel();
    auto order = [m] {
        QStringList ids;
        for (int r = 0; r < m->rowCount(); ++r)
            ids.append(m->index(r, int(RosterColumn::EmployeeId)).data().toString());
        return ids.join(QLatin1Char(' '));
    };
    m->sort(int(RosterColumn::Verdict), Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading(), 5000);
    QCOMPARE(order(), QStringLiteral("200004 200001 200003 200002"));
    m->sort(int(RosterColumn::Verdict), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading(), 5000);
    QCOMPARE(order(), QStringLiteral("200002 200003 200004 200001"));

    // An override in force takes the place of the computed verdict in the order too.
    EligibilityService service(w.database()->sql(), w.database()->backend(), QStringLiteral("test"));
    QVERIFY(service.overrides().set(idOf(*w.database(), QStringLiteral("200002")), w.filterBar()->ruleSetId(),
                                    Verdict::Eligible, QStringLiteral("approved")));
    emit w.eligibilityActions()->eligibilityChanged({idOf(*w.database(), QStringLiteral("200002"))});
    QTRY_COMPARE_WITH_TIMEOUT(order(), QStringLiteral("200003 200004 200001 200002"), 5000);

    // The network rule set orders by its own verdicts: short tenure needs review there, so ハヤシ moves up.
    QComboBox *ruleSet = w.filterBar()->ruleSetCombo();
    ruleSet->setCurrentIndex(ruleSet->findData(QStringLiteral("network"), Qt::UserRole + 1));
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading(), 5000);
    QCOMPARE(m->rosterSort().verdictRuleSet, w.filterBar()->ruleSetId());
    QStringList shown;
    for (int r = 0; r < m->rowCount(); ++r)
        shown.append(m->index(r, int(RosterColumn::Verdict)).data().toString());
    QStringList sorted = shown;
    // Descending: not eligible, needs review, eligible — whatever network says of each person.
    auto rank = [](const QString &label) {
        return label == verdictLabel(Verdict::NotEligible) ? 0 : label == verdictLabel(Verdict::NeedsReview) ? 1 : 2;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    QCOMPARE(shown, sorted);
}

void TestEligibilityUi::savedRulesRefreshTheColumn()
{
    test::TestDatabase t;
    fill(t.db());
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictRefresher()->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.rosterModel()->isLoading(), 10000);
    const int row = w.rosterModel()->rowOf(idOf(*w.database(), QStringLiteral("200002")));
    QVERIFY(row >= 0);
    const QModelIndex cell = w.rosterModel()->index(row, int(RosterColumn::Verdict));
    QCOMPARE(cell.data().toString(), verdictLabel(Verdict::NotEligible));

    // Short tenure no longer blocks rehire: after the save the stored verdicts are refreshed on the worker.
    RuleSetEditor *editor = w.eligibilityActions()->showRuleEditor();
    QVERIFY(editor);
    QVERIFY(editor->selectRuleSet(QStringLiteral("rehire")));
    editor->ruleList()->setCurrentRow(0);
    QComboBox *outcome = editor->ruleForm()->outcomeCombo();
    outcome->setCurrentIndex(outcome->findData(int(Outcome::NeedsReview)));
    editor->noteEdit()->setText(QStringLiteral("Short tenure is looked at"));
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(w.rosterModel()->index(row, int(RosterColumn::Verdict)).data().toString(),
                              verdictLabel(Verdict::NeedsReview), 10000);
    editor->close();
}

QTEST_MAIN(TestEligibilityUi)
#include "tst_eligibilityui.moc"
