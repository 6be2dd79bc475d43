// Pipeline > Edit Stages…, offscreen: the stages listed in board order, a rename, a new stage placed among the
// in-progress ones and moved, a retirement — saved together; an invalid list (a stage without a name, or
// retiring a stage that holds an open candidacy) saves nothing at all and says why.
#include "TestDatabase.h"

#include "pipeline/PipelineService.h"
#include "pipeline/StageEditorDialog.h"
#include "roster/AlumnusRepository.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

int rowOfKey(QTableWidget *t, const QString &key)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text() == key)
            return r;
    return -1;
}

QStringList keys(pipeline::PipelineService &s)
{
    QStringList out;
    const auto stages = s.stages().stages();
    for (const pipeline::Stage &st : stages.value())
        out.append(st.key + (st.retired ? QStringLiteral("(retired)") : QString()));
    return out;
}

} // namespace

class TestStageEditor : public QObject {
    Q_OBJECT
private slots:
    void editsAreSavedTogether();
    void invalidListSavesNothing();
    void stageWithOpenCandidaciesCannotBeRetired();
};

void TestStageEditor::editsAreSavedTogether()
{
    test::TestDatabase t;
    pipeline::PipelineService s(t.db(), QStringLiteral("test"));
    StageEditorDialog dialog(s.stages());
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 9);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("interest"));

    table->item(rowOfKey(table, QStringLiteral("contacted")), 1)->setText(QStringLiteral("初回連絡済"));
    const int added = dialog.addStage();
    QCOMPARE(added + 1, rowOfKey(table, QStringLiteral("hired"))); // before the stages that end a candidacy
    table->item(added, 0)->setText(QStringLiteral("reference_check"));
    table->item(added, 1)->setText(QStringLiteral("リファレンスチェック"));
    table->item(added, 2)->setText(QStringLiteral("Reference check"));
    dialog.moveRow(added, -1); // before the offer
    table->item(rowOfKey(table, QStringLiteral("on_hold")), 5)->setCheckState(Qt::Checked);
    QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));

    const QStringList now = keys(s);
    QCOMPARE(now.indexOf(QStringLiteral("reference_check")) + 1, now.indexOf(QStringLiteral("offer")));
    QVERIFY(now.contains(QStringLiteral("on_hold(retired)")));
    QCOMPARE(s.stages().find(QStringLiteral("contacted"))->nameJa, QStringLiteral("初回連絡済"));
    QCOMPARE(s.stages().find(QStringLiteral("リファレンスチェック"))->key, QStringLiteral("reference_check"));
}

void TestStageEditor::invalidListSavesNothing()
{
    test::TestDatabase t;
    pipeline::PipelineService s(t.db(), QStringLiteral("test"));
    const QStringList before = keys(s);
    StageEditorDialog dialog(s.stages());
    QTableWidget *table = dialog.table();
    table->item(0, 1)->setText(QStringLiteral("関心"));
    dialog.addStage(); // no names
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(keys(s), before);
    QCOMPARE(s.stages().find(QStringLiteral("interest"))->nameJa, QStringLiteral("関心あり"));
}

void TestStageEditor::stageWithOpenCandidaciesCannotBeRetired()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const qint64 person = repo.add(test::makeAlumnus(QStringLiteral("E1"), QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"))).value();
    pipeline::PipelineService s(t.db(), QStringLiteral("test"));
    pipeline::NewCandidacy n;
    n.alumnusId = person;
    QVERIFY(s.candidacies().add(n)); // in the first stage, 関心あり
    StageEditorDialog dialog(s.stages());
    QTableWidget *table = dialog.table();
    table->item(rowOfKey(table, QStringLiteral("contacted")), 1)->setText(QStringLiteral("連絡済み"));
    table->item(rowOfKey(table, QStringLiteral("interest")), 5)->setCheckState(Qt::Checked);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("1")), qPrintable(dialog.errorText()));
    QVERIFY(!s.stages().find(QStringLiteral("interest"))->retired);
    QCOMPARE(s.stages().find(QStringLiteral("contacted"))->nameJa, QStringLiteral("接触済")); // the rename was not kept either
}

QTEST_MAIN(TestStageEditor)
#include "tst_stageeditor.moc"
