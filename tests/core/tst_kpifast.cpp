// The fast path of the KPIs (the snapshot in memory, KpiSnapshotCache) gives exactly the KpiResult of the
// SQL facts — every value, previous value, count, series point, breakdown row and cohort cell — for a
// generated roster under many periods, filters and as-of dates, and keeps doing so through random edits
// by the repository, plain SQL edits, a rolled-back transaction, an HRIS import and its rollback. Edits are
// followed by re-reading the people they touched (not a reload), imports leave one entry in the change
// feed (no row triggers on their path), and a date the snapshot cannot mirror sends the KPIs to SQL.
// The pipeline KPIs likewise, over random candidacies (moves back and forth, skipped and undone moves,
// dates out of id order), through plain SQL edits of candidacies, moves and stages. The eligibility KPIs
// likewise (everyone judged on two threads, as at a million), under both rule sets, through new rule-set
// versions in force from a chosen day, a definition edited by a plain statement, and overrides set, revoked
// and expiring on chosen days. The people behind every drill-down key are the same in memory as by SQL.
#include "TestDatabase.h"

#include "demo/DemoRoster.h"
#include "eligibility/Overrides.h"
#include "eligibility/RuleSetStore.h"
#include "hris/ImportHistory.h"
#include "hris/StreamingImport.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiSnapshotCache.h"
#include "kpi/MemoryFacts.h"
#include "kpi/MidCareerHires.h"
#include "roster/AlumnusRepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <cmath>

using namespace alumnidesk;
using namespace alumnidesk::kpi;

namespace {

const QDate kToday(2025, 1, 15);

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("none");
}

QString showPeriod(const Period &p)
{
    return p.fromText() + QLatin1Char('/') + p.toText();
}

// The first difference between two results, or "" when they are the same in every field.
QString difference(const KpiResult &a, const KpiResult &b)
{
    auto num = [](const char *what, const std::optional<double> &x, const std::optional<double> &y) -> QString {
        if (x.has_value() != y.has_value() || (x && *x != *y))
            return QStringLiteral("%1: %2 ≠ %3").arg(QLatin1String(what), show(x), show(y));
        return {};
    };
    auto opt = [](const std::optional<qint64> &x) { return x ? std::optional<double>(double(*x)) : std::nullopt; };
    for (const QString &d : {num("value", a.value, b.value), num("previous", a.previous, b.previous),
                             num("numerator", opt(a.numerator), opt(b.numerator)),
                             num("denominator", opt(a.denominator), opt(b.denominator))}) {
        if (!d.isEmpty())
            return d;
    }
    if (!(a.period == b.period) || !(a.previousPeriod == b.previousPeriod))
        return QStringLiteral("periods differ");
    if (a.note != b.note)
        return QStringLiteral("note: %1 ≠ %2").arg(a.note, b.note);
    if (a.series.size() != b.series.size())
        return QStringLiteral("series: %1 ≠ %2 points").arg(a.series.size()).arg(b.series.size());
    for (int i = 0; i < a.series.size(); ++i) {
        const SeriesPoint &x = a.series.at(i);
        const SeriesPoint &y = b.series.at(i);
        if (x.label != y.label || !(x.period == y.period) || x.drillKey != y.drillKey)
            return QStringLiteral("series point %1: %2 ≠ %3").arg(i).arg(x.label, y.label);
        if (QString d = num("series value", x.value, y.value); !d.isEmpty())
            return x.label + QStringLiteral(" ") + d;
    }
    if (a.breakdown.size() != b.breakdown.size())
        return QStringLiteral("breakdown: %1 ≠ %2 rows").arg(a.breakdown.size()).arg(b.breakdown.size());
    for (int i = 0; i < a.breakdown.size(); ++i) {
        const BreakdownRow &x = a.breakdown.at(i);
        const BreakdownRow &y = b.breakdown.at(i);
        if (x.key != y.key || x.label != y.label || x.value != y.value || x.drillKey != y.drillKey)
            return QStringLiteral("breakdown row %1: %2 %3 ≠ %4 %5").arg(i).arg(x.key).arg(x.value).arg(y.key).arg(y.value);
    }
    if (a.cohortRows != b.cohortRows || a.cohortColumns.size() != b.cohortColumns.size())
        return QStringLiteral("cohort rows or columns differ");
    for (int i = 0; i < a.cohortColumns.size(); ++i) {
        if (a.cohortColumns.at(i).key != b.cohortColumns.at(i).key || a.cohortColumns.at(i).label != b.cohortColumns.at(i).label
            || a.cohortColumns.at(i).unit != b.cohortColumns.at(i).unit)
            return QStringLiteral("cohort column %1 differs").arg(i);
    }
    if (a.cohortCells.size() != b.cohortCells.size())
        return QStringLiteral("cohort cells: %1 ≠ %2").arg(a.cohortCells.size()).arg(b.cohortCells.size());
    for (int i = 0; i < a.cohortCells.size(); ++i) {
        const CohortCell &x = a.cohortCells.at(i);
        const CohortCell &y = b.cohortCells.at(i);
        if (x.row != y.row || x.column != y.column || x.drillKey != y.drillKey)
            return QStringLiteral("cohort cell %1 differs").arg(i);
        if (QString d = num("cell", x.value, y.value); !d.isEmpty())
            return x.row + QLatin1Char(':') + x.column + QLatin1Char(' ') + d;
    }
    return {};
}

// `count` random candidacies with their moves, dated from mid-2022 to early 2025.
bool seedCandidacies(QSqlDatabase db, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QVector<qint64> stage; // interest … offer (0–4), hired, declined, rejected, on_hold
    QSqlQuery q(db);
    for (const char *key : {"interest", "contacted", "screening", "interview", "offer", "hired", "declined", "rejected", "on_hold"}) {
        if (!q.exec(QStringLiteral("SELECT id FROM pipeline_stages WHERE key = '%1'").arg(QLatin1String(key))) || !q.next())
            return false;
        stage.append(q.value(0).toLongLong());
    }
    QVector<qint64> people;
    if (!q.exec(QStringLiteral("SELECT id FROM alumni ORDER BY id")))
        return false;
    while (q.next())
        people.append(q.value(0).toLongLong());
    QSqlQuery c(db);
    c.prepare(QStringLiteral("INSERT INTO candidacies(alumnus_id, source, stage_id, stage_since, created_at, closed_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery m(db);
    m.prepare(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user, reverses_move_id) "
                             "VALUES (?, ?, ?, ?, 'test', ?)"));
    const char *sources[] = {"applied", "outreach", "referral", "event"};
    auto stamp = [](const QDate &d) -> QString { return d.toString(Qt::ISODate) + QStringLiteral("T09:30:00.000Z"); };
    for (int i = 0; i < count; ++i) {
        QDate day = QDate(2022, 6, 1).addDays(rng.bounded(960));
        int at = rng.bounded(4) == 0 ? 2 : 0;
        const QDate created = day;
        c.addBindValue(people.at(rng.bounded(int(people.size()))));
        c.addBindValue(QString::fromLatin1(sources[rng.bounded(4)]));
        c.addBindValue(stage.at(at));
        c.addBindValue(stamp(day));
        c.addBindValue(stamp(created));
        c.addBindValue(QVariant(QMetaType::fromType<QString>()));
        if (!c.exec())
            return false;
        const qint64 id = c.lastInsertId().toLongLong();
        auto move = [&](int from, int to, const QDate &d, qint64 reverses) -> qint64 {
            m.addBindValue(id);
            m.addBindValue(from < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(stage.at(from)));
            m.addBindValue(stage.at(to));
            m.addBindValue(stamp(d));
            m.addBindValue(reverses ? QVariant(reverses) : QVariant(QMetaType::fromType<qint64>()));
            return m.exec() ? m.lastInsertId().toLongLong() : -1;
        };
        if (move(-1, at, day, 0) < 0)
            return false;
        const int steps = rng.bounded(7);
        for (int k = 0; k < steps && at < 5; ++k) {
            // Mostly days later; now and then the same day or a few days earlier than the move before.
            day = day.addDays(rng.bounded(10) == 0 ? -3 : rng.bounded(45));
            const int roll = rng.bounded(10);
            int to = roll < 5 ? at + 1 : roll < 7 ? std::min(at + 2, 5) : roll < 8 ? std::max(at - 1, 0) : 5 + rng.bounded(4);
            if (to == at)
                to = at + 1;
            const qint64 moved = move(at, to, day, 0);
            if (moved < 0)
                return false;
            if (rng.bounded(6) == 0) { // undone the next day
                if (move(to, at, day.addDays(1), moved) < 0)
                    return false;
                continue;
            }
            at = to;
        }
        if (!q.exec(QStringLiteral("UPDATE candidacies SET stage_id = %1, closed_at = %2 WHERE id = %3")
                        .arg(stage.at(at))
                        .arg(at >= 5 ? QLatin1Char('\'') + stamp(day) + QLatin1Char('\'') : QStringLiteral("NULL"))
                        .arg(id)))
            return false;
    }
    return true;
}

struct Scenario {
    Period period; ///< invalid: the default period
    QString department;
    QString type;
    QDate asOf;
    QString ruleSet; ///< for the eligibility KPIs; "" = rehire
};

} // namespace

class TestKpiFast : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sqliteMonthArithmetic_data();
    void sqliteMonthArithmetic();
    void sameResultsAfterLoading();
    void sameResultsAfterRepositoryEdits();
    void sameResultsAfterPlainSqlEdits();
    void rolledBackTransactionChangesNothing();
    void sameResultsAfterImportAndRollback();
    void unmirroredDateFallsBackToSql();
    void sameEligibilityAfterRuleChanges();
    void sameEligibilityWithOverrides();
    void unplainRuleFactsFallBackToSql();
    void sameResultsAfterPipelineEdits();
    void unmirroredPipelineDateFallsBackToSql();
    void bulkLoadReloads();
    void peopleAddedOutOfIdOrder();
    void otherGeneratedRosters_data();
    void otherGeneratedRosters();

private:
    /// Syncs the snapshot (expecting `how`), then compares every KPI fast and SQL under the scenarios.
    void check(SnapshotSync::How how, bool allScenarios = false, bool expectPipeline = true);
    /// Compares the people behind every drill-down key of every KPI, fast and SQL, under a few scenarios.
    void checkDrillDowns();
    QVector<Scenario> scenarios(bool all) const;
    /// The SQL facts' context of a scenario (attach a snapshot to a copy for the fast one).
    KpiContext sqlContext(const Scenario &s);
    qint64 randomId();

    test::TestDatabase m_db;
    QString m_department;
};

void TestKpiFast::initTestCase()
{
    SnapshotVerdicts::setSplitAbove(100); // judging everyone runs on two threads here, as at a million
    demo::DemoOptions options;
    options.rows = 2500;
    options.seed = 11;
    options.today = kToday;
    auto summary = demo::generateDemoRoster(m_db.db(), options);
    QVERIFY2(summary, qPrintable(summary.errorText()));
    QVERIFY(summary->boomerangs > 40);
    QVERIFY(hires::set(m_db.db().sql(), m_db.db().backend(), 2024, 0, 300, {}, QStringLiteral("test")));
    QVERIFY(hires::set(m_db.db().sql(), m_db.db().backend(), 2023, 0, 250, {}, QStringLiteral("test")));
    QVERIFY(seedCandidacies(m_db.db().sql(), 600, 17));
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT department, count(*) FROM stints GROUP BY 1 ORDER BY 2 DESC LIMIT 1")) && q.next());
    m_department = q.value(0).toString();
}

void TestKpiFast::sqliteMonthArithmetic_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("months");
    QTest::newRow("31 May − 3 months") << QStringLiteral("2024-05-31") << -3;
    QTest::newRow("29 Feb + 12 months") << QStringLiteral("2024-02-29") << 12;
    QTest::newRow("31 Jan + 1 month") << QStringLiteral("2023-01-31") << 1;
    QTest::newRow("15 Mar − 24 months") << QStringLiteral("2025-03-15") << -24;
    QTest::newRow("31 Dec − 12 months") << QStringLiteral("2024-12-31") << -12;
    QTest::newRow("31 Mar − 13 months") << QStringLiteral("2024-03-31") << -13;
}

void TestKpiFast::sqliteMonthArithmetic()
{
    QFETCH(QString, date);
    QFETCH(int, months);
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT date('%1', '%2%3 months')").arg(date).arg(months >= 0 ? QStringLiteral("+") : QString()).arg(months)) && q.next());
    const qint32 ours = memfacts::addMonths(memfacts::dateKey(QDate::fromString(date, Qt::ISODate)), months);
    QCOMPARE(QStringLiteral("%1-%2-%3")
                 .arg(ours / 10000, 4, 10, QLatin1Char('0'))
                 .arg(ours / 100 % 100, 2, 10, QLatin1Char('0'))
                 .arg(ours % 100, 2, 10, QLatin1Char('0')),
             q.value(0).toString());
}

QVector<Scenario> TestKpiFast::scenarios(bool all) const
{
    const QVector<Period> periods = {
        Period{},                                      // the default: twelve months before the as-of month
        Period{QDate(2024, 1, 1), QDate(2024, 12, 31)}, // a calendar year
        Period{QDate(2023, 2, 15), QDate(2024, 3, 10)}, // not whole months: same number of days before
        Period{QDate(2008, 1, 1), QDate(2024, 12, 31)}, // more than 36 months: series by year
    };
    const QVector<QPair<QString, QString>> filters = {
        {QString(), QString()},
        {QString(), QStringLiteral("voluntary")},
        {m_department, QString()},
        {m_department, QStringLiteral("company")},
        {QStringLiteral("存在しない部署"), QString()},
    };
    QVector<Scenario> out;
    for (const QDate &asOf : {kToday, QDate(2024, 5, 31)}) {
        for (int p = 0; p < periods.size(); ++p) {
            for (int f = 0; f < filters.size(); ++f) {
                if (!all && (p + f) % 3 != 0)
                    continue;
                out.append({periods.at(p), filters.at(f).first, filters.at(f).second, asOf,
                            (p + f) % 2 ? QStringLiteral("network") : QString()});
            }
        }
    }
    return out;
}

void TestKpiFast::check(SnapshotSync::How how, bool allScenarios, bool expectPipeline)
{
    auto sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY2(sync, qPrintable(sync.errorText()));
    QCOMPARE(int(sync->how), int(how));
    if (how == SnapshotSync::Unavailable)
        QVERIFY(!sync->snapshot && !sync->pipeline);
    else
        QVERIFY(sync->snapshot);
    if (how != SnapshotSync::Unavailable && expectPipeline)
        QVERIFY(sync->pipeline);
    for (const Scenario &s : scenarios(allScenarios)) {
        KpiContext sqlCtx = sqlContext(s);
        KpiContext fastCtx = sqlCtx;
        sync->attach(fastCtx);
        for (const KpiDefinition &d : KpiRegistry::standard().definitions()) {
            auto a = d.compute(sqlCtx);
            auto b = d.compute(fastCtx);
            QVERIFY2(a && b, qPrintable(d.id + QLatin1String(": ") + (a ? b.errorText() : a.errorText())));
            const QString diff = difference(a.value(), b.value());
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 (period %2, department %3, type %4, as of %5, rule set %6): %7")
                                                    .arg(d.id, showPeriod(sqlCtx.period()), s.department, s.type,
                                                         s.asOf.toString(Qt::ISODate), s.ruleSet, diff)));
        }
    }
}

KpiContext TestKpiFast::sqlContext(const Scenario &s)
{
    KpiContext ctx;
    ctx.db = m_db.db().sql();
    ctx.asOf = s.asOf;
    ctx.filters.period = s.period;
    ctx.filters.department = s.department;
    ctx.filters.departureType = s.type;
    ctx.filters.ruleSet = s.ruleSet;
    return ctx;
}

void TestKpiFast::checkDrillDowns()
{
    auto sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->snapshot);
    const QVector<Scenario> all = scenarios(false);
    int compared = 0;
    for (int n : {0, 3, 7, 10}) {
        const Scenario &s = all.at(n % all.size());
        KpiContext sqlCtx = sqlContext(s);
        KpiContext fastCtx = sqlCtx;
        sync->attach(fastCtx);
        for (const KpiDefinition &d : KpiRegistry::standard().definitions()) {
            auto r = d.compute(fastCtx);
            QVERIFY(r);
            QStringList keys{QString(), QStringLiteral("population"), QStringLiteral("previous")};
            for (const SeriesPoint &p : r->series)
                keys.append(p.drillKey);
            for (const BreakdownRow &b : r->breakdown)
                keys.append(b.drillKey);
            for (const CohortCell &c : r->cohortCells)
                keys.append(c.drillKey);
            for (const QString &key : keys) {
                auto a = d.drillDown(sqlCtx, key);
                auto b = d.drillDown(fastCtx, key);
                QVERIFY2(bool(a) == bool(b), qPrintable(d.id + QLatin1Char(' ') + key));
                if (!a)
                    continue;
                QVERIFY2(a.value() == b.value(), qPrintable(QStringLiteral("%1 “%2” (scenario %3): %4 people by SQL, %5 in memory")
                                                                .arg(d.id, key).arg(n).arg(a->size()).arg(b->size())));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 100);
}

qint64 TestKpiFast::randomId()
{
    QSqlQuery q(m_db.db().sql());
    q.exec(QStringLiteral("SELECT id FROM alumni ORDER BY random() LIMIT 1"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void TestKpiFast::sameResultsAfterLoading()
{
    KpiSnapshotCache::instance().forget(m_db.path());
    check(SnapshotSync::Loaded, true);
    check(SnapshotSync::Current);
    checkDrillDowns();

    // The fast path reads no SQL: without a connection every roster, pipeline and eligibility KPI is still
    // computed (all but the boomerang share, which reads the mid-career hires HR entered).
    const QStringList sqlOnly{QStringLiteral("boomerang_hire_share")};
    auto sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->snapshot);
    KpiContext noSql;
    noSql.asOf = kToday;
    sync->attach(noSql);
    for (const KpiDefinition &d : KpiRegistry::standard().definitions()) {
        if (sqlOnly.contains(d.id))
            continue;
        auto r = d.compute(noSql);
        QVERIFY2(r, qPrintable(d.id + QLatin1String(" read SQL: ") + (r ? QString() : r.errorText())));
        // The random candidacies give every pipeline KPI something to count in the default period.
        if (d.id.startsWith(QLatin1String("pipeline_")))
            QVERIFY2(r->value.value_or(0) > 0 && !r->breakdown.isEmpty(), qPrintable(d.id));
        if (d.id == QLatin1String("eligible_for_rehire")) // and the rule set something to judge
            QVERIFY2(r->breakdown.size() == 3 && r->breakdown.at(0).value > 0 && r->breakdown.at(1).value > 0
                         && r->breakdown.at(2).value > 0,
                     qPrintable(d.id));
    }
}

void TestKpiFast::sameResultsAfterRepositoryEdits()
{
    QRandomGenerator rng(42);
    AlumnusRepository repo(m_db.db(), QStringLiteral("test"));
    static const char *const statuses[] = {"invited", "registered", "active", "dormant", "withdrawn"};
    static const char *const types[] = {"voluntary", "company", "retirement", "contract_end"};
    // Dates on the days that trip date arithmetic: month ends, 29 February, period boundaries.
    static const QDate days[] = {QDate(2024, 2, 29), QDate(2023, 12, 31), QDate(2024, 1, 1), QDate(2024, 3, 31),
                                 QDate(2024, 12, 31), QDate(2025, 1, 15), QDate(2022, 5, 31), QDate(2019, 8, 30)};
    int saved = 0;
    for (int round = 0; round < 4; ++round) {
        for (int edit = 0; edit < 6; ++edit) {
            auto loaded = repo.load(randomId());
            QVERIFY(loaded);
            Alumnus a = loaded.value();
            switch (rng.bounded(6)) {
            case 0:
                a.membershipStatus = QString::fromLatin1(statuses[rng.bounded(5)]);
                a.lastContactDate = days[rng.bounded(8)];
                break;
            case 1: { // a rehire: a new stint after the last departure, ended or not
                QDate last;
                for (const Stint &s : a.stints)
                    last = std::max(last, s.departureDate);
                if (!last.isValid())
                    break;
                Stint s;
                // Half of them on a period's last day (the cohort grid counts rehires up to it, inclusive).
                s.hireDate = rng.bounded(2) ? QDate(2024, 12, 31) : last.addDays(1 + rng.bounded(900));
                if (s.hireDate > kToday)
                    s.hireDate = kToday;
                if (s.hireDate <= last)
                    break;
                if (rng.bounded(2))
                    s.departureDate = s.hireDate.addDays(100 + rng.bounded(500));
                if (s.departureDate.isValid()) {
                    s.departureType = QString::fromLatin1(types[rng.bounded(4)]);
                    s.departureReason = QStringLiteral("家業");
                }
                s.department = m_department;
                a.stints.append(s);
                break;
            }
            case 2:
                if (a.stints.size() > 1)
                    a.stints.removeLast();
                break;
            case 3:
                if (!a.stints.isEmpty() && a.stints.last().departureDate.isValid()) {
                    a.stints.last().departureDate = days[rng.bounded(8)];
                    if (a.stints.last().hireDate >= a.stints.last().departureDate)
                        a.stints.last().hireDate = a.stints.last().departureDate.addYears(-3);
                    a.stints.last().departureType = QString::fromLatin1(types[rng.bounded(4)]);
                    a.stints.last().departureReason = QStringLiteral("理由%1").arg(rng.bounded(3));
                    a.stints.last().department = rng.bounded(2) ? m_department : QStringLiteral("新設部");
                }
                break;
            case 4: {
                QVERIFY(repo.remove(a.id));
                continue;
            }
            case 5: {
                Alumnus n = test::makeAlumnus(QStringLiteral("FAST%1-%2").arg(round).arg(edit), QStringLiteral("試験 太郎"),
                                              QStringLiteral("シケン タロウ"));
                n.membershipStatus = QString::fromLatin1(statuses[rng.bounded(5)]);
                n.stints.first().departureDate = days[rng.bounded(8)];
                n.stints.first().hireDate = n.stints.first().departureDate.addYears(-2);
                auto added = repo.add(n);
                QVERIFY2(added, qPrintable(added.errorText()));
                continue;
            }
            }
            // A random change may be one validation refuses (a rehire before the previous departure): then
            // nothing was written, which the comparison covers as well.
            if (repo.save(a))
                ++saved;
        }
        check(SnapshotSync::Updated);
    }
    QVERIFY(saved > 6);
    checkDrillDowns();
}

void TestKpiFast::sameResultsAfterPlainSqlEdits()
{
    QSqlQuery q(m_db.db().sql());
    // Statements that bypass the repository, the stored stint_count included (the facts read it).
    for (const char *sql : {
             "UPDATE stints SET departure_date = '2024-02-29' WHERE id IN (SELECT id FROM stints WHERE departure_date IS NOT NULL "
             "ORDER BY id LIMIT 7)",
             "UPDATE alumni SET membership_status = 'withdrawn' WHERE id % 11 = 0",
             "UPDATE alumni SET last_contact_date = '2024-05-31' WHERE id % 13 = 0",
             "UPDATE alumni SET last_department = '営業部', last_departure_type = 'company' WHERE id % 17 = 0",
             "DELETE FROM stints WHERE id IN (SELECT max(id) FROM stints GROUP BY alumnus_id HAVING count(*) > 1 LIMIT 5)",
             "UPDATE alumni SET stint_count = 1 WHERE stint_count > 1 AND id % 3 = 0",
             "DELETE FROM alumni WHERE id % 97 = 5",
         }) {
        QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
    }
    check(SnapshotSync::Updated, true);
}

void TestKpiFast::rolledBackTransactionChangesNothing()
{
    QSqlDatabase db = m_db.db().sql();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET membership_status = 'invited'")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM stints WHERE id % 2 = 0")));
    QVERIFY(db.rollback());
    check(SnapshotSync::Current);
}

void TestKpiFast::sameResultsAfterImportAndRollback()
{
    // 40 people already in the roster, with another departure, and 40 new ones.
    QByteArray text = "社員番号,氏名,フリガナ,入社日,退職日,所属,役職,退職区分,退職理由\r\n";
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT employee_id FROM alumni ORDER BY id LIMIT 40 OFFSET 100")));
    int i = 0;
    auto row = [&](const QByteArray &id) {
        text += id + ",佐藤\xe3\x80\x80花子,サトウ ハナコ," + QByteArray::number(2001 + i % 15) + "/04/01,"
            + QByteArray::number(2020 + i % 5) + "/0" + QByteArray::number(1 + i % 9) + "/28," + (i % 2 ? "営業部" : "新設部")
            + ",主任,自己都合,取込" + QByteArray::number(i % 4) + "\r\n";
        ++i;
    };
    while (q.next())
        row(q.value(0).toString().toUtf8());
    for (int n = 0; n < 40; ++n)
        row("IMP" + QByteArray::number(n));
    const QString csv = m_db.dir() + QStringLiteral("/import.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();

    QVERIFY(q.exec(QStringLiteral("SELECT max(seq) FROM roster_changes")) && q.next());
    const qint64 before = q.value(0).toLongLong();
    hris::StreamingImportOptions options;
    options.source.fileName = QStringLiteral("import.csv");
    options.source.source = QStringLiteral("test");
    auto imported = hris::streamImport(m_db.db(), csv, options);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.errorText()));
    QCOMPARE(imported->summary.inserted, 40);
    QVERIFY(imported->summary.updated > 0);
    // The import's path has no row triggers of the feed: one entry names the import.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(import_id) FROM roster_changes WHERE seq > %1").arg(before)) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toLongLong(), imported->summary.importId);
    check(SnapshotSync::Updated, true);

    auto rolledBack = hris::rollbackLastImport(m_db.db(), QStringLiteral("test"));
    QVERIFY2(rolledBack, qPrintable(rolledBack ? QString() : rolledBack.errorText()));
    check(SnapshotSync::Updated, true);
}

void TestKpiFast::unmirroredDateFallsBackToSql()
{
    const qint64 id = randomId();
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET last_contact_date = '2024-1-5' WHERE id = %1").arg(id)));
    check(SnapshotSync::Unavailable);
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET last_contact_date = '2024-01-05' WHERE id = %1").arg(id)));
    check(SnapshotSync::Updated);
}

void TestKpiFast::sameEligibilityAfterRuleChanges()
{
    // A new version of "rehire" with rules that depend on the day (months since departure, age, total
    // tenure), in force from mid-2024: days before it are judged by the version before, days after by it.
    eligibility::RuleSetStore store(m_db.db().sql(), m_db.db().backend(), QStringLiteral("test"));
    auto rehire = store.current(QStringLiteral("rehire"));
    QVERIFY(rehire);
    eligibility::RuleSet changed = rehire->definition;
    changed.rules.append({QStringLiteral("recent"), {QStringLiteral("退職後6か月以上"), QStringLiteral("Six months since leaving")},
                          eligibility::Condition::when(eligibility::Field::MonthsSinceDeparture, eligibility::Op::Ge, 6),
                          eligibility::Outcome::NeedsReview});
    changed.rules.append({QStringLiteral("age"), {QStringLiteral("60歳未満"), QStringLiteral("Under 60")},
                          eligibility::Condition::when(eligibility::Field::Age, eligibility::Op::Lt, 60),
                          eligibility::Outcome::Blocks});
    changed.rules.append({QStringLiteral("total"), {QStringLiteral("通算2年以上"), QStringLiteral("Two years in all")},
                          eligibility::Condition::when(eligibility::Field::TenureTotal, eligibility::Op::Ge, 24),
                          eligibility::Outcome::NeedsReview});
    auto saved = store.save(changed, QStringLiteral("test"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.errorText()));
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE rule_set_versions SET saved_at = '2024-06-15T10:00:00.000Z' WHERE rule_set_id = %1 "
                                  "AND version = %2").arg(saved->ruleSetId).arg(saved->version)));
    check(SnapshotSync::Current, true);
    // A version's definition changed by a plain statement (network: tenure of six months) is seen too.
    QVERIFY(q.exec(QStringLiteral("UPDATE rule_set_versions SET definition = replace(definition, '{\"months\":0,\"years\":1}', "
                                  "'{\"months\":6,\"years\":0}') WHERE rule_set_id = (SELECT id FROM rule_sets WHERE key = 'network')")));
    QVERIFY(q.numRowsAffected() > 0);
    check(SnapshotSync::Current, true);
    // And edits after the verdicts were kept: the people re-read are judged again.
    AlumnusRepository repo(m_db.db(), QStringLiteral("test"));
    int edits = 0;
    for (int i = 0; i < 8; ++i) {
        auto a = repo.load(randomId());
        QVERIFY(a);
        Alumnus edited = a.value();
        edited.birthDate = QDate(1950 + 10 * (i % 5), 2, 28);
        edited.hrDoNotRehire = i % 3 == 0;
        if (!edited.stints.isEmpty() && i % 2)
            edited.stints.last().departureType = QStringLiteral("company");
        // A change validation refuses (a departure type its reason does not allow) writes nothing.
        if (repo.save(edited))
            ++edits;
    }
    QVERIFY(edits >= 4);
    check(SnapshotSync::Updated, true);
}

void TestKpiFast::sameEligibilityWithOverrides()
{
    // Overrides set on chosen days, revoked or expiring on others, under both rule sets.
    eligibility::OverrideStore overrides(m_db.db().sql(), m_db.db().backend(), QStringLiteral("test"));
    QSqlQuery q(m_db.db().sql());
    QVector<qint64> sets;
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM rule_sets ORDER BY id")));
    while (q.next())
        sets.append(q.value(0).toLongLong());
    static const char *const created[] = {"2023-11-30T23:00:00.000Z", "2024-05-31T09:00:00.000Z", "2024-12-31T12:00:00.000Z",
                                          "2025-01-15T08:00:00.000Z", "2025-01-16T08:00:00.000Z"};
    QRandomGenerator rng(7);
    for (int i = 0; i < 60; ++i) {
        const auto verdict = eligibility::Verdict(rng.bounded(3));
        const QDate expires = i % 4 == 0 ? QDate(2024, 5, 31).addDays(rng.bounded(400)) : QDate();
        auto set = overrides.set(randomId(), sets.at(i % sets.size()), verdict, QStringLiteral("試験"), expires);
        QVERIFY2(set, qPrintable(set ? QString() : set.errorText()));
        QVERIFY(q.exec(QStringLiteral("UPDATE eligibility_overrides SET created_at = '%1' WHERE id = %2")
                           .arg(QLatin1String(created[rng.bounded(5)])).arg(set->id)));
        if (i % 5 == 0)
            QVERIFY(overrides.revoke(set->id, QStringLiteral("取消")));
        if (i % 5 == 0 && i % 2 == 0)
            QVERIFY(q.exec(QStringLiteral("UPDATE eligibility_overrides SET revoked_at = '2024-12-31T18:00:00.000Z' WHERE id = %1")
                               .arg(set->id)));
    }
    // A second override of the same person: the latest in force wins.
    QVERIFY(q.exec(QStringLiteral("SELECT alumnus_id, rule_set_id FROM eligibility_overrides WHERE revoked_at IS NULL LIMIT 1")) && q.next());
    const qint64 person = q.value(0).toLongLong();
    const qint64 set = q.value(1).toLongLong();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO eligibility_overrides(alumnus_id, rule_set_id, verdict, reason, created_at, created_by) "
                                  "VALUES (%1, %2, 2, '重ね', '2024-01-01T00:00:00.000Z', 'test')").arg(person).arg(set)));
    check(SnapshotSync::Current, true);
    checkDrillDowns();
}

void TestKpiFast::unplainRuleFactsFallBackToSql()
{
    // A birth date the rules' SQL reads otherwise than the C++ (30 February): the eligibility KPIs run
    // their SQL, the others stay in memory.
    const qint64 id = randomId();
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT birth_date FROM alumni WHERE id = %1").arg(id)) && q.next());
    const QVariant birth = q.value(0);
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET birth_date = '1970-02-30' WHERE id = %1").arg(id)));
    auto sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->snapshot && !sync->snapshot->rulesExact());
    check(SnapshotSync::Current);
    // A last stint's values on a row without stints (the SQL reads them, the C++ does not).
    q.prepare(QStringLiteral("UPDATE alumni SET birth_date = ? WHERE id = ?"));
    q.addBindValue(birth);
    q.addBindValue(id);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET stint_count = 0 WHERE id = %1").arg(id)));
    sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->snapshot && !sync->snapshot->rulesExact());
    check(SnapshotSync::Current);
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET stint_count = (SELECT count(*) FROM stints WHERE alumnus_id = %1) WHERE id = %1").arg(id)));
    sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->snapshot && sync->snapshot->rulesExact());
    check(SnapshotSync::Current);
}

void TestKpiFast::sameResultsAfterPipelineEdits()
{
    // Nothing changed: the candidacies are not read again.
    auto sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->pipeline && !sync->pipelineRead);
    QSqlQuery q(m_db.db().sql());
    const QVector<QStringList> batches = {
        // Moves on (and one undone), as the board writes them; a candidacy closed by a move.
        {QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user) SELECT id, stage_id, "
                        "(SELECT id FROM pipeline_stages WHERE key = 'offer'), '2024-06-30T23:59:00Z', 'test' FROM candidacies "
                        "WHERE closed_at IS NULL AND id % 5 = 0"),
         QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user, reverses_move_id) "
                        "SELECT candidacy_id, to_stage_id, from_stage_id, '2024-07-01T08:00:00Z', 'test', id FROM candidacy_moves "
                        "WHERE at = '2024-06-30T23:59:00Z' AND candidacy_id % 2 = 0"),
         QStringLiteral("UPDATE candidacies SET closed_at = '2024-12-31T10:00:00Z', stage_id = (SELECT id FROM pipeline_stages "
                        "WHERE key = 'declined') WHERE closed_at IS NULL AND id % 7 = 0")},
        // Edits no move records (the source, the creation date, the person) with a candidacy and its moves
        // deleted: the signature sees the deletion (an older date edited alone it would not, see README).
        {QStringLiteral("UPDATE candidacies SET source = 'referral' WHERE id % 9 = 0"),
         QStringLiteral("UPDATE candidacies SET created_at = '2024-01-01T00:00:00Z' WHERE id % 11 = 0"),
         QStringLiteral("UPDATE candidacies SET alumnus_id = (SELECT max(id) FROM alumni) WHERE id % 13 = 0"),
         QStringLiteral("DELETE FROM candidacy_moves WHERE candidacy_id IN (SELECT max(id) FROM candidacies)"),
         QStringLiteral("DELETE FROM candidacies WHERE id IN (SELECT max(id) FROM candidacies)")},
        // The stages: one retired, one renamed and moved in the order.
        {QStringLiteral("UPDATE pipeline_stages SET retired = 1 WHERE key = 'contacted'"),
         QStringLiteral("UPDATE pipeline_stages SET name_en = 'Screened', position = 45 WHERE key = 'screening'")},
    };
    for (const QStringList &batch : batches) {
        for (const QString &statement : batch)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        auto read = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
        QVERIFY(read && read->pipelineRead);
        check(SnapshotSync::Current, true);
    }
    // The person of some candidacies moves to another department: the roster's feed carries that.
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET last_department = '新設部' WHERE id IN (SELECT alumnus_id FROM candidacies "
                                  "WHERE id % 4 = 0)")));
    check(SnapshotSync::Updated, true);
    QVERIFY(q.exec(QStringLiteral("UPDATE pipeline_stages SET retired = 0 WHERE key = 'contacted'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE pipeline_stages SET name_en = 'Screening', position = 30 WHERE key = 'screening'")));
    check(SnapshotSync::Current);
}

void TestKpiFast::unmirroredPipelineDateFallsBackToSql()
{
    // Another program writes a move with a date the snapshot cannot mirror: the pipeline KPIs run their SQL.
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user) "
                                  "SELECT id, stage_id, stage_id, '2024-2-30', 'test' FROM candidacies ORDER BY id LIMIT 1")));
    const qint64 id = q.lastInsertId().toLongLong();
    auto sync = KpiSnapshotCache::instance().current(m_db.db().sql(), m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->snapshot && !sync->pipeline);
    check(SnapshotSync::Current, false, false);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM candidacy_moves WHERE id = %1").arg(id)));
    check(SnapshotSync::Current);
}

void TestKpiFast::bulkLoadReloads()
{
    // A second roster filled by the bulk loader: the feed says "everyone", so the snapshot loads afresh.
    test::TestDatabase other;
    auto first = KpiSnapshotCache::instance().current(other.db().sql(), other.db().backend(), other.path());
    QVERIFY(first);
    QCOMPARE(first->snapshot->livePeople(), qint64(0));
    demo::DemoOptions options;
    options.rows = 300;
    options.today = kToday;
    QVERIFY(demo::generateDemoRoster(other.db(), options));
    auto second = KpiSnapshotCache::instance().current(other.db().sql(), other.db().backend(), other.path());
    QVERIFY(second);
    QCOMPARE(int(second->how), int(SnapshotSync::Loaded));
    QCOMPARE(second->snapshot->livePeople(), qint64(300));
    KpiSnapshotCache::instance().forget(other.path());
}

// The snapshot finds people by id without a hash for those loaded in id order; people added later with an
// id in a gap of the loaded ones, below the first or far above the last are found as well.
void TestKpiFast::peopleAddedOutOfIdOrder()
{
    QSqlDatabase db = m_db.db().sql();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT min(id), max(id) FROM alumni")) && q.next());
    const qint64 low = q.value(0).toLongLong();
    const qint64 high = q.value(1).toLongLong();
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM alumni ORDER BY id LIMIT 2 OFFSET 100")) && q.next());
    const qint64 gap = q.value(0).toLongLong(); // removed before the load: a gap among the ids loaded
    QVERIFY(q.next());
    const qint64 afterGap = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM alumni WHERE id = %1").arg(gap)));
    KpiSnapshotCache::instance().forget(m_db.path());
    check(SnapshotSync::Loaded);

    // Copies of a person with stints, under ids chosen by hand.
    QVERIFY(q.exec(QStringLiteral("SELECT alumnus_id FROM stints GROUP BY 1 HAVING count(*) > 1 ORDER BY 1 LIMIT 1")) && q.next());
    const qint64 from = q.value(0).toLongLong();
    auto columns = [&db](const QString &table, const QString &skip) {
        QStringList names;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != skip)
                names << record.fieldName(i);
        }
        return names;
    };
    const QStringList alumniColumns = columns(QStringLiteral("alumni"), QString());
    const QStringList stintColumns = columns(QStringLiteral("stints"), QStringLiteral("id"));
    const QVector<qint64> added{gap, low - 5, high + 1000};
    for (qint64 id : added) {
        QStringList values = alumniColumns;
        values[int(alumniColumns.indexOf(QStringLiteral("id")))] = QString::number(id);
        values[int(alumniColumns.indexOf(QStringLiteral("employee_id")))] = QStringLiteral("'COPY%1'").arg(id);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO alumni(%1) SELECT %2 FROM alumni WHERE id = %3")
                            .arg(alumniColumns.join(QLatin1Char(',')), values.join(QLatin1Char(',')))
                            .arg(from)),
                 qPrintable(q.lastError().text()));
        QStringList stintValues = stintColumns;
        stintValues[int(stintColumns.indexOf(QStringLiteral("alumnus_id")))] = QString::number(id);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO stints(%1) SELECT %2 FROM stints WHERE alumnus_id = %3")
                            .arg(stintColumns.join(QLatin1Char(',')), stintValues.join(QLatin1Char(',')))
                            .arg(from)),
                 qPrintable(q.lastError().text()));
    }
    check(SnapshotSync::Updated, true);
    auto sync = KpiSnapshotCache::instance().current(db, m_db.db().backend(), m_db.path());
    QVERIFY(sync && sync->snapshot);
    const KpiSnapshot &snapshot = *sync->snapshot;
    for (qint64 id : added) {
        const qint32 i = snapshot.indexOf(id);
        QVERIFY2(i >= 0 && snapshot.idOf(i) == id, qPrintable(QString::number(id)));
    }
    QVERIFY(snapshot.indexOf(afterGap) >= 0 && snapshot.idOf(snapshot.indexOf(afterGap)) == afterGap);
    QVERIFY(snapshot.indexOf(high + 999) < 0 && snapshot.indexOf(low - 6) < 0);
    QVERIFY(snapshot.indexOf(from) >= 0 && snapshot.idOf(snapshot.indexOf(from)) == from);

    // Removing them finds them too.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM alumni WHERE employee_id LIKE 'COPY%'")));
    check(SnapshotSync::Updated);
    auto after = KpiSnapshotCache::instance().current(db, m_db.db().backend(), m_db.path());
    QVERIFY(after && after->snapshot);
    for (qint64 id : added)
        QCOMPARE(after->snapshot->indexOf(id), -1);
}

void TestKpiFast::otherGeneratedRosters_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("rows");
    QTest::newRow("seed 3") << 3 << 900;
    QTest::newRow("seed 5") << 5 << 1500;
    QTest::newRow("seed 23") << 23 << 600;
}

void TestKpiFast::otherGeneratedRosters()
{
    // Further random rosters, compared right after loading under every scenario.
    QFETCH(int, seed);
    QFETCH(int, rows);
    test::TestDatabase other;
    demo::DemoOptions options;
    options.rows = rows;
    options.seed = quint64(seed);
    options.today = kToday;
    QVERIFY(demo::generateDemoRoster(other.db(), options));
    QVERIFY(hires::set(other.db().sql(), other.db().backend(), 2024, 0, 100, {}, QStringLiteral("test")));
    QVERIFY(seedCandidacies(other.db().sql(), rows / 4, quint32(seed)));
    auto sync = KpiSnapshotCache::instance().current(other.db().sql(), other.db().backend(), other.path());
    QVERIFY(sync && sync->snapshot && sync->pipeline);
    for (const Scenario &s : scenarios(true)) {
        KpiContext sqlCtx;
        sqlCtx.db = other.db().sql();
        sqlCtx.asOf = s.asOf;
        sqlCtx.filters.period = s.period;
        sqlCtx.filters.department = s.department;
        sqlCtx.filters.departureType = s.type;
        sqlCtx.filters.ruleSet = s.ruleSet;
        KpiContext fastCtx = sqlCtx;
        sync->attach(fastCtx);
        for (const KpiDefinition &d : KpiRegistry::standard().definitions()) {
            auto a = d.compute(sqlCtx);
            auto b = d.compute(fastCtx);
            QVERIFY(a && b);
            const QString diff = difference(a.value(), b.value());
            QVERIFY2(diff.isEmpty(), qPrintable(d.id + QLatin1String(": ") + diff));
        }
    }
    KpiSnapshotCache::instance().forget(other.path());
}

QTEST_GUILESS_MAIN(TestKpiFast)
#include "tst_kpifast.moc"
