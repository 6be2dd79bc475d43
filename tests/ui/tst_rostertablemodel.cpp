// The roster model: correct under QAbstractItemModelTester, 50音 order by default, any column sortable,
// filters and search applied off the UI thread, pages fetched on demand into a bounded cache.
#include "TestDatabase.h"

#include "roster/AlumnusRepository.h"
#include "roster/RosterLoader.h"
#include "roster/RosterTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

void fill(Database &db, int n)
{
    // Readings cycle through rows of the syllabary so that kana order differs from insertion order.
    const QStringList families{QStringLiteral("ワタナベ"), QStringLiteral("アベ"), QStringLiteral("サトウ"),
                               QStringLiteral("カトウ"), QStringLiteral("ナカムラ"), QStringLiteral("ハヤシ")};
    const QStringList kanji{QStringLiteral("渡辺"), QStringLiteral("阿部"), QStringLiteral("佐藤"),
                            QStringLiteral("加藤"), QStringLiteral("中村"), QStringLiteral("林")};
    AlumnusRepository repo(db, QStringLiteral("test"));
    for (int i = 0; i < n; ++i) {
        const int f = i % families.size();
        Alumnus a = test::makeAlumnus(QStringLiteral("E%1").arg(i, 5, 10, QLatin1Char('0')),
                                      kanji.at(f) + QStringLiteral(" 太郎%1").arg(i),
                                      families.at(f) + QStringLiteral(" タロウ"));
        a.stints[0].department = i % 2 ? QStringLiteral("営業部") : QStringLiteral("人事部");
        a.stints[0].hireDate = QDate(2005, 4, 1);
        a.stints[0].departureDate = QDate(2010 + i % 10, 3, 31);
        auto id = repo.add(a);
        QVERIFY2(id, qPrintable(id.errorText()));
    }
}

void waitLoaded(RosterTableModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
}

QString cell(const RosterTableModel &model, int row, RosterColumn c)
{
    return model.data(model.index(row, int(c))).toString();
}

} // namespace

class TestRosterTableModel : public QObject {
    Q_OBJECT
private slots:
    void passesModelTester();
    void defaultOrderIsGojuon();
    void sortsByAnyColumn_data();
    void sortsByAnyColumn();
    void searchFiltersRows();
    void filtersCombine();
    void pagesBeyondTheCacheAreRefetched();
    void rowOfFindsEveryRow();
    void staleResultAfterClosingIsIgnored_data();
    void staleResultAfterClosingIsIgnored();
};

void TestRosterTableModel::passesModelTester()
{
    test::TestDatabase t;
    fill(t.db(), 50);
    RosterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&t.db());
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 50);
    RosterFilter f;
    f.search = QStringLiteral("林");
    model.setFilter(f);
    waitLoaded(model);
    model.sort(int(RosterColumn::EmployeeId), Qt::DescendingOrder);
    waitLoaded(model);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestRosterTableModel::defaultOrderIsGojuon()
{
    test::TestDatabase t;
    fill(t.db(), 12);
    RosterTableModel model;
    model.setDatabase(&t.db());
    waitLoaded(model);
    QStringList kana;
    for (int r = 0; r < model.rowCount(); ++r)
        kana.append(cell(model, r, RosterColumn::Kana).section(QLatin1Char(' '), 0, 0));
    kana.removeDuplicates();
    QCOMPARE(kana, (QStringList{QStringLiteral("アベ"), QStringLiteral("カトウ"), QStringLiteral("サトウ"),
                                QStringLiteral("ナカムラ"), QStringLiteral("ハヤシ"), QStringLiteral("ワタナベ")}));
}

void TestRosterTableModel::sortsByAnyColumn_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < kRosterColumnCount; ++c)
        QTest::newRow(qPrintable(rosterColumnKey(RosterColumn(c)))) << c;
}

void TestRosterTableModel::sortsByAnyColumn()
{
    QFETCH(int, column);
    test::TestDatabase t;
    fill(t.db(), 30);
    RosterTableModel model;
    model.setDatabase(&t.db());
    waitLoaded(model);
    model.sort(column, Qt::DescendingOrder);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 30);
    if (RosterColumn(column) == RosterColumn::EmployeeId) {
        QCOMPARE(cell(model, 0, RosterColumn::EmployeeId), QStringLiteral("E00029"));
        QCOMPARE(cell(model, 29, RosterColumn::EmployeeId), QStringLiteral("E00000"));
    }
    if (RosterColumn(column) == RosterColumn::Department) {
        QCOMPARE(cell(model, 0, RosterColumn::Department), QStringLiteral("営業部"));
        QCOMPARE(cell(model, 29, RosterColumn::Department), QStringLiteral("人事部"));
    }
}

void TestRosterTableModel::searchFiltersRows()
{
    test::TestDatabase t;
    fill(t.db(), 30);
    RosterTableModel model;
    QSignalSpy counts(&model, &RosterTableModel::countChanged);
    model.setDatabase(&t.db());
    waitLoaded(model);
    RosterFilter f;
    f.search = QStringLiteral("林"); // one character
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 5);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(cell(model, r, RosterColumn::Name).startsWith(QStringLiteral("林")));
    f.search = QStringLiteral("はやし"); // hiragana finds the katakana reading
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 5);
    f.search = QStringLiteral("hayashi"); // romaji
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 5);
    f.search = QStringLiteral("存在しない");
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.constLast().constFirst().toLongLong(), qint64(0));
}

void TestRosterTableModel::filtersCombine()
{
    test::TestDatabase t;
    fill(t.db(), 30);
    RosterTableModel model;
    model.setDatabase(&t.db());
    waitLoaded(model);
    RosterFilter f;
    f.departments = {QStringLiteral("営業部")};
    f.departureYearFrom = 2012;
    f.departureYearTo = 2013;
    model.setFilter(f);
    waitLoaded(model);
    // Odd i are 営業部; years 2010 + i % 10 in [2012, 2013] means i % 10 in {2, 3}: odd → i % 10 == 3.
    QCOMPARE(model.rowCount(), 3);
    f.statuses = {QStringLiteral("withdrawn")};
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 0);
}

void TestRosterTableModel::pagesBeyondTheCacheAreRefetched()
{
    test::TestDatabase t;
    fill(t.db(), 300);
    RosterTableModel model;
    model.setDatabase(&t.db());
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 300);
    // Every row can be read, far from the first page, and reading them all does not fail.
    QSet<QString> ids;
    for (int r = model.rowCount() - 1; r >= 0; --r)
        ids.insert(cell(model, r, RosterColumn::EmployeeId));
    QCOMPARE(ids.size(), 300);
    QVERIFY(model.cachedRowCount() <= RosterTableModel::kCachedRows);
    // With a small cache, scrolling through everything keeps memory bounded and still shows every row.
    model.setCacheCapacity(2 * RosterTableModel::kPageSize);
    ids.clear();
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(cell(model, r, RosterColumn::EmployeeId));
        QVERIFY(model.cachedRowCount() <= 2 * RosterTableModel::kPageSize);
    }
    QCOMPARE(ids.size(), 300);

    // Even a cache smaller than one page still yields every row.
    model.setCacheCapacity(16);
    ids.clear();
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(cell(model, r, RosterColumn::EmployeeId));
    QVERIFY(!ids.contains(QStringLiteral("…")));
    QCOMPARE(ids.size(), 300);
}

void TestRosterTableModel::rowOfFindsEveryRow()
{
    test::TestDatabase t;
    fill(t.db(), 200);
    RosterTableModel model;
    model.setDatabase(&t.db());
    waitLoaded(model);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOf(model.idAt(r)), r);
    QCOMPARE(model.rowOf(0), -1);
    QCOMPARE(model.rowOf(100000), -1);
    // Another order: the index follows the new list.
    model.sort(int(RosterColumn::EmployeeId), Qt::DescendingOrder);
    waitLoaded(model);
    QCOMPARE(model.idAt(0), qint64(200));
    QCOMPARE(model.rowOf(200), 0);
    QCOMPARE(model.rowOf(1), 199);
    // A short filtered list: people outside it have no row.
    RosterFilter f;
    f.search = QStringLiteral("太郎199");
    model.setFilter(f);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    waitLoaded(model);
    QCOMPARE(model.rowOf(model.idAt(0)), 0);
    QCOMPARE(model.rowOf(1), -1);
}

void TestRosterTableModel::staleResultAfterClosingIsIgnored_data()
{
    QTest::addColumn<bool>("failure");
    QTest::newRow("loaded") << false;
    QTest::newRow("failed") << true;
}

void TestRosterTableModel::staleResultAfterClosingIsIgnored()
{
    // A result the worker sent just before the file was closed may still be queued: it must not bring rows
    // back into a model that has no database to fetch them from.
    QFETCH(bool, failure);
    test::TestDatabase t;
    fill(t.db(), 10);
    RosterTableModel model;
    model.setDatabase(&t.db());
    waitLoaded(model);
    model.setDatabase(nullptr);
    auto *loader = model.findChild<RosterLoader *>();
    QVERIFY(loader);
    QSignalSpy failures(&model, &RosterTableModel::loadFailed);
    for (quint64 generation = 0; generation < 16; ++generation) {
        if (failure)
            emit loader->failed(generation, QStringLiteral("stale"));
        else
            emit loader->loaded(generation, {1, 2, 3}, 0);
    }
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failures.count(), 0);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.data(model.index(0, 0)), QVariant());
}

QTEST_MAIN(TestRosterTableModel)
#include "tst_rostertablemodel.moc"
