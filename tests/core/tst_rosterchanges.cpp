// The roster's change feed stays short (rosterchanges::prune) without a reader missing a change: a reader
// that had not seen the pruned entries reloads everything, one that had is not disturbed.
#include "db/RosterChanges.h"
#include "demo/DemoRoster.h"
#include "kpi/KpiSnapshotCache.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace alumnidesk;
using alumnidesk::kpi::KpiSnapshotCache;
using alumnidesk::kpi::SnapshotSync;

namespace {

qint64 single(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Touches `n` people one statement at a time, so the feed's triggers record one entry each.
bool touch(QSqlDatabase &db, int n, int offset = 0)
{
    QSqlQuery q(db);
    for (int i = 0; i < n; ++i) {
        if (!q.exec(QStringLiteral("UPDATE alumni SET notes = notes || 'x' WHERE id = %1").arg(1 + (offset + i) % 200)))
            return false;
    }
    return true;
}

} // namespace

class TestRosterChanges : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void shortFeedIsLeftAlone();
    void longFeedKeepsTheNewestEntries();
    void readerBehindThePruneReloads();
    void readerPastThePruneIsNotDisturbed();
    void openPrunesALongFeed();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    QSqlDatabase sql() { return m_db->db().sql(); }
};

void TestRosterChanges::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    demo::DemoOptions options;
    options.rows = 200;
    options.today = QDate(2026, 11, 26);
    QVERIFY(demo::generateDemoRoster(m_db->db(), options));
}

void TestRosterChanges::cleanup()
{
    KpiSnapshotCache::instance().forget(m_db->path());
    m_db.reset();
}

void TestRosterChanges::shortFeedIsLeftAlone()
{
    QSqlDatabase db = sql();
    QVERIFY(touch(db, 20));
    const qint64 before = single(db, QStringLiteral("SELECT count(*) FROM roster_changes"));
    auto pruned = rosterchanges::prune(db, 100, 10);
    QVERIFY2(pruned, qPrintable(pruned.errorText()));
    QCOMPARE(pruned.value(), qint64(0));
    QCOMPARE(single(db, QStringLiteral("SELECT count(*) FROM roster_changes")), before);
}

void TestRosterChanges::longFeedKeepsTheNewestEntries()
{
    QSqlDatabase db = sql();
    QVERIFY(touch(db, 50));
    const qint64 total = single(db, QStringLiteral("SELECT count(*) FROM roster_changes"));
    const qint64 newest = single(db, QStringLiteral("SELECT max(seq) FROM roster_changes"));
    QVERIFY(total > 40);
    auto pruned = rosterchanges::prune(db, 30, 10);
    QVERIFY2(pruned, qPrintable(pruned.errorText()));
    QCOMPARE(pruned.value(), total - 10);
    QCOMPARE(single(db, QStringLiteral("SELECT count(*) FROM roster_changes")), qint64(10));
    QCOMPARE(single(db, QStringLiteral("SELECT max(seq) FROM roster_changes")), newest);
    // The oldest kept entry now says "everyone"; the nine after it still name their person.
    QCOMPARE(single(db, QStringLiteral("SELECT count(*) FROM roster_changes WHERE alumnus_id IS NULL AND import_id IS NULL")), qint64(1));
    QCOMPARE(single(db, QStringLiteral("SELECT alumnus_id IS NULL FROM roster_changes ORDER BY seq LIMIT 1")), qint64(1));
    QCOMPARE(single(db, QStringLiteral("SELECT count(*) FROM roster_changes WHERE alumnus_id IS NOT NULL")), qint64(9));
    // New entries carry on after the newest.
    QVERIFY(touch(db, 1));
    QVERIFY(single(db, QStringLiteral("SELECT max(seq) FROM roster_changes")) > newest);
}

void TestRosterChanges::readerBehindThePruneReloads()
{
    QSqlDatabase db = sql();
    auto first = KpiSnapshotCache::instance().current(db, m_db->db().backend(), m_db->path());
    QVERIFY(first);
    QVERIFY(touch(db, 40));
    QVERIFY(rosterchanges::prune(db, 20, 5).value() > 0);
    auto after = KpiSnapshotCache::instance().current(db, m_db->db().backend(), m_db->path());
    QVERIFY2(after, qPrintable(after.errorText()));
    QCOMPARE(int(after->how), int(SnapshotSync::Loaded));
    QCOMPARE(after->snapshot->livePeople(), qint64(200));
}

void TestRosterChanges::readerPastThePruneIsNotDisturbed()
{
    QSqlDatabase db = sql();
    QVERIFY(touch(db, 40));
    auto first = KpiSnapshotCache::instance().current(db, m_db->db().backend(), m_db->path());
    QVERIFY(first);
    QVERIFY(touch(db, 3, 7));
    QVERIFY(rosterchanges::prune(db, 20, 5).value() > 0);
    auto after = KpiSnapshotCache::instance().current(db, m_db->db().backend(), m_db->path());
    QVERIFY2(after, qPrintable(after.errorText()));
    QCOMPARE(int(after->how), int(SnapshotSync::Updated));
    QCOMPARE(after->reread, qint64(3));
}

void TestRosterChanges::openPrunesALongFeed()
{
    QSqlDatabase db = sql();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25000) "
                                  "INSERT INTO roster_changes(alumnus_id) SELECT 1 + i % 200 FROM n")));
    q.finish();
    const qint64 newest = single(db, QStringLiteral("SELECT max(seq) FROM roster_changes"));
    m_db->reopen();
    QSqlDatabase reopened = sql();
    QCOMPARE(single(reopened, QStringLiteral("SELECT count(*) FROM roster_changes")), qint64(10000));
    QCOMPARE(single(reopened, QStringLiteral("SELECT max(seq) FROM roster_changes")), newest);
}

QTEST_GUILESS_MAIN(TestRosterChanges)
#include "tst_rosterchanges.moc"
