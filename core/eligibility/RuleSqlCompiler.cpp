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
    case Field::TenureLast:
        m_needsLastStint = true;
        value = months(QStringLiteral("l.hire_date"),
                       m_backend.nextDaySql(QStringLiteral("coalesce(l.departure_date, %1)").arg(bind(asOf))));
        break;
    case Field::TenureTotal: {
        // Unknown when a stint lacks its hire date, when two stints are still open, or with no stint at all.
        const QString each = months(QStringLiteral("s.hire_date"),
                                    m_backend.nextDaySql(QStringLiteral("coalesce(s.departure_date, %1)").arg(bind(asOf))));
        value = QStringLiteral("(SELECT CASE WHEN count(*) > 0 AND count(s.hire_date) = count(*) "
                               "AND sum(s.departure_date IS NULL) <= 1 THEN sum(%1) END FROM stints s WHERE s.alumnus_id = a.id)")
                    .arg(each);
        break;
    }
    case Field::MonthsSinceDeparture:
        m_needsLastStint = true;
        value = months(m_backend.nextDaySql(QStringLiteral("l.departure_date")), bind(nextAsOf));
        break;
    case Field::Age:
        value = QStringLiteral("(%1 / 12)").arg(months(QStringLiteral("a.birth_date"), bind(asOf)));
        break;
    case Field::DepartureType:
        m_needsLastStint = true;
        value = QStringLiteral("NULLIF(l.departure_type, '')");
        break;
    case Field::EmploymentType:
        m_needsLastStint = true;
        value = QStringLiteral("NULLIF(l.employment_type, '')");
        break;
    case Field::Grade:
        m_needsLastStint = true;
        value = QStringLiteral("NULLIF(l.grade, '')");
        break;
    case Field::Department:
        m_needsLastStint = true;
        value = QStringLiteral("NULLIF(l.department, '')");
        break;
    case Field::GroupCompany:
        m_needsLastStint = true;
        value = QStringLiteral("l.group_company"); // "" is the company itself; NULL only without a stint
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
    m_needsLastStint = false;
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
    if (m_needsLastStint) {
        // The last stint: latest hire date, an unknown one counting as the earliest (NULL sorts first in
        // SQLite, so last in DESC), ties to the later-stored stint: as lastStintIndex() in C++.
        b.from += QStringLiteral(" LEFT JOIN stints l ON l.id = (SELECT s2.id FROM stints s2 WHERE s2.alumnus_id = a.id "
                                 "ORDER BY s2.hire_date DESC, s2.id DESC LIMIT 1)");
    }
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
    m_out.sql = QStringLiteral("INSERT INTO eligibility_verdicts(rule_set_id, alumnus_id, rule_set_version, verdict, evaluated_on) "
                               "SELECT %1, a.id, %2, %3, %4 %5")
                    .arg(rs, ver, b.verdict, on, b.from);
    return m_out;
}

CompiledSql RuleSqlCompiler::counts(const RuleSet &set)
{
    const Body b = body(set);
    m_out.sql = QStringLiteral("SELECT v, count(*) FROM (SELECT %1 AS v %2) GROUP BY v").arg(b.verdict, b.from);
    return m_out;
}

} // namespace alumnidesk::eligibility
