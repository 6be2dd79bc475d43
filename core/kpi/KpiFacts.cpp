#include "kpi/KpiFacts.h"

#include "db/SqlUtil.h"
#include "kpi/KpiSnapshot.h"
#include "kpi/MemoryFacts.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace alumnidesk::kpi::facts {

namespace {

const QString kColumns = QStringLiteral("f(alumnus_id, at, category, num, measure)");

QString withFacts(const FactQuery &f, const QString &select, const QString &where, const QString &tail = {})
{
    return QStringLiteral("WITH ") + kColumns + QStringLiteral(" AS (") + f.sql + QStringLiteral(") ") + select
        + QStringLiteral(" FROM f") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + tail;
}

Result<QSqlQuery> run(const KpiContext &ctx, const QString &text, const QVariantList &binds1, const QVariantList &binds2)
{
    QSqlDatabase db = ctx.db;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, text); !st)
        return st.error();
    for (const QVariant &v : binds1)
        q.addBindValue(v);
    for (const QVariant &v : binds2)
        q.addBindValue(v);
    if (!q.exec())
        return sql::queryError(q, QCoreApplication::translate("Kpi", "A KPI could not be computed."));
    return q;
}

// count(DISTINCT alumnus_id) and the same for num = 1, restricted by `condition` (SQL over the fact columns).
QString peopleCounts(const FactQuery &f, const QString &condition = QStringLiteral("1"))
{
    if (f.onePerPerson || f.countRows)
        return QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN (%1) AND num THEN 1 ELSE 0 END), 0)")
            .arg(condition);
    return QStringLiteral("count(DISTINCT CASE WHEN %1 THEN alumnus_id END), count(DISTINCT CASE WHEN (%1) AND num THEN alumnus_id END)")
        .arg(condition);
}

// The facts from the snapshot, when the context has one, the query has an in-memory form and no extra
// condition applies (the counts' conditions; drill-downs check theirs themselves); null otherwise.
std::shared_ptr<const MemoryFacts> inMemory(const KpiContext &ctx, const FactQuery &f, const QString &where)
{
    if (!ctx.snapshot || !f.memory || !where.isEmpty())
        return nullptr;
    if (f.memoryRows && f.memoryRowsOf == ctx.snapshot.get())
        return f.memoryRows;
    std::optional<MemoryFacts> rows = f.memory(*ctx.snapshot);
    if (!rows)
        return nullptr;
    f.memoryRows = std::make_shared<const MemoryFacts>(std::move(*rows));
    f.memoryRowsOf = ctx.snapshot.get();
    return f.memoryRows;
}

} // namespace

QString filterSql(const KpiContext &ctx, const QString &departmentColumn, const QString &typeColumn, QVariantList &binds)
{
    // "" rather than NULL for "all", or `? = ''` would never hold.
    const QVariant department = sql::textValue(ctx.department());
    const QVariant type = sql::textValue(ctx.departureType());
    binds << department << department << type << type;
    return QStringLiteral("(? = '' OR %1 = ?) AND (? = '' OR %2 = ?)").arg(departmentColumn, typeColumn);
}

Result<PeopleCount> count(const KpiContext &ctx, const FactQuery &f, const QString &where, const QVariantList &whereBinds)
{
    if (auto m = inMemory(ctx, f, where))
        return memfacts::count(*m);
    auto q = run(ctx,
                 withFacts(f, QStringLiteral("SELECT ") + peopleCounts(f), where),
                 f.binds, whereBinds);
    if (!q)
        return q.error();
    PeopleCount c;
    if (q->next()) {
        c.people = q->value(0).toLongLong();
        c.numerator = q->value(1).toLongLong();
    }
    return c;
}

Result<QPair<PeopleCount, PeopleCount>> countTwo(const KpiContext &ctx, const FactQuery &f, const Period &first,
                                                 const Period &second)
{
    if (auto m = inMemory(ctx, f, QString())) {
        if (auto two = memfacts::countTwo(*m, first, second))
            return *two;
    }
    const QString in = QStringLiteral("at BETWEEN ? AND ?");
    auto q = run(ctx,
                 withFacts(f, QStringLiteral("SELECT ") + peopleCounts(f, in) + QStringLiteral(", ") + peopleCounts(f, in),
                           QString()),
                 f.binds,
                 {first.fromText(), first.toText(), first.fromText(), first.toText(), second.fromText(), second.toText(),
                  second.fromText(), second.toText()});
    if (!q)
        return q.error();
    QPair<PeopleCount, PeopleCount> out;
    if (q->next()) {
        out.first = {q->value(0).toLongLong(), q->value(1).toLongLong()};
        out.second = {q->value(2).toLongLong(), q->value(3).toLongLong()};
    }
    return out;
}

Result<QVector<QPair<QString, PeopleCount>>> countBy(const KpiContext &ctx, const FactQuery &f, const QString &groupExpr,
                                                     const QString &where, const QVariantList &whereBinds)
{
    if (auto m = inMemory(ctx, f, where)) {
        if (auto groups = memfacts::countBy(*m, groupExpr))
            return *groups;
    }
    auto q = run(ctx,
                 withFacts(f, QStringLiteral("SELECT ") + groupExpr + QStringLiteral(", ") + peopleCounts(f), where,
                           QStringLiteral(" GROUP BY 1 ORDER BY 1")),
                 f.binds, whereBinds);
    if (!q)
        return q.error();
    QVector<QPair<QString, PeopleCount>> out;
    while (q->next())
        out.append({q->value(0).toString(), PeopleCount{q->value(1).toLongLong(), q->value(2).toLongLong()}});
    return out;
}

Result<QVector<qint64>> ids(const KpiContext &ctx, const FactQuery &f, const QString &where, const QVariantList &whereBinds)
{
    if (auto m = inMemory(ctx, f, QString())) {
        if (auto people = memfacts::people(*m, where, whereBinds)) {
            QVector<qint64> out;
            out.reserve(qsizetype(people->size()));
            for (qint32 i : *people)
                out.append(ctx.snapshot->idOf(i));
            std::sort(out.begin(), out.end());
            return out;
        }
    }
    auto q = run(ctx, withFacts(f, QStringLiteral("SELECT DISTINCT alumnus_id"), where, QStringLiteral(" ORDER BY 1")),
                 f.binds, whereBinds);
    if (!q)
        return q.error();
    QVector<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<QVector<QPair<QDate, double>>> measures(const KpiContext &ctx, const FactQuery &f)
{
    if (auto m = inMemory(ctx, f, QString()))
        return memfacts::measures(*m);
    auto q = run(ctx, withFacts(f, QStringLiteral("SELECT at, measure"), QStringLiteral("measure IS NOT NULL"),
                                QStringLiteral(" ORDER BY at")),
                 f.binds, {});
    if (!q)
        return q.error();
    QVector<QPair<QDate, double>> out;
    while (q->next())
        out.append({QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toDouble()});
    return out;
}

Result<QVector<QPair<QString, double>>> categoryMeasures(const KpiContext &ctx, const FactQuery &f)
{
    if (auto m = inMemory(ctx, f, QString()))
        return memfacts::categoryMeasures(*m);
    auto q = run(ctx, withFacts(f, QStringLiteral("SELECT category, measure"), QStringLiteral("measure IS NOT NULL")), f.binds, {});
    if (!q)
        return q.error();
    QVector<QPair<QString, double>> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toDouble()});
    return out;
}

std::optional<double> median(QVector<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<SeriesBucket> bucketForKey(const KpiContext &ctx, const QString &key)
{
    if (!key.startsWith(QLatin1String("series:")))
        return std::nullopt;
    const QString label = key.mid(7);
    for (const SeriesBucket &b : ctx.buckets()) {
        if (b.label == label)
            return b;
    }
    return std::nullopt;
}

Error unknownDrillKey(const QString &kpiId, const QString &key)
{
    return {QCoreApplication::translate("Kpi", "The KPI “%1” has no figure “%2” to show the people behind.").arg(kpiId, key), {}};
}

} // namespace alumnidesk::kpi::facts
