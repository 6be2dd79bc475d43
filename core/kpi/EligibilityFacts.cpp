#include "kpi/EligibilityFacts.h"

#include "db/SqliteBackend.h"
#include "eligibility/RuleSqlCompiler.h"
#include "kpi/EligibilitySnapshot.h"
#include "kpi/KpiSnapshot.h"
#include "kpi/MemoryFacts.h"

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

const char *const kVerdictKeys[] = {"eligible", "needs_review", "not_eligible"}; // Verdict order = text order

// Calls visit(index into people(), verdict: 0 eligible, 1 needs review, 2 not eligible) for the people of
// verdictsOn(version, day) in the snapshots: live, a departure on or before the day, the filters; the
// override in force on the day in place of the computed verdict. False when the snapshots cannot answer.
template<typename Visit>
bool eachVerdict(const KpiSnapshot &s, const EligibilitySnapshot &held, const eligibility::RuleSetVersion &version,
                 const QDate &day, const QString &departmentFilter, const QString &typeFilter, Visit visit)
{
    const qint32 dayKey = memfacts::dateKey(day);
    if (!s.rulesExact() || dayKey < 0)
        return false;
    const std::shared_ptr<const std::vector<qint8>> computed = s.verdicts().of(s, version.definition, day);
    // The overrides in force, by index into people(), ascending: walked beside the people.
    std::vector<std::pair<qint32, qint8>> overrides;
    const QHash<qint64, qint8> byId = held.overridesOn(version.ruleSetId, day);
    for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
        if (const qint32 i = s.indexOf(it.key()); i >= 0)
            overrides.emplace_back(i, it.value());
    }
    std::sort(overrides.begin(), overrides.end());
    // "" lets everyone through, a text no one has nobody.
    const bool anyDepartment = departmentFilter.isEmpty();
    const bool anyType = typeFilter.isEmpty();
    const qint32 department = anyDepartment ? -1 : s.code(departmentFilter);
    const qint32 type = anyType ? -1 : s.code(typeFilter);
    const std::vector<SnapPerson> &all = s.people();
    size_t next = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        const SnapPerson &p = all[i];
        if (!p.live || p.firstDeparture == 0 || p.firstDeparture > dayKey || (!anyDepartment && p.department != department)
            || (!anyType && p.departureType != type))
            continue;
        while (next < overrides.size() && size_t(overrides[next].first) < i)
            ++next;
        const qint8 v = next < overrides.size() && size_t(overrides[next].first) == i ? overrides[next].second : (*computed)[i];
        visit(i, v == 0 ? 0 : v == 1 ? 1 : 2); // the SQL's CASE: WHEN 0, WHEN 1, ELSE not eligible
    }
    return true;
}

} // namespace

Result<QVector<eligibility::RuleSetVersion>> versions(const KpiContext &ctx)
{
    const QString key = ctx.filters.ruleSet.isEmpty() ? QStringLiteral("rehire") : ctx.filters.ruleSet;
    if (ctx.snapshot && ctx.eligibility) {
        if (const auto *held = ctx.eligibility->versions(key))
            return *held;
    }
    const StoreBackend *backend = backendOf(ctx.db);
    if (!backend)
        return noBackend();
    return versionsOf(ctx.db, *backend, key);
}

Result<QVector<eligibility::RuleSetVersion>> versionsOf(QSqlDatabase db, const StoreBackend &backend, const QString &key)
{
    eligibility::RuleSetStore store(db, backend, QStringLiteral("kpi"));
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

    // The same rows from the snapshots (drill-downs; the counts use verdictCounts()).
    if (std::shared_ptr<const EligibilitySnapshot> held = ctx.eligibility) {
        const QString department = ctx.department();
        const QString type = ctx.departureType();
        f.memory = [held, version, day, department, type](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
            MemoryFacts m;
            m.onePerPerson = true;
            m.categoryText = [](qint32 code) { return QString::fromLatin1(kVerdictKeys[code]); };
            const qint32 at = memfacts::dateKey(day);
            if (!eachVerdict(s, *held, version, day, department, type,
                             [&](size_t i, int v) { m.rows.push_back({qint32(i), at, v, v == 0}); }))
                return std::nullopt;
            return m;
        };
    }
    return f;
}

Result<QVector<QPair<QString, PeopleCount>>> verdictCounts(const KpiContext &ctx,
                                                           const QVector<eligibility::RuleSetVersion> &versions,
                                                           const QDate &day)
{
    // Counted as the people go by: no rows are built (a million a day).
    qint64 people[3] = {0, 0, 0};
    if (ctx.snapshot && ctx.eligibility
        && eachVerdict(*ctx.snapshot, *ctx.eligibility, versionOn(versions, day), day, ctx.department(), ctx.departureType(),
                       [&people](size_t, int v) { ++people[v]; })) {
        QVector<QPair<QString, PeopleCount>> out;
        for (int v = 0; v < 3; ++v) {
            if (people[v] > 0)
                out.append({QString::fromLatin1(kVerdictKeys[v]), PeopleCount{people[v], v == 0 ? people[v] : 0}});
        }
        return out;
    }
    return facts::countBy(ctx, verdictsOn(ctx, versions, day), QStringLiteral("category"));
}

} // namespace alumnidesk::kpi::eligibility_facts
