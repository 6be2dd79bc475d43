// The property the issue asks for: on seeded random rosters (missing dates, leap days, boomerangs, open
// stints, inconsistent data) and random rule sets (AND / OR / NOT trees over every field and operator), the
// C++ evaluator and the SQL compiler give every person the same verdict; and so do the in-memory roster
// facts the editor's live count uses, and the materialised verdict table. A failure prints the seed.
#include "EligibilityTestSupport.h"
#include "TestDatabase.h"

#include "db/RosterChanges.h"
#include "db/WriteTransaction.h"
#include "eligibility/RosterFacts.h"
#include "eligibility/RuleEvaluator.h"
#include "eligibility/RuleJson.h"
#include "eligibility/RuleSetStore.h"
#include "eligibility/TenureMath.h"
#include "eligibility/VerdictTable.h"
#include "roster/AlumnusRows.h"
#include "roster/Vocabulary.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::eligibility;

namespace {

const QStringList kGrades{QString(), QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"), QStringLiteral("M1")};
const QStringList kDepartments{QString(), QStringLiteral("営業部"), QStringLiteral("開発部"), QStringLiteral("人事部")};
const QStringList kCompanies{QString(), QStringLiteral("AlumniDesk Tech"), QStringLiteral("AlumniDesk Finance")};

QStringList keys(const QVector<vocabulary::Term> &terms)
{
    QStringList out;
    for (const auto &t : terms)
        out.append(t.key);
    return out;
}

class Random {
public:
    explicit Random(quint32 seed) : m_gen(seed) {}
    int between(int lo, int hi) { return int(m_gen.bounded(lo, hi + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T>
    const T &pick(const QVector<T> &v) { return v.at(between(0, int(v.size()) - 1)); }
    QString pick(const QStringList &v) { return v.at(between(0, int(v.size()) - 1)); }
    QDate date(int fromYear, int toYear)
    {
        // Month ends and 29 February come up often: that is where date arithmetic breaks.
        const int y = between(fromYear, toYear);
        const int m = between(1, 12);
        const int days = QDate(y, m, 1).daysInMonth();
        const int d = chance(30) ? days - between(0, 1) : between(1, days);
        return QDate(y, m, d);
    }

private:
    QRandomGenerator m_gen;
};

Alumnus randomPerson(Random &r, int n)
{
    Alumnus a;
    a.employeeId = QStringLiteral("P%1").arg(n, 5, 10, QLatin1Char('0'));
    a.familyName = QStringLiteral("試験");
    a.familyKana = QStringLiteral("シケン");
    a.birthDate = r.chance(10) ? QDate() : r.date(1950, 2002);
    const int stints = r.chance(8) ? 0 : r.between(1, 3);
    QDate cursor = r.date(1975, 2020);
    for (int i = 0; i < stints; ++i) {
        Stint s;
        s.hireDate = r.chance(7) ? QDate() : cursor;
        s.departureDate = r.chance(12) ? QDate() : cursor.addDays(r.between(-30, 4000));
        if (r.chance(10))
            s.hireDate = s.departureDate; // same-day stints and ties between stints
        s.departureType = r.chance(10) ? QString() : r.pick(keys(vocabulary::departureTypes()));
        s.employmentType = r.chance(10) ? QString() : r.pick(keys(vocabulary::employmentTypes()));
        s.grade = r.pick(kGrades);
        s.department = r.pick(kDepartments);
        s.groupCompany = r.pick(kCompanies);
        a.stints.append(s);
        cursor = cursor.addDays(r.between(0, 3000));
    }
    a.membershipStatus = r.pick(keys(vocabulary::membershipStatuses()));
    a.hrMisconduct = r.chance(10);
    a.hrDoNotRehire = r.chance(10);
    a.consentNewsletter = r.chance(50);
    a.consentEvents = r.chance(50);
    a.consentJobOffers = r.chance(50);
    return a;
}

Condition randomCondition(Random &r, int depth)
{
    if (depth < 3 && r.chance(35)) {
        const int kind = r.between(0, 2);
        if (kind == 2)
            return Condition::negate(randomCondition(r, depth + 1));
        QVector<Condition> children;
        const int n = r.between(1, 3);
        for (int i = 0; i < n; ++i)
            children.append(randomCondition(r, depth + 1));
        return kind == 0 ? Condition::all(children) : Condition::any(children);
    }
    const FieldInfo info = r.pick(fields());
    const QVector<Op> ops = opsFor(info.kind);
    Leaf l;
    l.field = info.field;
    l.op = r.pick(ops);
    switch (info.kind) {
    case FieldKind::Months:
        l.number = r.between(0, 120);
        break;
    case FieldKind::Years:
        l.number = r.between(18, 75);
        break;
    case FieldKind::Choice: {
        QStringList pool;
        if (info.field == Field::DepartureType)
            pool = keys(vocabulary::departureTypes());
        else if (info.field == Field::EmploymentType)
            pool = keys(vocabulary::employmentTypes());
        else if (info.field == Field::MembershipStatus)
            pool = keys(vocabulary::membershipStatuses());
        else if (info.field == Field::Grade)
            pool = kGrades.mid(1) + QStringList{QStringLiteral("G9")};
        else if (info.field == Field::Department)
            pool = kDepartments.mid(1);
        else
            pool = kCompanies;
        const int n = r.between(1, 3);
        for (int i = 0; i < n; ++i) {
            const QString v = r.pick(pool);
            if (!l.values.contains(v))
                l.values.append(v);
        }
        break;
    }
    case FieldKind::Flag:
        break;
    }
    return {Condition::Kind::Leaf, {}, l};
}

RuleSet randomRuleSet(Random &r, int n)
{
    RuleSet s;
    s.key = QStringLiteral("random_%1").arg(n);
    s.name = {QStringLiteral("無作為"), QStringLiteral("Random")};
    const int rules = r.between(0, 4);
    for (int i = 0; i < rules; ++i) {
        s.rules.append({QStringLiteral("r%1").arg(i), {QString(), QStringLiteral("Rule %1").arg(i)}, randomCondition(r, 0),
                        r.chance(50) ? Outcome::Blocks : Outcome::NeedsReview});
    }
    return s;
}

void addSeeds(std::initializer_list<quint32> seeds)
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : seeds)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

// `count` random people stored in one transaction; false when one could not be stored.
bool storeRandomPeople(test::TestDatabase &db, Random &r, int count)
{
    WriteTransaction tx(db.db().sql(), db.db().backend());
    for (int i = 0; i < count; ++i) {
        if (test::store(db.db(), randomPerson(r, i)) <= 0)
            return false;
    }
    return tx.commit().ok();
}

} // namespace

class TestEligibilityAgreement : public QObject {
    Q_OBJECT
private slots:
    void cppAndSqlAgree_data();
    void cppAndSqlAgree();
    void monthsAgreeWithQDate();
    void incrementalRefreshAgrees_data();
    void incrementalRefreshAgrees();
};

// wholeMonthsJd() converts days with integer arithmetic; QDate is the reference, day by day over 1890–2110.
void TestEligibilityAgreement::monthsAgreeWithQDate()
{
    const qint64 first = QDate(1890, 1, 1).toJulianDay();
    const qint64 last = QDate(2110, 12, 31).toJulianDay();
    const qint64 anchors[] = {QDate(2000, 2, 29).toJulianDay(), QDate(2024, 3, 31).toJulianDay(), QDate(1970, 1, 1).toJulianDay()};
    for (qint64 jd = first; jd <= last; ++jd) {
        for (qint64 anchor : anchors) {
            const QDate a = QDate::fromJulianDay(jd);
            const QDate b = QDate::fromJulianDay(anchor);
            const int expected = (b.year() - a.year()) * 12 + (b.month() - a.month()) - (b.day() < a.day() ? 1 : 0);
            if (wholeMonthsJd(jd, anchor) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 → %2").arg(a.toString(Qt::ISODate), b.toString(Qt::ISODate))));
        }
    }
}

void TestEligibilityAgreement::cppAndSqlAgree_data()
{
    addSeeds({1u, 2u, 3u, 20240229u, 777u});
}

void TestEligibilityAgreement::cppAndSqlAgree()
{
    QFETCH(quint32, seed);
    Random r(seed);
    test::TestDatabase db;
    QVERIFY(storeRandomPeople(db, r, 400));
    // Edits keep the elig_* columns right too: a stored stint dropped, a new one tied with a kept one on
    // the hire date (the tie goes to the new, larger row id), the list out of date order.
    {
        WriteTransaction tx(db.db().sql(), db.db().backend());
        AlumnusRows editor(db.db().sql(), db.db().backend());
        QSqlQuery ids(db.db().sql());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM alumni WHERE id % 3 = 0 ORDER BY id")));
        QVector<qint64> edited;
        while (ids.next())
            edited.append(ids.value(0).toLongLong());
        ids.finish();
        for (qint64 id : edited) {
            auto a = editor.load(id);
            QVERIFY(a.ok());
            Alumnus changed = a.value();
            if (changed.stints.size() > 2)
                changed.stints.removeFirst();
            if (!changed.stints.isEmpty() && r.chance(70)) {
                Stint tie = changed.stints.constFirst();
                tie.id = 0;
                tie.departureType = r.pick(keys(vocabulary::departureTypes()));
                tie.grade = r.pick(kGrades);
                tie.departureDate = r.chance(30) ? QDate() : tie.departureDate.addDays(r.between(-10, 400));
                changed.stints.prepend(tie);
            }
            QVERIFY(editor.update(changed).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    // The people as stored: stints in storage order, as the evaluator of one person sees them.
    AlumnusRows rows(db.db().sql(), db.db().backend());
    QVector<Alumnus> people;
    QSqlQuery ids(db.db().sql());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM alumni ORDER BY id")));
    while (ids.next()) {
        auto a = rows.load(ids.value(0).toLongLong());
        QVERIFY(a.ok());
        people.append(a.value());
    }
    auto facts = RosterFacts::load(db.db().sql(), db.db().backend());
    QVERIFY2(facts.ok(), qPrintable(facts.errorText()));
    QCOMPARE(facts.value()->people().size(), people.size());
    RuleSetStore store(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    VerdictTable table(db.db().sql(), db.db().backend());
    table.setChunkSize(53); // the materialised table filled across chunk edges

    for (int round = 0; round < 60; ++round) {
        const RuleSet set = randomRuleSet(r, round);
        QVERIFY2(validateRuleSet(set).ok() || set.rules.isEmpty(), qPrintable(validateRuleSet(set).errorText()));
        const QDate asOf = r.date(2000, 2027);
        const auto sql = test::sqlVerdicts(db.db(), set, asOf);
        QCOMPARE(sql.size(), people.size());
        const RuleEvaluator bulk(set, facts.value()->texts(), asOf);
        for (int i = 0; i < people.size(); ++i) {
            TextIds texts;
            const PersonFacts one = factsOf(people.at(i), texts);
            const Verdict cpp = RuleEvaluator(set, texts, asOf).verdict(one);
            const Verdict fromFacts = bulk.verdict(facts.value()->people().at(i));
            const int fromSql = sql.value(people.at(i).id, -1);
            if (int(cpp) != fromSql || cpp != fromFacts) {
                QString detail;
                for (const Rule &rule : set.rules) {
                    RuleSet single = set;
                    single.rules = {rule};
                    detail += QStringLiteral("rule %1: C++ %2, SQL %3\n")
                                  .arg(rule.id, verdictKey(RuleEvaluator(single, texts, asOf).verdict(one)))
                                  .arg(test::sqlVerdicts(db.db(), single, asOf).value(people.at(i).id, -1));
                }
                for (const Stint &st : people.at(i).stints)
                    detail += QStringLiteral("stint %1..%2 %3 %4 %5 %6\n")
                                  .arg(st.hireDate.toString(Qt::ISODate), st.departureDate.toString(Qt::ISODate), st.departureType,
                                       st.grade, st.department, st.groupCompany);
                detail += QStringLiteral("born %1\n").arg(people.at(i).birthDate.toString(Qt::ISODate));
                qWarning().noquote() << detail;
                QFAIL(qPrintable(QStringLiteral("seed %1, round %2, as of %3, %4: C++ %5, facts %6, SQL %7\nrules: %8")
                                     .arg(seed)
                                     .arg(round)
                                     .arg(asOf.toString(Qt::ISODate), people.at(i).employeeId, verdictKey(cpp), verdictKey(fromFacts))
                                     .arg(fromSql)
                                     .arg(QString::fromUtf8(rulesFileToJson({set})))));
            }
        }
        // The materialised table, through the stored version, holds the same.
        if (round % 10 == 0 && !set.rules.isEmpty()) {
            auto saved = store.save(set, QStringLiteral("property test"));
            QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
            auto run = table.refresh(saved.value(), asOf);
            QVERIFY2(run.ok(), qPrintable(run.errorText()));
            QCOMPARE(run->alumni, qint64(people.size()));
            for (const Alumnus &a : people) {
                auto v = table.stored(a.id, saved->ruleSetId);
                QVERIFY(v.ok() && v.value());
                QCOMPARE(int(v.value()->verdict), sql.value(a.id));
                QCOMPARE(v.value()->version, saved->version);
            }
        }
    }
}

void TestEligibilityAgreement::incrementalRefreshAgrees_data()
{
    addSeeds({5u, 6u, 19990101u});
}

// A refresh after edits re-evaluates only the people the change feed names, and leaves the table as a
// full evaluation (the SQL of the rule set) would: edits, inserts, deletes, several rounds; a revision
// moved outside the feed or a pruned feed falls back to everyone.
void TestEligibilityAgreement::incrementalRefreshAgrees()
{
    QFETCH(quint32, seed);
    Random r(seed);
    test::TestDatabase db;
    QVERIFY(storeRandomPeople(db, r, 300));
    RuleSetStore store(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    VerdictTable table(db.db().sql(), db.db().backend());
    table.setChunkSize(37); // a pass over everyone crosses chunk edges, deleted people among them
    QVector<RuleSetVersion> sets;
    for (int n = 0; n < 2; ++n) {
        RuleSet set;
        do
            set = randomRuleSet(r, 100 + n);
        while (set.rules.isEmpty());
        auto saved = store.save(set, QStringLiteral("property test"));
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        sets.append(saved.value());
    }
    const QDate asOf(2026, 11, 26);
    auto first = table.refresh(sets, asOf);
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    QCOMPARE(first->constFirst().evaluated, qint64(300));
    {
        QSqlQuery q(db.db().sql()); // the pass over everyone ran with a small page cache, put back after
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), -32000);
    }

    auto expectAgreement = [&](const char *when) {
        QSqlQuery q(db.db().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alumni")) && q.next());
        const qint64 people = q.value(0).toLongLong();
        for (const RuleSetVersion &v : sets) {
            auto run = table.lastRun(v.ruleSetId);
            QVERIFY(run.ok() && run.value());
            QCOMPARE(run.value()->alumni, people);
            const auto sql = test::sqlVerdicts(db.db(), v.definition, asOf);
            QCOMPARE(qint64(sql.size()), people);
            for (auto it = sql.constBegin(); it != sql.constEnd(); ++it) {
                auto stored = table.stored(it.key(), v.ruleSetId);
                QVERIFY(stored.ok() && stored.value());
                QVERIFY2(int(stored.value()->verdict) == it.value(),
                         qPrintable(QStringLiteral("%1: person %2 stored %3, SQL %4").arg(QLatin1String(when)).arg(it.key())
                                        .arg(int(stored.value()->verdict)).arg(it.value())));
            }
            // No row for anyone eligible or no longer in the roster.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM eligibility_verdicts v WHERE v.rule_set_id = %1 AND (v.verdict = 0 "
                                          "OR NOT EXISTS (SELECT 1 FROM alumni a WHERE a.id = v.alumnus_id))").arg(v.ruleSetId)) && q.next());
            QCOMPARE(q.value(0).toLongLong(), qint64(0));
        }
    };
    expectAgreement("after the first run");

    int next = 300;
    for (int round = 0; round < 6; ++round) {
        int touched = 0;
        {
            WriteTransaction tx(db.db().sql(), db.db().backend());
            AlumnusRows editor(db.db().sql(), db.db().backend());
            QSqlQuery ids(db.db().sql());
            QVERIFY(ids.exec(QStringLiteral("SELECT id FROM alumni ORDER BY id")));
            QVector<qint64> all;
            while (ids.next())
                all.append(ids.value(0).toLongLong());
            ids.finish();
            for (int k = 0; k < 12; ++k) {
                const qint64 id = all.at(int(r.between(0, int(all.size()) - 1)));
                auto a = editor.load(id);
                if (!a.ok())
                    continue; // deleted earlier in this round
                ++touched;
                const int what = r.between(0, 9);
                if (what == 0) {
                    QVERIFY(editor.remove(id).ok());
                    continue;
                }
                // Someone else's facts in this person's record: verdicts move both ways.
                Alumnus changed = randomPerson(r, next++);
                changed.id = id;
                changed.employeeId = a->employeeId;
                for (Stint &st : changed.stints)
                    st.id = 0;
                QVERIFY(editor.update(changed).ok());
            }
            for (int k = 0; k < 3; ++k, ++touched)
                QVERIFY(test::store(db.db(), randomPerson(r, next++)) > 0);
            QVERIFY(tx.commit().ok());
        }
        auto runs = table.refresh(sets, asOf);
        QVERIFY2(runs.ok(), qPrintable(runs.errorText()));
        for (const EvaluationRun &run : runs.value()) {
            QVERIFY2(run.evaluated > 0 && run.evaluated <= touched,
                     qPrintable(QStringLiteral("round %1: %2 evaluated, %3 touched").arg(round).arg(run.evaluated).arg(touched)));
        }
        expectAgreement("after edits");
    }

    // The revision moved with nothing in the feed: everyone.
    QVERIFY(QSqlQuery(db.db().sql()).exec(QStringLiteral("UPDATE roster_revision SET n = n + 1")));
    auto again = table.refresh(sets, asOf);
    QVERIFY(again.ok());
    QCOMPARE(again->constFirst().evaluated, again->constFirst().alumni);
    // A new day: everyone.
    auto tomorrow = table.refresh(sets, asOf.addDays(1));
    QVERIFY(tomorrow.ok());
    QCOMPARE(tomorrow->constFirst().evaluated, tomorrow->constFirst().alumni);
    auto back = table.refresh(sets, asOf);
    QVERIFY(back.ok());
    QCOMPARE(back->constFirst().evaluated, back->constFirst().alumni);
    expectAgreement("after a full refresh");
    // Nothing changed since: nobody is evaluated.
    auto idle = table.refresh(sets, asOf);
    QVERIFY(idle.ok());
    QCOMPARE(idle->constFirst().evaluated, qint64(0));
    // One edit, then the feed pruned past the last run: everyone.
    QVERIFY(QSqlQuery(db.db().sql()).exec(QStringLiteral("UPDATE alumni SET hr_misconduct = 1 - hr_misconduct WHERE id = 7")));
    QVERIFY(QSqlQuery(db.db().sql()).exec(QStringLiteral("UPDATE alumni SET hr_misconduct = 1 - hr_misconduct WHERE id = 8")));
    auto pruned = rosterchanges::prune(db.db().sql(), 1, 1);
    QVERIFY(pruned.ok() && pruned.value() > 0);
    auto afterPrune = table.refresh(sets, asOf);
    QVERIFY(afterPrune.ok());
    QCOMPARE(afterPrune->constFirst().evaluated, afterPrune->constFirst().alumni);
    expectAgreement("after the feed was pruned");
}

QTEST_GUILESS_MAIN(TestEligibilityAgreement)
#include "tst_eligibilityagreement.moc"
