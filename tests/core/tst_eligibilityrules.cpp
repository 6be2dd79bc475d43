// Eligibility rules, case by case: the date arithmetic at its boundaries (exactly one year, one day short,
// leap days, departure today, missing dates), the default rule sets' verdicts computed both by the C++
// evaluator and by the SQL compiler, and strict JSON reading with errors that say where and why.
#include "EligibilityTestSupport.h"
#include "TestDatabase.h"

#include "eligibility/DefaultRuleSets.h"
#include "eligibility/RuleEvaluator.h"
#include "eligibility/RuleJson.h"
#include "eligibility/TenureMath.h"

#include <QJsonDocument>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::eligibility;

namespace {

RuleSet ruleSetNamed(const QString &key)
{
    for (const RuleSet &s : defaultRuleSets()) {
        if (s.key == key)
            return s;
    }
    // A cooling-off rule: six months must pass after departure before review is not needed.
    RuleSet cooling;
    cooling.key = QStringLiteral("cooling");
    cooling.name = {QStringLiteral("クーリングオフ"), QStringLiteral("Cooling-off")};
    cooling.rules = {{QStringLiteral("cooling_off"), {QStringLiteral("退職後6か月経過"), QStringLiteral("Six months since departure")},
                      Condition::when(Field::MonthsSinceDeparture, Op::Ge, 6), Outcome::NeedsReview},
                     {QStringLiteral("age"), {QStringLiteral("65歳未満"), QStringLiteral("Under 65")},
                      Condition::when(Field::Age, Op::Lt, 65), Outcome::Blocks}};
    return cooling;
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestEligibilityRules : public QObject {
    Q_OBJECT
private slots:
    void wholeMonths_data();
    void wholeMonths();
    void verdicts_data();
    void verdicts();
    void jsonRoundTrip();
    void invalidJson_data();
    void invalidJson();
};

void TestEligibilityRules::wholeMonths_data()
{
    QTest::addColumn<QDate>("hire");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("months");
    const QDate asOf = d("2025-04-01");
    QTest::newRow("April to March is exactly one year") << d("2023-04-01") << d("2024-03-31") << asOf << 12;
    QTest::newRow("one day short is eleven months") << d("2023-04-01") << d("2024-03-30") << asOf << 11;
    QTest::newRow("mid-month to the day before") << d("2023-04-15") << d("2024-04-14") << asOf << 12;
    QTest::newRow("leap day: one year ends on 28 February") << d("2020-02-29") << d("2021-02-28") << asOf << 12;
    QTest::newRow("leap day: 27 February is short") << d("2020-02-29") << d("2021-02-27") << asOf << 11;
    QTest::newRow("31 January: one month ends on 29 February") << d("2020-01-31") << d("2020-02-29") << asOf << 1;
    QTest::newRow("31 January: 28 February of a leap year is short") << d("2020-01-31") << d("2020-02-28") << asOf << 0;
    QTest::newRow("31 January: 28 February of a common year") << d("2021-01-31") << d("2021-02-28") << asOf << 1;
    QTest::newRow("one day of work") << d("2024-04-01") << d("2024-04-01") << asOf << 0;
    QTest::newRow("still employed counts to the as-of date") << d("2024-04-01") << QDate() << d("2025-03-31") << 12;
    QTest::newRow("still employed, one day short") << d("2024-04-01") << QDate() << d("2025-03-30") << 11;
}

void TestEligibilityRules::wholeMonths()
{
    QFETCH(QDate, hire);
    QFETCH(QDate, departure);
    QFETCH(QDate, asOf);
    QFETCH(int, months);
    QCOMPARE(tenureMonths(hire, departure, asOf), months);
}

void TestEligibilityRules::verdicts_data()
{
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<QDate>("hire");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<QString>("departureType");
    QTest::addColumn<QString>("change"); // what else differs from a plain person
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("expected");
    const QDate asOf = d("2025-04-01");
    const QString net = QStringLiteral("network");
    const QString rehire = QStringLiteral("rehire");
    const QString cooling = QStringLiteral("cooling");
    const QString none;
    QTest::newRow("exactly one year, voluntary") << net << d("2023-04-01") << d("2024-03-31") << "voluntary" << none << asOf << "eligible";
    QTest::newRow("one day short of a year") << net << d("2023-04-01") << d("2024-03-30") << "voluntary" << none << asOf << "not_eligible";
    QTest::newRow("leap-day hire, one year on 28 Feb") << net << d("2020-02-29") << d("2021-02-28") << "voluntary" << none << asOf << "eligible";
    QTest::newRow("leap-day hire, 27 Feb") << net << d("2020-02-29") << d("2021-02-27") << "voluntary" << none << asOf << "not_eligible";
    QTest::newRow("retirement") << net << d("1985-04-01") << d("2025-03-31") << "retirement" << none << asOf << "eligible";
    QTest::newRow("company-initiated needs review") << net << d("2015-04-01") << d("2024-09-30") << "company" << none << asOf << "needs_review";
    QTest::newRow("contract end needs review") << net << d("2015-04-01") << d("2024-09-30") << "contract_end" << none << asOf << "needs_review";
    QTest::newRow("disciplinary blocks") << net << d("2015-04-01") << d("2024-09-30") << "disciplinary" << none << asOf << "not_eligible";
    QTest::newRow("misconduct flag blocks") << net << d("2015-04-01") << d("2024-09-30") << "voluntary" << "misconduct" << asOf << "not_eligible";
    QTest::newRow("withdrawn blocks the network") << net << d("2015-04-01") << d("2024-09-30") << "voluntary" << "withdrawn" << asOf << "not_eligible";
    QTest::newRow("do-not-rehire does not block the network") << net << d("2015-04-01") << d("2024-09-30") << "voluntary" << "dnr" << asOf << "eligible";
    QTest::newRow("do-not-rehire blocks rehire") << rehire << d("2015-04-01") << d("2024-09-30") << "voluntary" << "dnr" << asOf << "not_eligible";
    QTest::newRow("missing hire date needs review") << net << QDate() << d("2024-09-30") << "voluntary" << none << asOf << "needs_review";
    QTest::newRow("missing hire date and disciplinary") << net << QDate() << d("2024-09-30") << "disciplinary" << none << asOf << "not_eligible";
    QTest::newRow("missing departure type needs review") << net << d("2015-04-01") << d("2024-09-30") << "" << none << asOf << "needs_review";
    QTest::newRow("no stint at all needs review") << net << QDate() << QDate() << "" << "no stints" << asOf << "needs_review";
    QTest::newRow("rehired and still employed") << rehire << d("2024-04-01") << QDate() << "voluntary" << none << d("2025-03-31") << "eligible";
    QTest::newRow("departure today: cooling-off not over") << cooling << d("2015-04-01") << asOf << "voluntary" << none << asOf << "needs_review";
    QTest::newRow("cooling-off: one day short of six months") << cooling << d("2015-04-01") << d("2024-10-02") << "voluntary" << none << asOf << "needs_review";
    QTest::newRow("cooling-off: exactly six months") << cooling << d("2015-04-01") << d("2024-10-01") << "voluntary" << none << asOf << "eligible";
    QTest::newRow("cooling-off: departure date unknown") << cooling << d("2015-04-01") << QDate() << "voluntary" << none << asOf << "needs_review";
    QTest::newRow("age 65 on the birthday blocks") << cooling << d("2015-04-01") << d("2020-03-31") << "voluntary" << "born 1960-04-01" << asOf << "not_eligible";
    QTest::newRow("age 64 the day before") << cooling << d("2015-04-01") << d("2020-03-31") << "voluntary" << "born 1960-04-02" << asOf << "eligible";
    QTest::newRow("born on a leap day: 65 on 1 March") << cooling << d("2015-04-01") << d("2020-03-31") << "voluntary" << "born 1960-02-29" << d("2025-03-01") << "not_eligible";
    QTest::newRow("born on a leap day: 64 on 28 February") << cooling << d("2015-04-01") << d("2020-03-31") << "voluntary" << "born 1960-02-29" << d("2025-02-28") << "eligible";
    QTest::newRow("birth date unknown") << cooling << d("2015-04-01") << d("2020-03-31") << "voluntary" << "no birth date" << asOf << "needs_review";
}

void TestEligibilityRules::verdicts()
{
    QFETCH(QString, ruleSet);
    QFETCH(QDate, hire);
    QFETCH(QDate, departure);
    QFETCH(QString, departureType);
    QFETCH(QString, change);
    QFETCH(QDate, asOf);
    QFETCH(QString, expected);

    Alumnus a = test::person(QStringLiteral("E1"), hire, departure, departureType);
    if (change == QLatin1String("misconduct"))
        a.hrMisconduct = true;
    else if (change == QLatin1String("dnr"))
        a.hrDoNotRehire = true;
    else if (change == QLatin1String("withdrawn"))
        a.membershipStatus = QStringLiteral("withdrawn");
    else if (change == QLatin1String("no stints"))
        a.stints.clear();
    else if (change == QLatin1String("no birth date"))
        a.birthDate = QDate();
    else if (change.startsWith(QLatin1String("born ")))
        a.birthDate = QDate::fromString(change.mid(5), Qt::ISODate);

    const RuleSet set = ruleSetNamed(ruleSet);
    TextIds texts;
    const PersonFacts facts = factsOf(a, texts);
    const RuleEvaluator eval(set, texts, asOf);
    QCOMPARE(verdictKey(eval.verdict(facts)), expected);
    QCOMPARE(verdictKey(eval.explain(facts).verdict), expected);

    test::TestDatabase db;
    const qint64 id = test::store(db.db(), a);
    QVERIFY(id > 0);
    const auto sql = test::sqlVerdicts(db.db(), set, asOf);
    QVERIFY(sql.contains(id));
    QCOMPARE(verdictKey(Verdict(sql.value(id))), expected);
}

void TestEligibilityRules::jsonRoundTrip()
{
    const QVector<RuleSet> sets = defaultRuleSets();
    const QByteArray json = rulesFileToJson(sets);
    auto back = rulesFileFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QCOMPARE(back->size(), sets.size());
    for (int i = 0; i < sets.size(); ++i)
        QVERIFY(back->at(i) == sets.at(i));
    QVERIFY(validateRuleSet(sets.constFirst()).ok());
}

void TestEligibilityRules::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray head = R"({"format": "alumnidesk-rules", "format_version": 1, "rule_sets": [{"key": "network", "name": {"en": "N"}, "rules": [)";
    const QByteArray tail = "]}]}";
    auto rule = [&](const char *when, const char *extra = R"("on_fail": "blocks")") -> QByteArray {
        return head + R"({"id": "r", "name": {"ja": "規則"}, )" + extra + R"(, "when": )" + when + "}" + tail;
    };
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"alumnidesk-rules\",\n  oops\n}") << "not valid JSON at line 3";
    QTest::newRow("another format") << QByteArray(R"({"format": "csv", "format_version": 1, "rule_sets": []})") << "format: “csv” is not an AlumniDesk rules file";
    QTest::newRow("newer format") << QByteArray(R"({"format": "alumnidesk-rules", "format_version": 2, "rule_sets": []})") << "format_version: version 2 is not supported";
    QTest::newRow("unknown field") << rule(R"({"field": "tenur", "op": ">=", "value": {"years": 1}})")
                                   << "rule_sets[0].rules[0].when.field: “tenur” is not a field";
    QTest::newRow("operator of another kind") << rule(R"({"field": "departure_type", "op": ">=", "values": ["voluntary"]})")
                                              << "rule_sets[0].rules[0].when.op: “>=” cannot be used with the field “departure_type”";
    QTest::newRow("departure type in Japanese") << rule(R"({"field": "departure_type", "op": "in", "values": ["voluntary", "懲戒"]})")
                                                << "rule_sets[0].rules[0].when.values[1]: “懲戒” is not a value of Departure type";
    QTest::newRow("empty group") << rule(R"({"all": []})") << "rule_sets[0].rules[0].when.all: a group needs at least one condition";
    QTest::newRow("nested problem") << rule(R"({"not": {"any": [{"field": "misconduct", "op": "is_set"}, {"field": "age", "op": ">=", "value": -1}]}})")
                                    << "rule_sets[0].rules[0].when.not.any[1].value: must be between 0 and 150";
    QTest::newRow("months as text") << rule(R"({"field": "tenure_last", "op": ">=", "value": {"years": "1"}})")
                                    << "rule_sets[0].rules[0].when.value.years: expected a whole number";
    QTest::newRow("missing outcome") << rule(R"({"field": "misconduct", "op": "is_not_set"})", R"("x": 1)")
                                     << "rule_sets[0].rules[0].on_fail: missing";
    QTest::newRow("unknown outcome") << rule(R"({"field": "misconduct", "op": "is_not_set"})", R"("on_fail": "warn")")
                                     << "rule_sets[0].rules[0].on_fail: “warn” is not an outcome";
    QTest::newRow("two kinds at once") << rule(R"({"field": "misconduct", "op": "is_set", "not": {"field": "misconduct", "op": "is_set"}})")
                                       << "rule_sets[0].rules[0].when: give exactly one of";
    QTest::newRow("bad key") << QByteArray(R"({"format": "alumnidesk-rules", "format_version": 1, "rule_sets": [{"key": "Mentor Pool", "name": {"en": "M"}, "rules": []}]})")
                             << "rule_sets[0].key: “Mentor Pool” is not a valid key";
}

void TestEligibilityRules::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    auto r = rulesFileFromJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().detail.contains(problem), qPrintable(r.errorText()));
    QVERIFY(r.error().message.startsWith(QLatin1String("The rules are not valid")));
}

QTEST_GUILESS_MAIN(TestEligibilityRules)
#include "tst_eligibilityrules.moc"
