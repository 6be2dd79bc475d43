#include "kpi/EligibilityFacts.h"

#include "db/SqliteBackend.h"
#include "eligibility/RuleSqlCompiler.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace alumnidesk::kpi::eligibility_facts {

namespace {

// KpiContext carries a connection, not the Database: the backend is the one of its driver. SQLite is the
// only backend today; another one adds its branch here.
const StoreBackend *backendOf(const QSqlDatabase &db)
{
    static const SqliteBackend sqlite;
    return db.driverName() == sqlite.driverName() ? &sqlite : nullptr;
}

Error noBackend()
{
    return {QCoreApplication::translate("Kpi", "The eligibility KPIs cannot be computed on this kind of database."), {}};
}

// The compiler names its parameters (:p0, :p1, … each used once); facts take positional ones.
QString positional(const eligibility::CompiledSql &compiled, QVariantList &binds)
{
    static const QRegularExpression name(QStringLiteral(":p(\\d+)\\b"));
    QString out;
    qsizetype last = 0;
    auto it = name.globalMatch(compiled.sql);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(compiled.sql).mid(last, m.capturedStart() - last);
        out += QLatin1Char('?');
        for (const auto &b : compiled.binds) {
            if (b.first == m.captured(0))
                binds << b.second;
        }
        last = m.capturedEnd();
    }
    out += QStringView(compiled.sql).mid(last);
    return out;
}

} // namespace

Result<QVector<eligibility::RuleSetVersion>> versions(const KpiContext &ctx)
{
    const StoreBackend *backend = backendOf(ctx.db);
    if (!backend)
        return noBackend();
    const QString key = ctx.filters.ruleSet.isEmpty() ? QStringLiteral("rehire") : ctx.filters.ruleSet;
    eligibility::RuleSetStore store(ctx.db, *backend, QStringLiteral("kpi"));
    auto current = store.current(key);
    if (!current)
        return current.error();
    auto all = store.history(current->ruleSetId);
    if (!all)
        return all.error();
    QVector<eligibility::RuleSetVersion> out = all.value();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
    if (out.isEmpty())
        out.append(current.value());
    return out;
}

const eligibility::RuleSetVersion &versionOn(const QVector<eligibility::RuleSetVersion> &versions, const QDate &day)
{
    const eligibility::RuleSetVersion *found = &versions.constFirst();
    for (const eligibility::RuleSetVersion &v : versions) {
        if (v.savedAt.toUTC().date() <= day)
            found = &v;
    }
    return *found;
}

QDate snapshotDay(const KpiContext &ctx, const Period &p)
{
    return std::min(p.to, ctx.asOf);
}

FactQuery verdictsOn(const KpiContext &ctx, const QVector<eligibility::RuleSetVersion> &versions, const QDate &day)
{
    const eligibility::RuleSetVersion &version = versionOn(versions, day);
    const QString dayText = day.toString(Qt::ISODate);
    eligibility::RuleSqlCompiler compiler(*backendOf(ctx.db), day);
    FactQuery f;
    f.binds << dayText;
    const QString verdict = positional(compiler.verdictExpression(version.definition), f.binds);
    f.binds << dayText;
    const QString filter = facts::filterSql(ctx, QStringLiteral("a.last_department"), QStringLiteral("a.last_departure_type"), f.binds);
    // The override in force on the day: set by then, not revoked by then, not expired; the latest wins.
    f.binds << version.ruleSetId << dayText << dayText << dayText;
    // LIMIT -1 keeps SQLite from flattening the subquery, which would compute the verdict twice per person.
    f.sql = QStringLiteral(
                "SELECT p.id, ?, CASE coalesce(o.verdict, p.v) WHEN 0 THEN 'eligible' WHEN 1 THEN 'needs_review' "
                "ELSE 'not_eligible' END, coalesce(o.verdict, p.v) = 0, NULL FROM ("
                "SELECT a.id AS id, %1 AS v FROM alumni a "
                "WHERE EXISTS (SELECT 1 FROM stints s WHERE s.alumnus_id = a.id AND s.departure_date <= ?) AND %2 LIMIT -1) p "
                "LEFT JOIN (SELECT alumnus_id, verdict FROM eligibility_overrides WHERE id IN ("
                "SELECT max(id) FROM eligibility_overrides WHERE rule_set_id = ? AND substr(created_at, 1, 10) <= ? "
                "AND (revoked_at IS NULL OR substr(revoked_at, 1, 10) > ?) AND (expires_on IS NULL OR expires_on >= ?) "
                "GROUP BY alumnus_id)) o ON o.alumnus_id = p.id")
                .arg(verdict, filter);
    f.onePerPerson = true;
    return f;
}

} // namespace alumnidesk::kpi::eligibility_facts
