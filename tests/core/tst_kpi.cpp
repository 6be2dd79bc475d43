// The roster KPIs on a ten-person fixture whose every figure was worked out by hand (see the table in
// initTestCase), each cross-checked against an independent SQL formulation, with period boundaries
// (a departure on the last day of a period and on the first day of the next), filters, and drill-downs
// whose people are exactly those a figure counts. A generated roster repeats the cross-checks at scale.
#include "TestDatabase.h"

#include "demo/DemoRoster.h"
#include "kpi/KpiEngine.h"
#include "kpi/MidCareerHires.h"
#include "roster/AlumnusRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace alumnidesk;
using namespace alumnidesk::kpi;

namespace {

struct StintSpec {
    const char *hire;
    const char *departure; // "" = still employed
    const char *department;
    const char *type;
    const char *reason;
};

struct PersonSpec {
    const char *employeeId;
    const char *status;
    const char *lastContact; // "" = never
    QVector<StintSpec> stints;
};

// The fixture. Periods in the tests: 2024 (previous 2023), as of 2025-01-15.
const QVector<PersonSpec> &people()
{
    static const QVector<PersonSpec> list = {
        {"A01", "registered", "2024-12-01", {{"2015-04-01", "2023-12-31", "営業部", "voluntary", "転職"}}},
        {"A02", "active", "2024-06-01", {{"2016-04-01", "2024-01-01", "営業部", "voluntary", "転職"}}},
        {"A03", "invited", "", {{"2018-04-01", "2024-12-31", "開発部", "company", "業績不振"}}},
        {"A04", "dormant", "2022-01-10", {{"2010-04-01", "2025-01-01", "開発部", "voluntary", "留学"}}},
        {"A05", "withdrawn", "", {{"2012-04-01", "2024-03-31", "営業部", "voluntary", "育児"}}},
        {"A06", "active", "2024-11-20",
         {{"2010-04-01", "2019-03-31", "営業部", "voluntary", "転職"}, {"2024-04-01", "", "営業部", "", ""}}},
        {"A07", "registered", "2023-05-01",
         {{"2014-04-01", "2021-06-30", "開発部", "voluntary", "転職"}, {"2022-01-01", "2022-09-30", "開発部", "voluntary", "家業"}}},
        {"A08", "dormant", "",
         {{"2008-04-01", "2015-03-31", "営業部", "company", "事業所閉鎖"}, {"2023-07-01", "2024-12-31", "営業部", "voluntary", "転職"}}},
        {"A09", "registered", "2024-09-30", {{"2020-04-01", "2024-12-31", "営業部", "retirement", "定年"}}},
        {"A10", "registered", "2025-01-10",
         {{"2016-04-01", "2023-12-31", "開発部", "voluntary", "転職"}, {"2024-01-01", "2024-06-30", "開発部", "voluntary", "家業"}}},
    };
    return list;
}

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QDate kAsOf(2025, 1, 15);
const Period k2024{QDate(2024, 1, 1), QDate(2024, 12, 31)};

struct Filter {
    QString department;
    QString type;
};

// Independent formulations of each KPI's value: plain joins and EXISTS instead of the engine's facts,
// window functions and the stint_count shortcut. Parameters: :from, :to, :pfrom, :pto, :asof, :dept, :type.
QString independentSql(const QString &id)
{
    const QString dep = QStringLiteral("(:dept = '' OR s.department = :dept) AND (:type = '' OR s.departure_type = :type)");
    const QString person = QStringLiteral("(:dept = '' OR a.last_department = :dept) AND (:type = '' OR a.last_departure_type = :type)");
    const QString member = QStringLiteral("a.membership_status IN ('registered', 'active', 'dormant')");
    const QString firstDeparture = QStringLiteral("(SELECT min(x.departure_date) FROM stints x WHERE x.alumnus_id = a.id)");
    // A rehire: stint r of a person, hired after the departure of the stint p hired just before it.
    const QString rehire = QStringLiteral(
        "FROM stints r JOIN stints p ON p.alumnus_id = r.alumnus_id AND p.hire_date < r.hire_date "
        "AND NOT EXISTS (SELECT 1 FROM stints q WHERE q.alumnus_id = r.alumnus_id AND q.hire_date > p.hire_date AND q.hire_date < r.hire_date) "
        "WHERE p.departure_date IS NOT NULL AND r.hire_date > p.departure_date "
        "AND (:dept = '' OR p.department = :dept) AND (:type = '' OR p.departure_type = :type)");
    if (id == QLatin1String("registered_alumni"))
        return QStringLiteral("SELECT count(*) FROM alumni a WHERE %1 AND %2 <= :to AND %3").arg(member, firstDeparture, person);
    if (id == QLatin1String("registered_growth"))
        return QStringLiteral("SELECT count(*) FROM alumni a WHERE %1 AND %2 >= :from AND %2 <= :to AND %3").arg(member, firstDeparture, person);
    if (id == QLatin1String("leaver_registration_rate"))
        return QStringLiteral("SELECT 100.0 * count(DISTINCT CASE WHEN %1 THEN a.id END) / count(DISTINCT a.id) FROM stints s "
                              "JOIN alumni a ON a.id = s.alumnus_id WHERE s.departure_date >= :from AND s.departure_date <= :to AND %2")
            .arg(member, dep);
    if (id == QLatin1String("membership_status_mix"))
        return QStringLiteral("SELECT count(*) FROM alumni a WHERE %1 <= :to AND %2").arg(firstDeparture, person);
    if (id == QLatin1String("leavers") || id == QLatin1String("leavers_by_type") || id == QLatin1String("leavers_by_reason"))
        return QStringLiteral("SELECT count(DISTINCT s.alumnus_id) FROM stints s WHERE s.departure_date >= :from AND s.departure_date <= :to AND %1").arg(dep);
    if (id == QLatin1String("departure_cohorts"))
        return QStringLiteral("SELECT 100.0 * count(DISTINCT CASE WHEN %1 THEN a.id END) / count(DISTINCT a.id) FROM stints s "
                              "JOIN alumni a ON a.id = s.alumnus_id WHERE s.departure_date >= :cfrom AND s.departure_date <= :to AND %2")
            .arg(member, dep);
    if (id == QLatin1String("rehire_rate_by_cohort"))
        return QStringLiteral("SELECT 100.0 * count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM stints n WHERE n.alumnus_id = s.alumnus_id "
                              "AND n.hire_date > s.departure_date AND n.hire_date <= :to) THEN s.alumnus_id END) / count(DISTINCT s.alumnus_id) "
                              "FROM stints s WHERE s.departure_date >= :cfrom AND s.departure_date <= :to AND %1")
            .arg(dep);
    if (id == QLatin1String("rehires"))
        return QStringLiteral("SELECT count(DISTINCT r.alumnus_id) ") + rehire + QStringLiteral(" AND r.hire_date >= :from AND r.hire_date <= :to");
    if (id == QLatin1String("boomerang_hire_share"))
        return QStringLiteral("SELECT 100.0 * count(DISTINCT r.alumnus_id) / (SELECT sum(hires) FROM mid_career_hires "
                              "WHERE year = 2024 AND month = 0) ") + rehire + QStringLiteral(" AND r.hire_date >= :from AND r.hire_date <= :to");
    if (id == QLatin1String("second_departure_12m"))
        return QStringLiteral("SELECT 100.0 * count(DISTINCT CASE WHEN r.departure_date < date(r.hire_date, '+12 months') THEN r.alumnus_id END) "
                              "/ count(DISTINCT r.alumnus_id) ") + rehire
            + QStringLiteral(" AND r.hire_date >= :from AND r.hire_date <= min(:to, date(:asof, '-12 months'))");
    if (id == QLatin1String("contacted_12m"))
        return QStringLiteral("SELECT 100.0 * sum(a.last_contact_date > date(:asof, '-12 months') AND a.last_contact_date <= :asof) / count(*) "
                              "FROM alumni a WHERE a.membership_status <> 'withdrawn' AND %1").arg(person);
    return {}; // time_to_rehire: checked against medians computed in C++ from an independent list
}

std::optional<double> runIndependent(QSqlDatabase db, const QString &id, const Period &p, const Filter &f)
{
    QSqlQuery q(db);
    if (!q.prepare(independentSql(id)))
        qFatal("independent SQL for %s does not prepare", qPrintable(id));
    const QString text = independentSql(id);
    auto bind = [&](const char *name, const QVariant &v) {
        if (text.contains(QLatin1String(name)))
            q.bindValue(QLatin1String(name), v);
    };
    bind(":from", p.fromText());
    bind(":to", p.toText());
    bind(":cfrom", QDate(p.to.year() - 9, 1, 1).toString(Qt::ISODate));
    bind(":asof", kAsOf.toString(Qt::ISODate));
    bind(":dept", f.department.isNull() ? QStringLiteral("") : f.department);
    bind(":type", f.type.isNull() ? QStringLiteral("") : f.type);
    if (!q.exec() || !q.next())
        qFatal("independent SQL for %s failed", qPrintable(id));
    if (q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toDouble();
}

bool near(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return std::abs(*a - *b) < 1e-9;
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QStringLiteral("none");
}

} // namespace

class TestKpi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void goldenValues_data();
    void goldenValues();
    void goldenSeriesAndBreakdowns();
    void goldenCohorts();
    void timeToRehire();
    void boomerangShareNeedsHires();
    void hiresTotals_data();
    void hiresTotals();
    void periods();
    void filteredValues_data();
    void filteredValues();
    void crossCheckAndDrillDown_data();
    void crossCheckAndDrillDown();
    void generatedRosterCrossCheck();
    void unknownDrillKeyIsAnError();

private:
    KpiContext context(const Period &p, const Filter &f = {}) const
    {
        KpiContext c;
        c.db = m_db->db().sql();
        c.asOf = kAsOf;
        c.filters.period = p;
        c.filters.department = f.department;
        c.filters.departureType = f.type;
        return c;
    }
    KpiResult compute(const QString &id, const KpiContext &ctx) const
    {
        const KpiDefinition *d = KpiRegistry::standard().find(id);
        if (!d)
            qFatal("no KPI %s", qPrintable(id));
        auto r = d->compute(ctx);
        if (!r)
            qFatal("KPI %s failed: %s", qPrintable(id), qPrintable(r.errorText()));
        return r.value();
    }
    QVector<qint64> drill(const QString &id, const KpiContext &ctx, const QString &key) const
    {
        auto r = KpiRegistry::standard().find(id)->drillDown(ctx, key);
        if (!r)
            qFatal("drill-down %s/%s failed: %s", qPrintable(id), qPrintable(key), qPrintable(r.errorText()));
        return r.value();
    }
    QStringList employeeIds(const QVector<qint64> &ids) const
    {
        QStringList out;
        for (qint64 id : ids) {
            QSqlQuery q(m_db->db().sql());
            q.prepare(QStringLiteral("SELECT employee_id FROM alumni WHERE id = ?"));
            q.addBindValue(id);
            q.exec();
            q.next();
            out.append(q.value(0).toString());
        }
        out.sort();
        return out;
    }
    void checkDrillDowns(const QString &id, const KpiContext &ctx);

    std::unique_ptr<test::TestDatabase> m_db;
};

void TestKpi::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    AlumnusRepository repo(m_db->db(), QStringLiteral("test"));
    for (const PersonSpec &p : people()) {
        Alumnus a = test::makeAlumnus(QString::fromLatin1(p.employeeId), QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"));
        a.membershipStatus = QString::fromLatin1(p.status);
        a.lastContactDate = date(p.lastContact);
        a.stints.clear();
        for (const StintSpec &s : p.stints) {
            Stint st;
            st.hireDate = date(s.hire);
            st.departureDate = date(s.departure);
            st.department = QString::fromUtf8(s.department);
            st.employmentType = QStringLiteral("regular");
            st.departureType = QString::fromLatin1(s.type);
            st.departureReason = QString::fromUtf8(s.reason);
            a.stints.append(st);
        }
        auto id = repo.add(a);
        QVERIFY2(id, qPrintable(id.errorText()));
    }
    QVERIFY(hires::set(m_db->db().sql(), m_db->db().backend(), 2024, 0, 20, QStringLiteral("人事部集計"), QStringLiteral("test")));
}

void TestKpi::goldenValues_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("previous"); // NaN = none
    QTest::addColumn<QStringList>("people"); // employee ids behind the value

    const double none = std::nan("");
    const auto ids = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    // 2024: members who had left by 31 Dec (A04 left on 1 Jan 2025; A03 invited, A05 withdrawn).
    QTest::newRow("registered alumni") << "registered_alumni" << 7.0 << 5.0 << ids("A01 A02 A06 A07 A08 A09 A10");
    QTest::newRow("new registered alumni") << "registered_growth" << 2.0 << 2.0 << ids("A02 A09");
    // Left in 2024: A02 (1 Jan), A03, A05, A08, A09 (31 Dec), A10; registered: A02, A08, A09, A10. 2023: A01, A10, both.
    QTest::newRow("registration rate") << "leaver_registration_rate" << 400.0 / 6 << 100.0 << ids("A02 A08 A09 A10");
    QTest::newRow("status mix") << "membership_status_mix" << 9.0 << none << ids("A01 A02 A03 A05 A06 A07 A08 A09 A10");
    QTest::newRow("leavers") << "leavers" << 6.0 << 2.0 << ids("A02 A03 A05 A08 A09 A10");
    QTest::newRow("leavers by type") << "leavers_by_type" << 6.0 << none << ids("A02 A03 A05 A08 A09 A10");
    // Rehired in 2024: A06 (1 Apr), A10 (1 Jan); 2023: A08.
    QTest::newRow("rehires") << "rehires" << 2.0 << 1.0 << ids("A06 A10");
    // 2 rehires / 20 mid-career hires entered for 2024; nothing entered for 2023.
    QTest::newRow("boomerang share") << "boomerang_hire_share" << 10.0 << none << ids("A06 A10");
    // Seen for twelve months by 15 Jan 2025: A10 (rehired 1 Jan 2024, left 30 Jun). 2023: A08 stayed 18 months.
    QTest::newRow("second departure") << "second_departure_12m" << 100.0 << 0.0 << ids("A10");
    // Not withdrawn: nine; contacted after 15 Jan 2024: A01, A02, A06, A09, A10.
    QTest::newRow("contacted") << "contacted_12m" << 500.0 / 9 << none << ids("A01 A02 A06 A09 A10");
    // Left 2015–2024: nine people; rehired after such a departure by the end of 2024: A06, A07, A08, A10.
    QTest::newRow("rehire rate by cohort") << "rehire_rate_by_cohort" << 400.0 / 9 << none << ids("A06 A07 A08 A10");
    // Of the same nine, registered today: all but A03 and A05.
    QTest::newRow("departure cohorts") << "departure_cohorts" << 700.0 / 9 << none << ids("A01 A02 A06 A07 A08 A09 A10");
}

void TestKpi::goldenValues()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(double, previous);
    QFETCH(QStringList, people);
    const KpiContext ctx = context(k2024);
    const KpiResult r = compute(id, ctx);
    QVERIFY2(near(r.value, value), qPrintable(show(r.value)));
    QVERIFY2(near(r.previous, std::isnan(previous) ? std::nullopt : std::optional<double>(previous)), qPrintable(show(r.previous)));
    QCOMPARE(employeeIds(drill(id, ctx, QString())), people);
}

void TestKpi::goldenSeriesAndBreakdowns()
{
    const KpiContext ctx = context(k2024);
    const KpiResult leavers = compute(QStringLiteral("leavers"), ctx);
    QCOMPARE(leavers.series.size(), 12);
    QVector<double> monthly;
    for (const SeriesPoint &p : leavers.series)
        monthly.append(p.value.value_or(-1));
    QCOMPARE(monthly, (QVector<double>{1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 3}));
    QCOMPARE(employeeIds(drill(QStringLiteral("leavers"), ctx, QStringLiteral("series:2024-12"))),
             (QStringList{QStringLiteral("A03"), QStringLiteral("A08"), QStringLiteral("A09")}));

    const KpiResult registered = compute(QStringLiteral("registered_alumni"), ctx);
    QCOMPARE(registered.series.first().value, std::optional<double>(6));
    QCOMPARE(registered.series.at(10).value, std::optional<double>(6));
    QCOMPARE(registered.series.last().value, std::optional<double>(7));

    auto rows = [&](const QString &id) {
        QStringList out;
        for (const BreakdownRow &b : compute(id, ctx).breakdown)
            out.append(b.key + QLatin1Char('=') + QString::number(b.value));
        return out;
    };
    QCOMPARE(rows(QStringLiteral("leavers_by_type")),
             (QStringList{QStringLiteral("voluntary=4"), QStringLiteral("company=1"), QStringLiteral("retirement=1")}));
    QStringList reasons = rows(QStringLiteral("leavers_by_reason"));
    QCOMPARE(reasons.first(), QStringLiteral("転職=2"));
    reasons.sort();
    QStringList expectedReasons{QStringLiteral("定年=1"), QStringLiteral("家業=1"), QStringLiteral("育児=1"),
                                QStringLiteral("業績不振=1"), QStringLiteral("転職=2")};
    expectedReasons.sort();
    QCOMPARE(reasons, expectedReasons);
    QStringList mix = rows(QStringLiteral("membership_status_mix"));
    mix.sort();
    QCOMPARE(mix, (QStringList{QStringLiteral("active=2"), QStringLiteral("dormant=1"), QStringLiteral("invited=1"),
                               QStringLiteral("registered=4"), QStringLiteral("withdrawn=1")}));
    QCOMPARE(rows(QStringLiteral("contacted_12m")),
             (QStringList{QStringLiteral("within_3m=3"), QStringLiteral("within_12m=2"), QStringLiteral("within_24m=1"),
                          QStringLiteral("older=1"), QStringLiteral("never=2")}));
    QCOMPARE(employeeIds(drill(QStringLiteral("leavers_by_type"), ctx, QStringLiteral("row:company"))), QStringList{QStringLiteral("A03")});
}

void TestKpi::goldenCohorts()
{
    const KpiContext ctx = context(k2024);
    const KpiResult r = compute(QStringLiteral("rehire_rate_by_cohort"), ctx);
    QCOMPARE(r.cohortRows.first(), QStringLiteral("2015"));
    QCOMPARE(r.cohortRows.last(), QStringLiteral("2024"));
    auto cell = [&](const KpiResult &res, const char *row, const char *column) {
        const CohortCell *c = res.cell(QString::fromLatin1(row), QString::fromLatin1(column));
        return c ? c->value : std::optional<double>(-1);
    };
    QCOMPARE(cell(r, "2015", "rehired"), std::optional<double>(1));
    QCOMPARE(cell(r, "2022", "people"), std::optional<double>(1));
    QCOMPARE(cell(r, "2022", "rehired"), std::optional<double>(0));
    QCOMPARE(cell(r, "2023", "share"), std::optional<double>(50));
    QCOMPARE(cell(r, "2024", "people"), std::optional<double>(6));
    QCOMPARE(cell(r, "2024", "share"), std::optional<double>(0));
    QCOMPARE(cell(r, "2017", "share"), std::optional<double>()); // nobody left in 2017
    QCOMPARE(employeeIds(drill(QStringLiteral("rehire_rate_by_cohort"), ctx, QStringLiteral("cell:2023:rehired"))),
             QStringList{QStringLiteral("A10")});
    const KpiResult members = compute(QStringLiteral("departure_cohorts"), ctx);
    QCOMPARE(cell(members, "2024", "registered"), std::optional<double>(4));
    QCOMPARE(cell(members, "2023", "share"), std::optional<double>(100));
}

void TestKpi::timeToRehire()
{
    const KpiContext ctx = context(k2024);
    const KpiResult r = compute(QStringLiteral("time_to_rehire"), ctx);
    // A06: 31 Mar 2019 → 1 Apr 2024 is 1,828 days; A10: 31 Dec 2023 → 1 Jan 2024 is one day.
    const double a06 = 1828 / 30.4375;
    const double a10 = 1 / 30.4375;
    QVERIFY2(near(r.value, (a06 + a10) / 2), qPrintable(show(r.value)));
    // 2023: A08, 31 Mar 2015 → 1 Jul 2023 is 3,014 days.
    QVERIFY2(near(r.previous, 3014 / 30.4375), qPrintable(show(r.previous)));
    QCOMPARE(r.breakdown.size(), 4);
    QCOMPARE(r.breakdown.at(0).value, 1.0); // under a year: A10
    QCOMPARE(r.breakdown.at(3).value, 1.0); // five years or more: A06 (60.06 months)
    QCOMPARE(employeeIds(drill(QStringLiteral("time_to_rehire"), ctx, QStringLiteral("row:5y_more"))), QStringList{QStringLiteral("A06")});
    // The same medians from an independent list of (departure before, rehire) pairs.
    QVector<double> months;
    for (const PersonSpec &p : people()) {
        for (int i = 1; i < p.stints.size(); ++i) {
            const QDate rehire = date(p.stints.at(i).hire);
            const QDate left = date(p.stints.at(i - 1).departure);
            if (left.isValid() && rehire > left && k2024.contains(rehire))
                months.append(double(left.daysTo(rehire)) / 30.4375);
        }
    }
    std::sort(months.begin(), months.end());
    QCOMPARE(months.size(), 2);
    QVERIFY(near(r.value, (months.at(0) + months.at(1)) / 2));
}

void TestKpi::boomerangShareNeedsHires()
{
    // 2023 has no figure: the share is missing and the note says which month to enter.
    const KpiResult r = compute(QStringLiteral("boomerang_hire_share"), context({QDate(2023, 1, 1), QDate(2023, 12, 31)}));
    QVERIFY(!r.value);
    QVERIFY2(r.note.contains(QLatin1String("2023-01")), qPrintable(r.note));
    // A yearly figure does not split into months: the monthly series has no points, the year has its value.
    const KpiResult y = compute(QStringLiteral("boomerang_hire_share"), context(k2024));
    for (const SeriesPoint &p : y.series)
        QVERIFY(!p.value);
    QCOMPARE(y.numerator, std::optional<qint64>(2));
    QCOMPARE(y.denominator, std::optional<qint64>(20));
}

void TestKpi::hiresTotals_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("expected"); // -1 = missing
    QTest::addColumn<QString>("missing");
    QTest::newRow("whole year, yearly figure wins") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << qint64(100) << QString();
    QTest::newRow("part of a year with only a yearly figure") << QDate(2023, 1, 1) << QDate(2023, 6, 30) << qint64(-1) << QStringLiteral("2023");
    QTest::newRow("months") << QDate(2024, 1, 1) << QDate(2024, 2, 29) << qint64(7) << QString();
    QTest::newRow("a month without a figure") << QDate(2024, 1, 1) << QDate(2024, 3, 31) << qint64(-1) << QStringLiteral("2024-03");
    QTest::newRow("a part of a month counts the month") << QDate(2024, 2, 10) << QDate(2024, 2, 11) << qint64(4) << QString();
}

void TestKpi::hiresTotals()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, expected);
    QFETCH(QString, missing);
    const QVector<HireEntry> entries = {{2023, 0, 100, {}, {}, {}}, {2023, 5, 9, {}, {}, {}}, {2024, 1, 3, {}, {}, {}},
                                        {2024, 2, 4, {}, {}, {}}};
    const HireTotal t = hires::totalFor(entries, {from, to});
    QCOMPARE(t.hires.value_or(-1), expected);
    QCOMPARE(t.missing, missing);
}

void TestKpi::periods()
{
    KpiContext c;
    c.asOf = QDate(2025, 1, 15);
    QCOMPARE(c.period(), (Period{QDate(2024, 1, 1), QDate(2024, 12, 31)}));
    QCOMPARE(c.previousPeriod(), (Period{QDate(2023, 1, 1), QDate(2023, 12, 31)}));
    c.filters.period = {QDate(2024, 3, 1), QDate(2024, 5, 31)};
    QCOMPARE(c.previousPeriod(), (Period{QDate(2023, 12, 1), QDate(2024, 2, 29)}));
    QCOMPARE(c.buckets().size(), 3);
    c.filters.period = {QDate(2024, 3, 10), QDate(2024, 3, 19)};
    QCOMPARE(c.previousPeriod(), (Period{QDate(2024, 2, 29), QDate(2024, 3, 9)}));
    QCOMPARE(c.buckets().size(), 1);
    QCOMPARE(c.buckets().first().period, c.filters.period);
    c.filters.period = {QDate(2015, 1, 1), QDate(2024, 12, 31)};
    QCOMPARE(c.buckets().size(), 10);
    QCOMPARE(c.buckets().first().label, QStringLiteral("2015"));
}

void TestKpi::filteredValues_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("people");
    const auto ids = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("leavers in 営業部") << "leavers" << "営業部" << "" << ids("A02 A05 A08 A09");
    QTest::newRow("voluntary leavers") << "leavers" << "" << "voluntary" << ids("A02 A05 A08 A10");
    QTest::newRow("voluntary leavers in 開発部") << "leavers" << "開発部" << "voluntary" << ids("A10");
    QTest::newRow("registered alumni of 営業部 (latest stint)") << "registered_alumni" << "営業部" << "" << ids("A01 A02 A06 A08 A09");
    QTest::newRow("rehires from 営業部") << "rehires" << "営業部" << "" << ids("A06");
    QTest::newRow("rehires after a company-initiated departure") << "rehires" << "" << "company" << ids("");
}

void TestKpi::filteredValues()
{
    QFETCH(QString, id);
    QFETCH(QString, department);
    QFETCH(QString, type);
    QFETCH(QStringList, people);
    const KpiContext ctx = context(k2024, {department, type});
    const KpiResult r = compute(id, ctx);
    QCOMPARE(r.value, std::optional<double>(people.size()));
    QCOMPARE(employeeIds(drill(id, ctx, QString())), people);
}

void TestKpi::crossCheckAndDrillDown_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("type");
    const QVector<Period> periods = {k2024, {QDate(2023, 1, 1), QDate(2023, 12, 31)}, {QDate(2024, 1, 1), QDate(2024, 1, 1)},
                                     {QDate(2023, 12, 31), QDate(2024, 6, 30)}};
    const QVector<Filter> filters = {{}, {QStringLiteral("営業部"), {}}, {{}, QStringLiteral("voluntary")},
                                     {QStringLiteral("開発部"), QStringLiteral("voluntary")}};
    for (const KpiDefinition &d : KpiRegistry::standard().definitions()) {
        for (const Period &p : periods) {
            for (const Filter &f : filters) {
                QTest::addRow("%s %s..%s [%s|%s]", qPrintable(d.id), qPrintable(p.fromText()), qPrintable(p.toText()),
                              qPrintable(f.department), qPrintable(f.type))
                    << d.id << p.from << p.to << f.department << f.type;
            }
        }
    }
}

void TestKpi::checkDrillDowns(const QString &id, const KpiContext &ctx)
{
    const KpiDefinition *d = KpiRegistry::standard().find(id);
    const KpiResult r = compute(id, ctx);
    // The people behind the value: its count, or a percentage's numerator.
    const qint64 behind = d->unit == Unit::Percent ? r.numerator.value_or(0) : qint64(r.value.value_or(0));
    if (d->unit != Unit::Months)
        QCOMPARE(qint64(drill(id, ctx, QString()).size()), behind);
    if (r.denominator && d->unit == Unit::Percent && id != QLatin1String("boomerang_hire_share"))
        QCOMPARE(qint64(drill(id, ctx, QStringLiteral("population")).size()), *r.denominator);
    for (const SeriesPoint &p : r.series) {
        if (d->unit == Unit::Count)
            QCOMPARE(double(drill(id, ctx, p.drillKey).size()), p.value.value_or(-1));
        else
            drill(id, ctx, p.drillKey); // answers
    }
    for (const BreakdownRow &b : r.breakdown)
        QCOMPARE(double(drill(id, ctx, b.drillKey).size()), b.value);
    for (const CohortCell &c : r.cohortCells) {
        const QVector<qint64> ids = drill(id, ctx, c.drillKey);
        if (c.column != QLatin1String("share"))
            QCOMPARE(double(ids.size()), c.value.value_or(-1));
    }
}

void TestKpi::crossCheckAndDrillDown()
{
    QFETCH(QString, id);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, department);
    QFETCH(QString, type);
    const Filter f{department, type};
    const KpiContext ctx = context({from, to}, f);
    const KpiResult r = compute(id, ctx);
    if (!independentSql(id).isEmpty()) {
        std::optional<double> expected = runIndependent(ctx.db, id, {from, to}, f);
        if (id == QLatin1String("boomerang_hire_share") && !(from == k2024.from && to == k2024.to))
            expected = std::nullopt; // only 2024 has a figure, and only as a whole year
        QVERIFY2(near(r.value, expected), qPrintable(QStringLiteral("engine %1, independent %2").arg(show(r.value), show(expected))));
    }
    checkDrillDowns(id, ctx);
}

void TestKpi::generatedRosterCrossCheck()
{
    // A generated roster: thousands of people, boomerangs, every departure type, dates on every kind of day.
    test::TestDatabase big;
    demo::DemoOptions options;
    options.rows = 3000;
    options.seed = 7;
    options.today = kAsOf;
    auto summary = demo::generateDemoRoster(big.db(), options);
    QVERIFY2(summary, qPrintable(summary.errorText()));
    QVERIFY(summary->boomerangs > 50);
    QVERIFY(hires::set(big.db().sql(), big.db().backend(), 2024, 0, 400, {}, QStringLiteral("test")));
    const QVector<Filter> filters = {{}, {{}, QStringLiteral("voluntary")}, {QStringLiteral("営業部"), {}}};
    for (const Filter &f : filters) {
        for (const Period &p : {k2024, Period{QDate(2020, 4, 1), QDate(2022, 3, 31)}}) {
            KpiContext ctx;
            ctx.db = big.db().sql();
            ctx.asOf = kAsOf;
            ctx.filters.period = p;
            ctx.filters.department = f.department;
            ctx.filters.departureType = f.type;
            for (const KpiOutcome &o : computeAll(KpiRegistry::standard(), ctx)) {
                QVERIFY2(o.result, qPrintable(o.result.errorText()));
                const QString id = o.definition->id;
                if (independentSql(id).isEmpty() || (id == QLatin1String("boomerang_hire_share") && !(p == k2024)))
                    continue;
                const std::optional<double> expected = runIndependent(ctx.db, id, p, f);
                QVERIFY2(near(o.result->value, expected),
                         qPrintable(QStringLiteral("%1 [%2|%3] %4: engine %5, independent %6")
                                        .arg(id, f.department, f.type, p.fromText(), show(o.result->value), show(expected))));
            }
        }
    }
}

void TestKpi::unknownDrillKeyIsAnError()
{
    const KpiContext ctx = context(k2024);
    for (const KpiDefinition &d : KpiRegistry::standard().definitions())
        QVERIFY2(!d.drillDown(ctx, QStringLiteral("bogus")).ok(), qPrintable(d.id));
    QVERIFY(!KpiRegistry::standard().find(QStringLiteral("leavers"))->drillDown(ctx, QStringLiteral("series:1999-01")).ok());
}

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
