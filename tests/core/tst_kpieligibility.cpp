// The eligibility KPIs (eligible for rehire, and their share of alumni) on a six-person fixture with a rule
// set of two versions and overrides set, revoked and expired on chosen days; every figure was worked out by
// hand (see the table below). The value at the as-of date is cross-checked against the eligibility service
// (stored verdicts computed by the C++ evaluator, overrides applied) on the fixture and on a generated roster.
#include "TestDatabase.h"

#include "demo/DemoRoster.h"
#include "eligibility/EligibilityService.h"
#include "kpi/KpiEngine.h"
#include "roster/AlumnusRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace alumnidesk;
using namespace alumnidesk::kpi;
using eligibility::Condition;
using eligibility::Field;
using eligibility::Op;
using eligibility::Outcome;

namespace {

struct PersonSpec {
    const char *employeeId;
    const char *department;
    const char *hire;
    const char *departure;
    const char *type;
};

// As of 2026-01-15; period 2025, previous 2024.
//        tenure   departed     type       v1 (tenure ≥ 12 m)   v2 (+ voluntary or retirement; ≥ 3 months since: else review)
// E1     111 m    2024-06-30   voluntary  eligible             eligible
// E2       9 m    2024-09-30   voluntary  not eligible         not eligible  (override Eligible 2025-01-10 … revoked 2025-06-01)
// E3     180 m    2025-03-31   company    eligible             not eligible
// E4     163 m    2025-10-31   voluntary  eligible             needs review until 3 months (override Eligible from 2025-12-01)
// E5      60 m    2023-03-31   voluntary  eligible             eligible      (override Not eligible, expired after 2024-12-31)
// E6      69 m    2026-01-10   voluntary  —                    needs review (left after the period)
const PersonSpec kPeople[] = {
    {"E1", "営業部", "2015-04-01", "2024-06-30", "voluntary"}, {"E2", "開発部", "2024-01-01", "2024-09-30", "voluntary"},
    {"E3", "営業部", "2010-04-01", "2025-03-31", "company"},   {"E4", "営業部", "2012-04-01", "2025-10-31", "voluntary"},
    {"E5", "開発部", "2018-04-01", "2023-03-31", "voluntary"}, {"E6", "開発部", "2020-04-01", "2026-01-10", "voluntary"},
};

const QDate kAsOf(2026, 1, 15);
const Period k2025{QDate(2025, 1, 1), QDate(2025, 12, 31)};
const QString kRuleSet = QStringLiteral("kpi_test");

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

eligibility::RuleSet version(int n)
{
    eligibility::RuleSet set;
    set.key = kRuleSet;
    set.name = {QStringLiteral("テスト"), QStringLiteral("Test")};
    set.rules.append({QStringLiteral("tenure"), {QStringLiteral("在籍1年以上"), QStringLiteral("Tenure")},
                      Condition::when(Field::TenureLast, Op::Ge, 12), Outcome::Blocks});
    if (n >= 2) {
        set.rules.append({QStringLiteral("type"), {QStringLiteral("退職区分"), QStringLiteral("Departure type")},
                          Condition::when(Field::DepartureType, Op::In, {QStringLiteral("voluntary"), QStringLiteral("retirement")}),
                          Outcome::Blocks});
        set.rules.append({QStringLiteral("cooling"), {QStringLiteral("退職後3か月"), QStringLiteral("Three months since")},
                          Condition::when(Field::MonthsSinceDeparture, Op::Ge, 3), Outcome::NeedsReview});
    }
    return set;
}

QStringList L(const char *words)
{
    return QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QStringLiteral("none");
}

bool near(const std::optional<double> &a, double b)
{
    return a && std::abs(*a - b) < 1e-9;
}

} // namespace

class TestKpiEligibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void goldenValues();
    void series();
    void asOfCapsThePeriod();
    void filters();
    void defaultRuleSetIsRehire();
    void unknownRuleSetIsAnError();
    void agreesWithTheEligibilityService();
    void generatedRosterAgreesWithTheService();

private:
    KpiContext context(const Period &p, const QString &department = {}) const
    {
        KpiContext c;
        c.db = m_db.db().sql();
        c.asOf = kAsOf;
        c.filters.period = p;
        c.filters.department = department;
        c.filters.ruleSet = kRuleSet;
        return c;
    }
    static KpiResult compute(const QString &id, const KpiContext &ctx)
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
    void addOverride(const char *person, int verdict, const char *created, const char *revoked, const char *expires);

    mutable test::TestDatabase m_db;
    qint64 m_ruleSetId = 0;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_names;
};

void TestKpiEligibility::initTestCase()
{
    AlumnusRepository repo(m_db.db(), QStringLiteral("test"));
    for (const PersonSpec &p : kPeople) {
        Alumnus a = test::makeAlumnus(QString::fromLatin1(p.employeeId), QStringLiteral("高橋 次郎"), QStringLiteral("タカハシ ジロウ"));
        Stint &s = a.stints.first();
        s.department = QString::fromUtf8(p.department);
        s.hireDate = date(p.hire);
        s.departureDate = date(p.departure);
        s.departureType = QString::fromLatin1(p.type);
        auto id = repo.add(a);
        QVERIFY2(id, qPrintable(id.errorText()));
        m_ids.insert(QString::fromLatin1(p.employeeId), id.value());
        m_names.insert(id.value(), QString::fromLatin1(p.employeeId));
    }
    eligibility::RuleSetStore store(m_db.db().sql(), m_db.db().backend(), QStringLiteral("test"));
    auto v1 = store.save(version(1), QStringLiteral("first"));
    QVERIFY2(v1, qPrintable(v1.errorText()));
    auto v2 = store.save(version(2), QStringLiteral("second"));
    QVERIFY2(v2, qPrintable(v2.errorText()));
    m_ruleSetId = v1->ruleSetId;
    // Back-date the versions: the first in force from 2020, the second from 1 July 2025.
    QSqlQuery q(m_db.db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE rule_set_versions SET saved_at = CASE version WHEN 1 THEN '2020-01-01T00:00:00Z' "
                                  "ELSE '2025-07-01T08:00:00Z' END WHERE rule_set_id = %1")
                       .arg(m_ruleSetId)));
    addOverride("E2", 0, "2025-01-10", "2025-06-01", "");
    addOverride("E4", 0, "2025-12-01", "", "");
    addOverride("E5", 2, "2024-01-01", "", "2024-12-31");
}

void TestKpiEligibility::addOverride(const char *person, int verdict, const char *created, const char *revoked, const char *expires)
{
    QSqlQuery q(m_db.db().sql());
    q.prepare(QStringLiteral("INSERT INTO eligibility_overrides(alumnus_id, rule_set_id, verdict, reason, expires_on, created_at, "
                             "created_by, revoked_at, revoked_by) VALUES (?, ?, ?, 'test', ?, ?, 'test', ?, ?)"));
    const QVariant null(QMetaType::fromType<QString>());
    q.addBindValue(m_ids.value(QString::fromLatin1(person)));
    q.addBindValue(m_ruleSetId);
    q.addBindValue(verdict);
    q.addBindValue(*expires ? QVariant(QString::fromLatin1(expires)) : null);
    q.addBindValue(QString(QString::fromLatin1(created) + QStringLiteral("T10:00:00Z")));
    q.addBindValue(*revoked ? QVariant(QString(QString::fromLatin1(revoked) + QStringLiteral("T10:00:00Z"))) : null);
    q.addBindValue(*revoked ? QVariant(QStringLiteral("test")) : null);
    QVERIFY(q.exec());
}

void TestKpiEligibility::goldenValues()
{
    const KpiContext ctx = context(k2025);
    // 31 Dec 2025, version 2: E1, E5 eligible; E4 needs review but its override makes it eligible; E2, E3 not.
    const KpiResult count = compute(QStringLiteral("eligible_for_rehire"), ctx);
    QCOMPARE(count.value, std::optional<double>(3));
    // 31 Dec 2024, version 1: E1, E2 (9 months: not), E5 (its Not eligible override holds through 31 Dec).
    QCOMPARE(count.previous, std::optional<double>(1));
    QCOMPARE(count.denominator, std::optional<qint64>(5));
    QStringList rows;
    for (const BreakdownRow &b : count.breakdown)
        rows.append(b.key + QLatin1Char('=') + QString::number(b.value));
    QCOMPARE(rows, L("eligible=3 needs_review=0 not_eligible=2"));
    QCOMPARE(drill(QStringLiteral("eligible_for_rehire"), ctx, QString()), L("E1 E4 E5"));
    QCOMPARE(drill(QStringLiteral("eligible_for_rehire"), ctx, QStringLiteral("previous")), L("E1"));
    QCOMPARE(drill(QStringLiteral("eligible_for_rehire"), ctx, QStringLiteral("row:not_eligible")), L("E2 E3"));

    const KpiResult share = compute(QStringLiteral("eligible_share"), ctx);
    QVERIFY2(near(share.value, 60), qPrintable(show(share.value)));
    QVERIFY2(near(share.previous, 100.0 / 3), qPrintable(show(share.previous)));
    QVERIFY2(near(share.change(), 60 - 100.0 / 3), qPrintable(show(share.change())));
    QCOMPARE(drill(QStringLiteral("eligible_share"), ctx, QStringLiteral("population")), L("E1 E2 E3 E4 E5"));
    QVERIFY2(share.note.contains(QLatin1String("2")), qPrintable(share.note)); // names version 2
}

void TestKpiEligibility::series()
{
    // The value on the last day of each month of 2025 (a period ending that day).
    QVector<double> monthly;
    for (int month = 1; month <= 12; ++month) {
        const QDate first(2025, month, 1);
        monthly.append(compute(QStringLiteral("eligible_for_rehire"), context({first, monthEnd(first)})).value.value_or(-1));
    }
    // Jan–May: E1, E2 (override), E5, and E3 from its departure on 31 March; June: E2's override revoked on
    // 1 June; July on: version 2 blocks E3 (company); October–November: E4 in its cooling-off (review);
    // December: E4's override.
    QCOMPARE(monthly, (QVector<double>{3, 3, 4, 4, 4, 3, 2, 2, 2, 2, 2, 3}));
    QCOMPARE(drill(QStringLiteral("eligible_for_rehire"), context({QDate(2025, 4, 1), QDate(2025, 4, 30)}), QString()),
             L("E1 E2 E3 E5"));
    // Version boundary: 30 June is judged by version 1, 1 July by version 2.
    QCOMPARE(compute(QStringLiteral("eligible_for_rehire"), context({QDate(2025, 6, 1), QDate(2025, 6, 30)})).value,
             std::optional<double>(3));
    QCOMPARE(compute(QStringLiteral("eligible_for_rehire"), context({QDate(2025, 7, 1), QDate(2025, 7, 1)})).value,
             std::optional<double>(2));
    // Each figure is a whole re-evaluation: no monthly series.
    QVERIFY(compute(QStringLiteral("eligible_for_rehire"), context(k2025)).series.isEmpty());
}

void TestKpiEligibility::asOfCapsThePeriod()
{
    // A period reaching past the as-of date is judged on the as-of date: E6 has left (needs review).
    const KpiContext ctx = context({QDate(2025, 7, 1), QDate(2026, 6, 30)});
    const KpiResult share = compute(QStringLiteral("eligible_share"), ctx);
    QCOMPARE(share.denominator, std::optional<qint64>(6));
    QCOMPARE(share.numerator, std::optional<qint64>(3));
    QVERIFY(near(share.value, 50));
    QVERIFY2(share.note.contains(QLatin1String("2026-01-15")), qPrintable(share.note));
}

void TestKpiEligibility::filters()
{
    const KpiContext sales = context(k2025, QStringLiteral("営業部"));
    QCOMPARE(compute(QStringLiteral("eligible_for_rehire"), sales).value, std::optional<double>(2)); // E1, E4
    QCOMPARE(drill(QStringLiteral("eligible_share"), sales, QStringLiteral("population")), L("E1 E3 E4"));
    KpiContext company = context(k2025);
    company.filters.departureType = QStringLiteral("company");
    QCOMPARE(compute(QStringLiteral("eligible_share"), company).value, std::optional<double>(0)); // E3
}

void TestKpiEligibility::defaultRuleSetIsRehire()
{
    KpiContext ctx = context(k2025);
    ctx.filters.ruleSet.clear();
    const KpiResult r = compute(QStringLiteral("eligible_for_rehire"), ctx);
    QVERIFY(r.value);
    KpiContext rehire = ctx;
    rehire.filters.ruleSet = QStringLiteral("rehire");
    QCOMPARE(compute(QStringLiteral("eligible_for_rehire"), rehire).value, r.value);
}

void TestKpiEligibility::unknownRuleSetIsAnError()
{
    KpiContext ctx = context(k2025);
    ctx.filters.ruleSet = QStringLiteral("no_such_rules");
    auto r = KpiRegistry::standard().find(QStringLiteral("eligible_share"))->compute(ctx);
    QVERIFY(!r);
    QVERIFY2(r.errorText().contains(QLatin1String("rehire")), qPrintable(r.errorText())); // names the known ones
}

void TestKpiEligibility::agreesWithTheEligibilityService()
{
    // On the as-of date the KPI is what the eligibility window counts.
    eligibility::EligibilityService service(m_db.db().sql(), m_db.db().backend(), QStringLiteral("test"));
    auto counts = service.counts(kRuleSet, kAsOf);
    QVERIFY2(counts, qPrintable(counts.errorText()));
    const KpiResult share = compute(QStringLiteral("eligible_share"), context({QDate(2025, 7, 1), QDate(2026, 6, 30)}));
    QCOMPARE(share.numerator, std::optional<qint64>(counts->eligible));
    QCOMPARE(share.denominator, std::optional<qint64>(counts->total()));
}

void TestKpiEligibility::generatedRosterAgreesWithTheService()
{
    test::TestDatabase big;
    demo::DemoOptions options;
    options.rows = 2000;
    options.seed = 11;
    const QDate today = QDate::currentDate();
    options.today = today;
    auto summary = demo::generateDemoRoster(big.db(), options);
    QVERIFY2(summary, qPrintable(summary.errorText()));
    eligibility::EligibilityService service(big.db().sql(), big.db().backend(), QStringLiteral("test"));
    auto set = service.ruleSets().current(QStringLiteral("rehire"));
    QVERIFY(set);
    // A few overrides, one already revoked and one expired: only the others count.
    for (qint64 id = 1; id <= 9; ++id) {
        auto o = service.overrides().set(id, set->ruleSetId, eligibility::Verdict(id % 3), QStringLiteral("test"),
                                         id == 7 ? today.addDays(-1) : QDate());
        QVERIFY2(o, qPrintable(o.errorText()));
        if (id == 8)
            QVERIFY(service.overrides().revoke(o->id, QStringLiteral("test")));
    }
    QSqlQuery any(big.db().sql());
    QVERIFY(any.exec(QStringLiteral("SELECT last_department FROM alumni WHERE last_department <> '' LIMIT 1")) && any.next());
    for (const QString &department : {QString(), any.value(0).toString()}) {
        KpiContext ctx;
        ctx.db = big.db().sql();
        ctx.asOf = today;
        ctx.filters.period = {today.addMonths(-1), today};
        ctx.filters.department = department;
        auto share = KpiRegistry::standard().find(QStringLiteral("eligible_share"))->compute(ctx);
        QVERIFY2(share, qPrintable(share.errorText()));
        if (!department.isEmpty()) {
            QVERIFY(share->denominator.value_or(0) > 0);
            continue; // the service does not filter; the unfiltered figure is the one to compare
        }
        auto counts = service.counts(QStringLiteral("rehire"), today);
        QVERIFY2(counts, qPrintable(counts.errorText()));
        QVERIFY(counts->eligible > 0 && counts->notEligible > 0);
        QCOMPARE(share->numerator, std::optional<qint64>(counts->eligible));
        QCOMPARE(share->denominator, std::optional<qint64>(counts->total()));
    }
}

QTEST_GUILESS_MAIN(TestKpiEligibility)
#include "tst_kpieligibility.moc"
