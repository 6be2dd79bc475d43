// The KPI dashboard offscreen: figures arrive from the worker, filters recompute them (marked stale
// meanwhile), and clicking a tile or double-clicking a cohort cell yields exactly the people the figure counts.
#include "TestDatabase.h"

#include "kpi/BreakdownChart.h"
#include "kpi/FunnelChart.h"
#include "kpi/KpiDashboard.h"
#include "kpi/KpiTile.h"
#include "kpi/KpiWindow.h"
#include "kpi/TrendChart.h"
#include "roster/AlumnusRepository.h"

#include <QBarSet>
#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace alumnidesk;

namespace {

Stint stint(const QDate &hire, const QDate &departure, const QString &department, const QString &type, const QString &reason)
{
    Stint s;
    s.hireDate = hire;
    s.departureDate = departure;
    s.department = department;
    s.employmentType = QStringLiteral("regular");
    s.departureType = type;
    s.departureReason = reason;
    return s;
}

} // namespace

class TestKpiDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void figuresFiltersAndDrillDown();
    void windowListsAndOpensThePeople();
    void funnelAndTrendDrillDown();
    void ruleSetFilter();

private:
    test::TestDatabase m_db;
};

void TestKpiDashboard::initTestCase()
{
    AlumnusRepository repo(m_db.db(), QStringLiteral("test"));
    const QString sales = QStringLiteral("営業部");
    const QString dev = QStringLiteral("開発部");
    const QString voluntary = QStringLiteral("voluntary");
    const QVector<QVector<Stint>> careers = {
        {stint({2015, 4, 1}, {2024, 3, 31}, sales, voluntary, QStringLiteral("転職"))},
        {stint({2016, 4, 1}, {2024, 6, 30}, sales, voluntary, QStringLiteral("育児"))},
        {stint({2017, 4, 1}, {2024, 9, 30}, dev, QStringLiteral("company"), QStringLiteral("業績不振"))},
        {stint({2010, 4, 1}, {2020, 3, 31}, dev, voluntary, QStringLiteral("転職")), stint({2024, 4, 1}, {}, dev, {}, {})},
    };
    int n = 0;
    for (const QVector<Stint> &c : careers) {
        Alumnus a = test::makeAlumnus(QStringLiteral("K%1").arg(++n), QStringLiteral("佐藤 花子"), QStringLiteral("サトウ ハナコ"));
        a.stints = c;
        a.membershipStatus = QStringLiteral("registered");
        QVERIFY(repo.add(a));
    }
}

void TestKpiDashboard::figuresFiltersAndDrillDown()
{
    ui::KpiDashboard dashboard;
    dashboard.resize(1200, 800);
    dashboard.show();
    dashboard.setAsOf(QDate(2025, 1, 15));
    QSignalSpy refreshed(&dashboard, &ui::KpiDashboard::refreshed);
    dashboard.setDatabase(&m_db.db());
    QVERIFY(dashboard.isStale());
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!dashboard.isStale());
    ui::KpiTile *leavers = dashboard.tile(QStringLiteral("leavers"));
    QVERIFY(leavers);
    QCOMPARE(leavers->valueText(), QStringLiteral("3"));
    QCOMPARE(dashboard.tile(QStringLiteral("rehires"))->valueText(), QStringLiteral("1"));

    // Clicking a tile: the people behind its value.
    QSignalSpy people(&dashboard, &ui::KpiDashboard::peopleRequested);
    QTest::mouseClick(leavers, Qt::LeftButton);
    QVERIFY(people.wait(20000));
    QCOMPARE(people.last().at(1).value<QVector<qint64>>().size(), 3);

    // A filter recomputes everything; the old figures are stale meanwhile.
    kpi::KpiFilters f = dashboard.filters();
    f.department = QStringLiteral("営業部");
    dashboard.setFilters(f);
    QVERIFY(dashboard.isStale());
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(leavers->valueText(), QStringLiteral("2"));

    // A cohort cell: the leavers of 2024 in 営業部.
    auto *grid = dashboard.findChild<QTableWidget *>(QStringLiteral("cohortGrid"));
    QVERIFY(grid);
    QCOMPARE(grid->verticalHeaderItem(grid->rowCount() - 1)->text(), QStringLiteral("2024"));
    QCOMPARE(grid->item(grid->rowCount() - 1, 0)->text(), QStringLiteral("2"));
    const int before = int(people.size());
    emit grid->cellDoubleClicked(grid->rowCount() - 1, 0);
    QTRY_VERIFY_WITH_TIMEOUT(people.size() > before, 20000);
    QCOMPARE(people.last().at(1).value<QVector<qint64>>().size(), 2);
}

void TestKpiDashboard::windowListsAndOpensThePeople()
{
    ui::KpiWindow window;
    window.show();
    window.dashboard()->setAsOf(QDate(2025, 1, 15));
    QSignalSpy refreshed(window.dashboard(), &ui::KpiDashboard::refreshed);
    window.setDatabase(&m_db.db());
    QVERIFY(refreshed.wait(20000));
    QTest::mouseClick(window.dashboard()->tile(QStringLiteral("rehires")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.peopleList()->rowCount(), 1, 20000);
    QCOMPARE(window.peopleList()->item(0, 0)->text(), QStringLiteral("K4"));
    QSignalSpy open(&window, &ui::KpiWindow::openAlumnus);
    emit window.peopleList()->cellDoubleClicked(0, 1);
    QCOMPARE(open.size(), 1);
    QVERIFY(open.first().first().toLongLong() > 0);
    window.setDatabase(nullptr);
}

void TestKpiDashboard::funnelAndTrendDrillDown()
{
    // Candidacies of K1 and K2 in 2024: both interested, K2 on to contacted; K3's in 2023 is outside.
    QSqlDatabase db = m_db.db().sql();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO candidacies(id, alumnus_id, source, stage_id, stage_since, created_at) VALUES "
        "(1, (SELECT id FROM alumni WHERE employee_id = 'K1'), 'applied', (SELECT id FROM pipeline_stages WHERE key = 'interest'), "
        "'2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z'), "
        "(2, (SELECT id FROM alumni WHERE employee_id = 'K2'), 'outreach', (SELECT id FROM pipeline_stages WHERE key = 'contacted'), "
        "'2024-07-01T00:00:00Z', '2024-06-01T00:00:00Z'), "
        "(3, (SELECT id FROM alumni WHERE employee_id = 'K3'), 'event', (SELECT id FROM pipeline_stages WHERE key = 'interest'), "
        "'2023-05-01T00:00:00Z', '2023-05-01T00:00:00Z')")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user) VALUES "
        "(1, NULL, (SELECT id FROM pipeline_stages WHERE key = 'interest'), '2024-05-01T00:00:00Z', 'test'), "
        "(2, NULL, (SELECT id FROM pipeline_stages WHERE key = 'interest'), '2024-06-01T00:00:00Z', 'test'), "
        "(2, (SELECT id FROM pipeline_stages WHERE key = 'interest'), (SELECT id FROM pipeline_stages WHERE key = 'contacted'), "
        "'2024-07-01T00:00:00Z', 'test'), "
        "(3, NULL, (SELECT id FROM pipeline_stages WHERE key = 'interest'), '2023-05-01T00:00:00Z', 'test')")));
    auto idOf = [&](const char *employeeId) {
        QSqlQuery e(db);
        e.prepare(QStringLiteral("SELECT id FROM alumni WHERE employee_id = ?"));
        e.addBindValue(QString::fromLatin1(employeeId));
        e.exec();
        e.next();
        return e.value(0).toLongLong();
    };

    ui::KpiDashboard dashboard;
    dashboard.resize(1280, 800);
    dashboard.show();
    dashboard.setAsOf(QDate(2025, 1, 15));
    QSignalSpy refreshed(&dashboard, &ui::KpiDashboard::refreshed);
    dashboard.setDatabase(&m_db.db());
    QVERIFY(refreshed.wait(20000));
    auto *funnel = dashboard.findChild<ui::FunnelChart *>(QStringLiteral("funnelChart"));
    QVERIFY(funnel);
    QCOMPARE(funnel->stageCount(), 6); // Interested … Rehired

    QSignalSpy people(&dashboard, &ui::KpiDashboard::peopleRequested);
    QTest::mouseClick(funnel, Qt::LeftButton, {}, funnel->stageRect(0).center());
    QVERIFY(people.wait(20000));
    QCOMPARE(people.last().at(1).value<QVector<qint64>>(), (QVector<qint64>{idOf("K1"), idOf("K2")}));
    QVERIFY(people.last().at(0).toString().contains(QLatin1String("Interested")));
    QTest::mouseClick(funnel, Qt::LeftButton, {}, funnel->stageRect(1).center());
    QVERIFY(people.wait(20000));
    QCOMPARE(people.last().at(1).value<QVector<qint64>>(), QVector<qint64>{idOf("K2")});

    // The trend: K1 left in March 2024; its bar gives K1.
    auto *trend = dashboard.findChild<ui::TrendChart *>(QStringLiteral("trendChart"));
    QVERIFY(trend);
    QBarSet *leavers = trend->barSet(ui::TrendChart::kLeaversKpi);
    QVERIFY(leavers);
    QCOMPARE(leavers->count(), 12);
    QCOMPARE(leavers->at(2), 1.0);
    emit leavers->clicked(2);
    QVERIFY(people.wait(20000));
    QCOMPARE(people.last().at(1).value<QVector<qint64>>(), QVector<qint64>{idOf("K1")});
    QVERIFY(trend->barSet(ui::TrendChart::kRehiresKpi));

    // The breakdown chooser starts at candidacies by stage: in the pipeline during 2024, K1 and K3 are
    // Interested (K3's candidacy from 2023 is still open). Bars run bottom-up: Interested is the last.
    auto *breakdown = dashboard.findChild<ui::BreakdownChart *>(QStringLiteral("breakdownChart"));
    QVERIFY(breakdown);
    QCOMPARE(breakdown->currentKpi(), QStringLiteral("pipeline_by_stage"));
    QBarSet *bars = breakdown->bars();
    QVERIFY(bars);
    QCOMPARE(bars->at(bars->count() - 1), 2.0);
    emit bars->clicked(bars->count() - 1);
    QVERIFY(people.wait(20000));
    QCOMPARE(people.last().at(1).value<QVector<qint64>>(), (QVector<qint64>{idOf("K1"), idOf("K3")}));
    breakdown->setCurrentKpi(QStringLiteral("pipeline_by_source"));
    QVERIFY(breakdown->bars());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM candidacy_moves")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM candidacies")));
}

void TestKpiDashboard::ruleSetFilter()
{
    ui::KpiDashboard dashboard;
    dashboard.setAsOf(QDate(2025, 1, 15));
    QSignalSpy refreshed(&dashboard, &ui::KpiDashboard::refreshed);
    dashboard.setDatabase(&m_db.db());
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(dashboard.filters().ruleSet, QStringLiteral("rehire"));
    // The combo lists the file's rule sets; choosing one recomputes the whole dashboard with it.
    QComboBox *combo = nullptr;
    for (QComboBox *c : dashboard.findChildren<QComboBox *>()) {
        if (c->findData(QStringLiteral("network")) >= 0)
            combo = c;
    }
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("network")));
    QCOMPARE(dashboard.filters().ruleSet, QStringLiteral("network"));
    QVERIFY(dashboard.isStale());
    QVERIFY(refreshed.wait(20000));
    QVERIFY(dashboard.tile(QStringLiteral("eligible_for_rehire")));
    for (const kpi::KpiOutcome &o : dashboard.outcomes()) {
        if (o.definition->id == QLatin1String("eligible_share")) {
            QVERIFY(o.result);
            QVERIFY2(o.result->note.contains(QLatin1String("network")), qPrintable(o.result->note));
        }
    }
}

QTEST_MAIN(TestKpiDashboard)
#include "tst_kpidashboard.moc"
