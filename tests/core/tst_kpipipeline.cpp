// The pipeline KPIs on a fixture of seven candidacies whose moves were dated by hand (see the table in
// initTestCase): candidacies by stage and by source, the funnel, the conversion between stages and the time
// in stage, with period boundaries, the department filter, an undone move, closed candidacies that still
// count, and drill-downs. Every figure is cross-checked against an independent formulation (plain SQL with
// EXISTS, or stays recomputed in C++ from the raw moves).
#include "TestDatabase.h"

#include "kpi/KpiEngine.h"
#include "roster/AlumnusRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace alumnidesk;
using namespace alumnidesk::kpi;

namespace {

struct MoveSpec {
    const char *stage;
    const char *date;
    bool undo = false; ///< this move undoes the one before it
};

struct CandidacySpec {
    const char *person;
    const char *source;
    QVector<MoveSpec> moves; ///< the first adds the candidacy at its stage
    const char *closed;      ///< "" = open
};

// Persons P1, P2, P5 are in 営業部, P3 and P4 in 開発部. Period 2025 (previous 2024), as of 2026-01-15.
const QVector<CandidacySpec> &candidacies()
{
    static const QVector<CandidacySpec> list = {
        // C1: all the way to Rehired in 2025.
        {"P1", "applied",
         {{"interest", "2025-01-10"}, {"contacted", "2025-01-20"}, {"screening", "2025-02-01"}, {"interview", "2025-03-01"},
          {"offer", "2025-04-01"}, {"hired", "2025-05-01"}},
         "2025-05-01"},
        // C2: added in 2024, declined in 2025 after the interview.
        {"P2", "outreach",
         {{"interest", "2024-11-01"}, {"contacted", "2024-12-01"}, {"screening", "2025-01-15"}, {"interview", "2025-02-15"},
          {"declined", "2025-03-10"}},
         "2025-03-10"},
        // C3: added at screening (skipping the first stages); its move to Offer was undone.
        {"P3", "referral",
         {{"screening", "2025-06-01"}, {"interview", "2025-07-01"}, {"offer", "2025-08-01"}, {"interview", "2025-08-02", true}},
         ""},
        // C4: not selected on the last day of the period.
        {"P4", "event", {{"interest", "2025-09-01"}, {"contacted", "2025-10-01"}, {"rejected", "2025-12-31"}}, "2025-12-31"},
        // C5: P1's second candidacy, still at its first stage.
        {"P1", "applied", {{"interest", "2025-11-15"}}, ""},
        // C6: closed before the period.
        {"P5", "outreach", {{"interest", "2024-03-01"}, {"declined", "2024-06-01"}}, "2024-06-01"},
        // C7: added after the period.
        {"P2", "applied", {{"interest", "2026-01-05"}}, ""},
    };
    return list;
}

const QDate kAsOf(2026, 1, 15);
const Period k2025{QDate(2025, 1, 1), QDate(2025, 12, 31)};

QString stamp(const char *date)
{
    return QString::fromLatin1(date) + QStringLiteral("T09:30:00.000Z");
}

bool near(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return std::abs(*a - *b) < 1e-9;
}

// "a b c" → {"a", "b", "c"}
QStringList L(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QStringLiteral("none");
}

} // namespace

class TestKpiPipeline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void byStage();
    void bySource();
    void funnelAndConversion();
    void funnelPeriodBoundaries();
    void timeInStage();
    void departmentFilter();
    void crossCheck_data();
    void crossCheck();

private:
    KpiContext context(const Period &p, const QString &department = {}) const
    {
        KpiContext c;
        c.db = m_db.db().sql();
        c.asOf = kAsOf;
        c.filters.period = p;
        c.filters.department = department;
        return c;
    }
    KpiResult compute(const QString &id, const KpiContext &ctx) const
    {
        auto r = KpiRegistry::standard().find(id)->compute(ctx);
        if (!r)
            qFatal("KPI %s failed: %s", qPrintable(id), qPrintable(r.errorText()));
        return r.value();
    }
    QStringList drill(const QString &id, const KpiContext &ctx, const QString &key) const
    {
        auto r = KpiRegistry::standard().find(id)->drillDown(ctx, key);
        if (!r)
            qFatal("drill-down %s/%s failed: %s", qPrintable(id), qPrintable(key), qPrintable(r.errorText()));
        QStringList out;
        for (qint64 person : r.value())
            out.append(m_names.value(person));
        out.sort();
        return out;
    }
    static QStringList rows(const KpiResult &r)
    {
        QStringList out;
        for (const BreakdownRow &b : r.breakdown)
            out.append(b.key + QLatin1Char('=') + QString::number(b.value, 'g', 6));
        return out;
    }
    qint64 scalar(const QString &sql, const QVariantList &binds) const;
    QVector<double> independentStays(const Period &p, const QString &stage, const QString &department) const;

    mutable test::TestDatabase m_db;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_names;
};

void TestKpiPipeline::initTestCase()
{
    AlumnusRepository repo(m_db.db(), QStringLiteral("test"));
    const char *const persons[][2] = {{"P1", "営業部"}, {"P2", "営業部"}, {"P3", "開発部"}, {"P4", "開発部"}, {"P5", "営業部"}};
    for (const auto &p : persons) {
        Alumnus a = test::makeAlumnus(QString::fromLatin1(p[0]), QStringLiteral("鈴木 一郎"), QStringLiteral("スズキ イチロウ"));
        a.stints.first().department = QString::fromUtf8(p[1]);
        a.stints.first().hireDate = QDate(2015, 4, 1);
        a.stints.first().departureDate = QDate(2022, 3, 31);
        a.stints.first().departureType = QStringLiteral("voluntary");
        auto id = repo.add(a);
        QVERIFY2(id, qPrintable(id.errorText()));
        m_ids.insert(QString::fromLatin1(p[0]), id.value());
        m_names.insert(id.value(), QString::fromLatin1(p[0]));
    }
    QSqlDatabase db = m_db.db().sql();
    auto stageId = [&](const char *key) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM pipeline_stages WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(key));
        q.exec();
        q.next();
        return q.value(0).toLongLong();
    };
    for (const CandidacySpec &c : candidacies()) {
        const MoveSpec &last = c.moves.constLast();
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO candidacies(alumnus_id, source, stage_id, stage_since, created_at, closed_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(m_ids.value(QString::fromLatin1(c.person)));
        ins.addBindValue(QString::fromLatin1(c.source));
        ins.addBindValue(stageId(last.stage));
        ins.addBindValue(stamp(last.date));
        ins.addBindValue(stamp(c.moves.constFirst().date));
        ins.addBindValue(*c.closed ? QVariant(stamp(c.closed)) : QVariant(QMetaType::fromType<QString>()));
        QVERIFY(ins.exec());
        const qint64 candidacy = ins.lastInsertId().toLongLong();
        qint64 from = 0;
        qint64 previousMove = 0;
        for (const MoveSpec &m : c.moves) {
            QSqlQuery mv(db);
            mv.prepare(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user, reverses_move_id) "
                                      "VALUES (?, ?, ?, ?, 'test', ?)"));
            mv.addBindValue(candidacy);
            mv.addBindValue(from ? QVariant(from) : QVariant(QMetaType::fromType<qint64>()));
            mv.addBindValue(stageId(m.stage));
            mv.addBindValue(stamp(m.date));
            mv.addBindValue(m.undo ? QVariant(previousMove) : QVariant(QMetaType::fromType<qint64>()));
            QVERIFY(mv.exec());
            previousMove = mv.lastInsertId().toLongLong();
            from = stageId(m.stage);
        }
    }
}

void TestKpiPipeline::byStage()
{
    const KpiContext ctx = context(k2025);
    const KpiResult r = compute(QStringLiteral("pipeline_by_stage"), ctx);
    // In the pipeline during 2025: C1 (rehired), C2 (declined), C3 (interview), C4 (rejected), C5 (interested).
    QCOMPARE(rows(r), L("interest=1 contacted=0 screening=0 interview=1 offer=0 hired=1 declined=1 rejected=1 on_hold=0"));
    QCOMPARE(r.value, std::optional<double>(5));
    QCOMPARE(r.numerator, std::optional<qint64>(2)); // open: C3, C5
    QCOMPARE(drill(QStringLiteral("pipeline_by_stage"), ctx, QStringLiteral("row:declined")), L("P2"));
    QCOMPARE(drill(QStringLiteral("pipeline_by_stage"), ctx, QString()), L("P1 P2 P3 P4"));
    // 2024: C2 (declined today) and C6; C1 did not exist yet.
    const KpiResult before = compute(QStringLiteral("pipeline_by_stage"), context({QDate(2024, 1, 1), QDate(2024, 12, 31)}));
    QCOMPARE(before.value, std::optional<double>(2));
}

void TestKpiPipeline::bySource()
{
    const KpiContext ctx = context(k2025);
    const KpiResult r = compute(QStringLiteral("pipeline_by_source"), ctx);
    QStringList got = rows(r);
    got.sort();
    QCOMPARE(got, L("applied=2 event=1 referral=1"));
    QCOMPARE(r.value, std::optional<double>(4));
    // Two candidacies of one person: one person behind the bar.
    QCOMPARE(drill(QStringLiteral("pipeline_by_source"), ctx, QStringLiteral("row:applied")), L("P1"));
}

void TestKpiPipeline::funnelAndConversion()
{
    const KpiContext ctx = context(k2025);
    const KpiResult funnel = compute(QStringLiteral("pipeline_funnel"), ctx);
    // interest: C1 C4 C5; contacted: C1 C4; screening: C1 C2 C3; interview: C1 C2 C3; offer: C1 (C3's was undone).
    QCOMPARE(rows(funnel), L("interest=3 contacted=2 screening=3 interview=3 offer=1 hired=1"));
    QCOMPARE(funnel.value, std::optional<double>(1));
    QCOMPARE(drill(QStringLiteral("pipeline_funnel"), ctx, QStringLiteral("row:interview")), L("P1 P2 P3"));
    QCOMPARE(drill(QStringLiteral("pipeline_funnel"), ctx, QStringLiteral("row:offer")), L("P1"));

    const KpiResult conversion = compute(QStringLiteral("pipeline_conversion"), ctx);
    // interest → on: C1, C4 of 3; contacted → on: C1 of 2 (C4 rejected); screening → on: all 3; interview → on:
    // C1 of 3 (C2 declined, C3's offer undone); offer → Rehired: C1.
    QCOMPARE(conversion.breakdown.size(), 5);
    const QVector<double> expected{200.0 / 3, 50, 100, 100.0 / 3, 100};
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(near(conversion.breakdown.at(i).value, expected.at(i)), qPrintable(rows(conversion).join(QLatin1Char(' '))));
    QVERIFY2(near(conversion.value, 100.0 / 3), qPrintable(show(conversion.value))); // C1 of C1, C4, C5 reached Rehired
    QCOMPARE(conversion.denominator, std::optional<qint64>(3));
    QCOMPARE(drill(QStringLiteral("pipeline_conversion"), ctx, QStringLiteral("row:interest")), L("P1 P4"));
    QCOMPARE(drill(QStringLiteral("pipeline_conversion"), ctx, QStringLiteral("row:interview")), L("P1"));
}

void TestKpiPipeline::funnelPeriodBoundaries()
{
    // 15–20 January 2025: C2 reached screening on the first day and C1 contacted on the last; C1's
    // screening on 1 February is after the period, so its conversion is not counted yet.
    const KpiContext ctx = context({QDate(2025, 1, 15), QDate(2025, 1, 20)});
    QCOMPARE(rows(compute(QStringLiteral("pipeline_funnel"), ctx)),
             L("interest=0 contacted=1 screening=1 interview=0 offer=0 hired=0"));
    const KpiResult conversion = compute(QStringLiteral("pipeline_conversion"), ctx);
    QCOMPARE(conversion.breakdown.at(1).value, 0.0);  // contacted → on: C1 not by 20 January
    QCOMPARE(conversion.breakdown.at(2).value, 0.0);  // screening → on: C2's interview is in February
    // One day later the first day is outside.
    QCOMPARE(rows(compute(QStringLiteral("pipeline_funnel"), context({QDate(2025, 1, 16), QDate(2025, 1, 20)}))),
             L("interest=0 contacted=1 screening=0 interview=0 offer=0 hired=0"));
}

void TestKpiPipeline::timeInStage()
{
    const KpiContext ctx = context(k2025);
    const KpiResult r = compute(QStringLiteral("pipeline_time_in_stage"), ctx);
    // Stays ended in 2025 — interest: C1 10, C4 30; contacted: C1 12, C2 45, C4 91; screening: C1 28, C2 31,
    // C3 30; interview: C1 31, C2 23 (C3 still there: its undone move ended nothing); offer: C1 30.
    QCOMPARE(rows(r), L("interest=20 contacted=45 screening=30 interview=27 offer=30"));
    QCOMPARE(r.value, std::optional<double>(30)); // the 6th of 11 stays
    QCOMPARE(r.denominator, std::optional<qint64>(11));
    QCOMPARE(drill(QStringLiteral("pipeline_time_in_stage"), ctx, QStringLiteral("row:interview")), L("P1 P2"));
}

void TestKpiPipeline::departmentFilter()
{
    const KpiContext ctx = context(k2025, QStringLiteral("営業部"));
    QCOMPARE(compute(QStringLiteral("pipeline_by_stage"), ctx).value, std::optional<double>(3)); // C1, C2, C5
    QCOMPARE(rows(compute(QStringLiteral("pipeline_funnel"), ctx)),
             L("interest=2 contacted=1 screening=2 interview=2 offer=1 hired=1"));
    const KpiResult conversion = compute(QStringLiteral("pipeline_conversion"), ctx);
    const QVector<double> expected{50, 100, 100, 50, 100};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(conversion.breakdown.at(i).value, expected.at(i));
    QStringList sources = rows(compute(QStringLiteral("pipeline_by_source"), ctx));
    QCOMPARE(sources, L("applied=2"));
}

qint64 TestKpiPipeline::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db.db().sql());
    if (!q.prepare(sql))
        qFatal("independent SQL does not prepare: %s", qPrintable(sql));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        qFatal("independent SQL failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// Stays recomputed from the raw moves in C++: drop undone moves and their undoing, then each move's stay
// lasts until the candidacy's next move.
QVector<double> TestKpiPipeline::independentStays(const Period &p, const QString &stage, const QString &department) const
{
    QSqlQuery q(m_db.db().sql());
    q.exec(QStringLiteral("SELECT m.id, m.candidacy_id, s.key, s.kind, m.at, m.reverses_move_id, a.last_department "
                          "FROM candidacy_moves m JOIN pipeline_stages s ON s.id = m.to_stage_id "
                          "JOIN candidacies c ON c.id = m.candidacy_id JOIN alumni a ON a.id = c.alumnus_id ORDER BY m.id"));
    struct Row {
        qint64 id, candidacy, reverses;
        QString key, kind, department;
        QDate at;
    };
    QVector<Row> all;
    QSet<qint64> undone;
    while (q.next()) {
        all.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(5).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(6).toString(), QDate::fromString(q.value(4).toString().left(10), Qt::ISODate)});
        if (!q.value(5).isNull())
            undone.insert(q.value(5).toLongLong());
    }
    QVector<Row> kept;
    for (const Row &r : all) {
        if (!r.reverses && !undone.contains(r.id))
            kept.append(r);
    }
    QVector<double> out;
    for (int i = 0; i < kept.size(); ++i) {
        const Row &r = kept.at(i);
        for (int j = i + 1; j < kept.size(); ++j) {
            if (kept.at(j).candidacy != r.candidacy)
                continue;
            const QDate left = kept.at(j).at;
            if (r.kind == QLatin1String("active") && p.contains(left) && (stage.isEmpty() || r.key == stage)
                && (department.isEmpty() || r.department == department))
                out.append(double(r.at.daysTo(left)));
            break;
        }
    }
    return out;
}

void TestKpiPipeline::crossCheck_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("department");
    for (const Period &p : {k2025, Period{QDate(2024, 1, 1), QDate(2024, 12, 31)}, Period{QDate(2025, 1, 15), QDate(2025, 3, 1)},
                            Period{QDate(2024, 7, 1), QDate(2025, 6, 30)}}) {
        for (const QString &d : {QString(), QStringLiteral("営業部"), QStringLiteral("開発部")})
            QTest::addRow("%s..%s [%s]", qPrintable(p.fromText()), qPrintable(p.toText()), qPrintable(d)) << p.from << p.to << d;
    }
}

void TestKpiPipeline::crossCheck()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, department);
    const Period p{from, to};
    const KpiContext ctx = context(p, department);
    const QString dept = QStringLiteral(" AND (? = '' OR a.last_department = ?)");
    const QVariant d = department.isNull() ? QStringLiteral("") : department;
    // Candidacies by stage: open at some time in the period.
    const qint64 inPipeline = scalar(QStringLiteral("SELECT count(*) FROM candidacies c JOIN alumni a ON a.id = c.alumnus_id "
                                                    "WHERE date(c.created_at) <= ? AND (c.closed_at IS NULL OR date(c.closed_at) >= ?)")
                                         + dept,
                                     {p.toText(), p.fromText(), d, d});
    QCOMPARE(compute(QStringLiteral("pipeline_by_stage"), ctx).value, std::optional<double>(double(inPipeline)));
    // Sources.
    const KpiResult sources = compute(QStringLiteral("pipeline_by_source"), ctx);
    for (const char *source : {"applied", "outreach", "referral", "event"}) {
        const qint64 n = scalar(QStringLiteral("SELECT count(*) FROM candidacies c JOIN alumni a ON a.id = c.alumnus_id "
                                               "WHERE c.source = ? AND date(c.created_at) BETWEEN ? AND ?")
                                    + dept,
                                {QString::fromLatin1(source), p.fromText(), p.toText(), d, d});
        double got = 0;
        for (const BreakdownRow &b : sources.breakdown) {
            if (b.key == QLatin1String(source))
                got = b.value;
        }
        QCOMPARE(got, double(n));
    }
    // Funnel and conversion: EXISTS over the moves, undone ones filtered with NOT EXISTS.
    const QString kept = QStringLiteral("%1.reverses_move_id IS NULL AND NOT EXISTS (SELECT 1 FROM candidacy_moves u WHERE u.reverses_move_id = %1.id)");
    const KpiResult funnel = compute(QStringLiteral("pipeline_funnel"), ctx);
    const KpiResult conversion = compute(QStringLiteral("pipeline_conversion"), ctx);
    for (int i = 0; i < funnel.breakdown.size(); ++i) {
        const QString stage = funnel.breakdown.at(i).key;
        const QString reachedSql = QStringLiteral(
            "FROM candidacies c JOIN alumni a ON a.id = c.alumnus_id WHERE EXISTS (SELECT 1 FROM candidacy_moves m "
            "JOIN pipeline_stages s ON s.id = m.to_stage_id WHERE m.candidacy_id = c.id AND s.key = ? AND date(m.at) BETWEEN ? AND ? AND %1)")
                                       .arg(kept.arg(QStringLiteral("m")))
            + dept;
        const qint64 reached = scalar(QStringLiteral("SELECT count(*) ") + reachedSql, {stage, p.fromText(), p.toText(), d, d});
        QCOMPARE(funnel.breakdown.at(i).value, double(reached));
        if (i + 1 == funnel.breakdown.size())
            break;
        // Went on: a kept move into a later funnel stage after the first arrival in the period, by its end.
        const qint64 onward = scalar(
            QStringLiteral("SELECT count(*) ") + reachedSql
                + QStringLiteral(" AND EXISTS (SELECT 1 FROM candidacy_moves n JOIN pipeline_stages ns ON ns.id = n.to_stage_id "
                                 "WHERE n.candidacy_id = c.id AND ns.kind IN ('active', 'hired') AND ns.position > "
                                 "(SELECT position FROM pipeline_stages WHERE key = ?) AND date(n.at) <= ? AND %1 AND n.id > "
                                 "(SELECT min(f.id) FROM candidacy_moves f JOIN pipeline_stages fs ON fs.id = f.to_stage_id "
                                 "WHERE f.candidacy_id = c.id AND fs.key = ? AND date(f.at) BETWEEN ? AND ? AND %2))")
                      .arg(kept.arg(QStringLiteral("n")), kept.arg(QStringLiteral("f"))),
            {stage, p.fromText(), p.toText(), d, d, stage, p.toText(), stage, p.fromText(), p.toText()});
        const double share = reached ? 100.0 * double(onward) / double(reached) : 0.0;
        QVERIFY2(near(conversion.breakdown.at(i).value, share),
                 qPrintable(QStringLiteral("%1: engine %2, independent %3").arg(stage).arg(conversion.breakdown.at(i).value).arg(share)));
    }
    // Time in stage: medians of the stays recomputed in C++.
    auto median = [](QVector<double> v) -> std::optional<double> {
        if (v.isEmpty())
            return std::nullopt;
        std::sort(v.begin(), v.end());
        const int n = int(v.size());
        return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
    };
    const KpiResult times = compute(QStringLiteral("pipeline_time_in_stage"), ctx);
    QVERIFY2(near(times.value, median(independentStays(p, {}, department))), qPrintable(show(times.value)));
    for (const BreakdownRow &b : times.breakdown)
        QVERIFY(near(b.value, median(independentStays(p, b.key, department)).value_or(0)));
}

QTEST_GUILESS_MAIN(TestKpiPipeline)
#include "tst_kpipipeline.moc"
