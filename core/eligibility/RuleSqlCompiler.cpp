#include "eligibility/RuleSqlCompiler.h"

#include "db/StoreBackend.h"

namespace alumnidesk::eligibility {

namespace {

QString comparison(Op op)
{
    switch (op) {
    case Op::Ge:
        return QStringLiteral(">=");
    case Op::Gt:
        return QStringLiteral(">");
    case Op::Le:
        return QStringLiteral("<=");
    case Op::Lt:
        return QStringLiteral("<");
    case Op::Eq:
        return QStringLiteral("=");
    case Op::Ne:
        return QStringLiteral("<>");
    default:
        return QStringLiteral("=");
    }
}

} // namespace

RuleSqlCompiler::RuleSqlCompiler(const StoreBackend &backend, const QDate &asOf)
    : m_backend(backend)
    , m_asOf(asOf)
{
}

QString RuleSqlCompiler::bind(const QVariant &value)
{
    const QString name = QStringLiteral(":p%1").arg(m_out.binds.size());
    m_out.binds.append({name, value});
    return name;
}

QString RuleSqlCompiler::months(const QString &first, const QString &end) const
{
    return m_backend.wholeMonthsSql(first, end);
}

QString RuleSqlCompiler::leaf(const Leaf &l)
{
    const QString asOf = m_asOf.toString(Qt::ISODate);
    const QString nextAsOf = m_asOf.addDays(1).toString(Qt::ISODate);
    QString value;
    switch (l.field) {
    // The last stint and the tenure totals come from the elig_* columns of the alumni row (written with
    // every write of a record: eligibility::storedRuleFacts()), so the whole roster is one pass over alumni.
    case Field::TenureLast:
        value = months(QStringLiteral("a.elig_last_hire_date"),
                       m_backend.nextDaySql(QStringLiteral("coalesce(a.elig_last_departure_date, %1)").arg(bind(asOf))));
        break;
    case Field::TenureTotal:
        // Unknown when a stint lacks its hire date, when two stints are still open, or with no stint at all.
        value = QStringLiteral("(CASE WHEN a.stint_count > 0 AND a.elig_total_known <> 0 THEN a.elig_closed_months + "
                               "coalesce(%1, 0) END)")
                    .arg(months(QStringLiteral("a.elig_open_hire_date"), bind(nextAsOf)));
        break;
    case Field::MonthsSinceDeparture:
        value = months(m_backend.nextDaySql(QStringLiteral("a.elig_last_departure_date")), bind(nextAsOf));
        break;
    case Field::Age:
        value = QStringLiteral("(%1 / 12)").arg(months(QStringLiteral("a.birth_date"), bind(asOf)));
        break;
    case Field::DepartureType:
        value = QStringLiteral("NULLIF(a.elig_last_departure_type, '')");
        break;
    case Field::EmploymentType:
        value = QStringLiteral("NULLIF(a.elig_last_employment_type, '')");
        break;
    case Field::Grade:
        value = QStringLiteral("NULLIF(a.elig_last_grade, '')");
        break;
    case Field::Department:
        value = QStringLiteral("NULLIF(a.elig_last_department, '')");
        break;
    case Field::GroupCompany:
        // "" is the company itself; unknown only without a stint.
        value = QStringLiteral("(CASE WHEN a.stint_count > 0 THEN a.elig_last_group_company END)");
        break;
    case Field::MembershipStatus:
        value = QStringLiteral("NULLIF(a.membership_status, '')");
        break;
    case Field::Misconduct:
        value = QStringLiteral("a.hr_misconduct");
        break;
    case Field::DoNotRehire:
        value = QStringLiteral("a.hr_do_not_rehire");
        break;
    case Field::ConsentNewsletter:
        value = QStringLiteral("a.consent_newsletter");
        break;
    case Field::ConsentEvents:
        value = QStringLiteral("a.consent_events");
        break;
    case Field::ConsentJobOffers:
        value = QStringLiteral("a.consent_job_offers");
        break;
    }
    switch (l.op) {
    case Op::In:
    case Op::NotIn: {
        QStringList names;
        for (const QString &v : l.values)
            names.append(bind(v.isNull() ? QStringLiteral("") : v)); // a null QString would bind NULL
        return QStringLiteral("(%1 %2 (%3))")
            .arg(value, l.op == Op::In ? QStringLiteral("IN") : QStringLiteral("NOT IN"), names.join(QStringLiteral(", ")));
    }
    case Op::IsSet:
        return QStringLiteral("(%1 <> 0)").arg(value);
    case Op::IsNotSet:
        return QStringLiteral("(%1 = 0)").arg(value);
    default:
        return QStringLiteral("(%1 %2 %3)").arg(value, comparison(l.op), bind(l.number));
    }
}

QString RuleSqlCompiler::condition(const Condition &c)
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        if (c.children.isEmpty())
            return c.kind == Condition::Kind::All ? QStringLiteral("1") : QStringLiteral("0");
        QStringList parts;
        for (const Condition &child : c.children)
            parts.append(condition(child));
        return QLatin1Char('(') + parts.join(c.kind == Condition::Kind::All ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
            + QLatin1Char(')');
    }
    case Condition::Kind::Not:
        return c.children.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("(NOT %1)").arg(condition(c.children.constFirst()));
    case Condition::Kind::Leaf:
        return leaf(c.leaf);
    }
    return QStringLiteral("NULL");
}

RuleSqlCompiler::Body RuleSqlCompiler::body(const RuleSet &set)
{
    m_out = {};
    // Each rule adds its severity: 0 passed, 1 needs review (failed with that outcome, or unknown),
    // 2 blocks; the verdict is the largest, exactly as RuleEvaluator::combine().
    QStringList severities;
    for (const Rule &r : set.rules) {
        severities.append(QStringLiteral("CASE %1 WHEN 1 THEN 0 WHEN 0 THEN %2 ELSE 1 END")
                              .arg(condition(r.condition), r.onFail == Outcome::Blocks ? QStringLiteral("2") : QStringLiteral("1")));
    }
    Body b;
    b.verdict = severities.isEmpty() ? QStringLiteral("0") : m_backend.greatestSql(severities);
    b.from = QStringLiteral("FROM alumni a");
    return b;
}

CompiledSql RuleSqlCompiler::verdicts(const RuleSet &set)
{
    const Body b = body(set);
    m_out.sql = QStringLiteral("SELECT a.id, %1 %2").arg(b.verdict, b.from);
    return m_out;
}

CompiledSql RuleSqlCompiler::refill(const RuleSet &set, qint64 ruleSetId, int version)
{
    const Body b = body(set);
    const QString rs = bind(ruleSetId);
    const QString ver = bind(version);
    const QString on = bind(m_asOf.toString(Qt::ISODate));
    // Only the people who are not eligible get a row: absence means Eligible. The LIMIT -1 keeps SQLite
    // from flattening the subquery or pushing the WHERE into it, either of which would compute the verdict
    // twice per person.
    m_out.sql = QStringLiteral("INSERT INTO eligibility_verdicts(rule_set_id, alumnus_id, rule_set_version, verdict, evaluated_on) "
                               "SELECT %1, id, %2, v, %3 FROM (SELECT a.id AS id, %4 AS v %5 LIMIT -1) WHERE v <> 0")
                    .arg(rs, ver, on, b.verdict, b.from);
    return m_out;
}

CompiledSql RuleSqlCompiler::counts(const RuleSet &set)
{
    const Body b = body(set);
    m_out.sql = QStringLiteral("SELECT v, count(*) FROM (SELECT %1 AS v %2) GROUP BY v").arg(b.verdict, b.from);
    return m_out;
}

CompiledSql RuleSqlCompiler::verdictExpression(const RuleSet &set)
{
    const Body b = body(set);
    m_out.sql = b.verdict;
    return m_out;
}

} // namespace alumnidesk::eligibility
