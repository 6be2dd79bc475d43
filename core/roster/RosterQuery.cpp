#include "roster/RosterQuery.h"

#include "db/SqlUtil.h"
#include "db/Statement.h"
#include "db/StoreBackend.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

#include <algorithm>
#include <array>
#include <vector>

namespace alumnidesk {

namespace {

// The columns of a RosterRow, in readRow() order.
const QString kRowColumns = QStringLiteral(
    "a.id, a.employee_id, a.family_name, a.given_name, a.family_kana, a.given_kana, a.last_department, "
    "a.last_position, a.last_departure_date, a.last_departure_type, a.stint_count, a.membership_status, "
    "a.current_employer, a.current_title, a.current_industry, a.email, a.phone, a.prefecture, a.skills, "
    "(SELECT group_concat(t.name, ', ') FROM alumnus_tags x JOIN tags t ON t.id = x.tag_id "
    "WHERE x.alumnus_id = a.id), a.updated_at, (a.hr_misconduct OR a.hr_do_not_rehire)");

QString joinName(const QString &family, const QString &given)
{
    return given.isEmpty() ? family : family + QLatin1Char(' ') + given;
}

QString inList(const QString &column, const QString &prefix, const QStringList &values,
               QVector<QPair<QString, QVariant>> &binds)
{
    QStringList names;
    for (int i = 0; i < values.size(); ++i) {
        const QString name = QStringLiteral(":%1%2").arg(prefix).arg(i);
        names.append(name);
        binds.append({name, values.at(i)});
    }
    return column + QStringLiteral(" IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

RosterQuery::RosterQuery(QSqlDatabase db, const StoreBackend &backend)
    : m_db(std::move(db))
    , m_backend(backend)
{
}

QString RosterQuery::rowColumns()
{
    return kRowColumns;
}

QString RosterQuery::orderBy(const RosterSort &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    auto by = [&](const QString &expr) -> QString {
        return QStringLiteral("ORDER BY ") + expr + dir + QStringLiteral(", a.kana_key") + dir + QStringLiteral(", a.id") + dir;
    };
    switch (sort.column) {
    case RosterColumn::Kana:
    case RosterColumn::Name: // a Japanese name list is ordered by its reading, not by kanji code points
        return QStringLiteral("ORDER BY a.kana_key") + dir + QStringLiteral(", a.id") + dir;
    case RosterColumn::EmployeeId:
        return QStringLiteral("ORDER BY a.employee_id") + dir;
    case RosterColumn::Department:
        return by(QStringLiteral("a.last_department"));
    case RosterColumn::Position:
        return by(QStringLiteral("a.last_position"));
    case RosterColumn::DepartureDate:
        return by(QStringLiteral("a.last_departure_date"));
    case RosterColumn::DepartureType:
        return by(QStringLiteral("a.last_departure_type"));
    case RosterColumn::Stints:
        return by(QStringLiteral("a.stint_count"));
    case RosterColumn::Status:
        return by(QStringLiteral("CASE a.membership_status WHEN 'invited' THEN 0 WHEN 'registered' THEN 1 "
                                 "WHEN 'active' THEN 2 WHEN 'dormant' THEN 3 ELSE 4 END"));
    case RosterColumn::Employer:
        return by(QStringLiteral("a.current_employer"));
    case RosterColumn::Title:
        return by(QStringLiteral("a.current_title"));
    case RosterColumn::Industry:
        return by(QStringLiteral("a.current_industry"));
    case RosterColumn::Email:
        return by(QStringLiteral("a.email"));
    case RosterColumn::Phone:
        return by(QStringLiteral("a.phone"));
    case RosterColumn::Prefecture:
        return by(QStringLiteral("a.prefecture"));
    case RosterColumn::Skills:
        return by(QStringLiteral("a.skills"));
    case RosterColumn::Tags:
        return by(QStringLiteral("(SELECT min(t.name) FROM alumnus_tags x JOIN tags t ON t.id = x.tag_id "
                                 "WHERE x.alumnus_id = a.id)"));
    case RosterColumn::UpdatedAt:
        return by(QStringLiteral("a.updated_at"));
    case RosterColumn::Verdict:
    case RosterColumn::Pipeline:
        break; // no SQL order: orderedIds() groups the 50音 order by verdict (see groupByVerdict)
    }
    return QStringLiteral("ORDER BY a.kana_key, a.id");
}

Result<RosterQuery::Where> RosterQuery::where(const RosterFilter &f) const
{
    Where w;
    QStringList parts;
    QSqlDatabase db = m_db;
    auto condition = m_backend.searchCondition(db, QStringLiteral("a.id"), f.search);
    if (!condition)
        return condition.error();
    const StoreBackend::Condition &search = condition.value();
    if (!search.sql.isEmpty()) {
        parts.append(search.sql);
        w.binds += search.binds;
    }
    if (!f.departments.isEmpty())
        parts.append(inList(QStringLiteral("a.last_department"), QStringLiteral("dep"), f.departments, w.binds));
    if (f.departureYearFrom > 0) {
        parts.append(QStringLiteral("a.last_departure_date >= :yfrom"));
        w.binds.append({QStringLiteral(":yfrom"), QDate(f.departureYearFrom, 1, 1).toString(Qt::ISODate)});
    }
    if (f.departureYearTo > 0) {
        parts.append(QStringLiteral("a.last_departure_date < :yto"));
        w.binds.append({QStringLiteral(":yto"), QDate(f.departureYearTo + 1, 1, 1).toString(Qt::ISODate)});
    }
    if (!f.departureTypes.isEmpty())
        parts.append(inList(QStringLiteral("a.last_departure_type"), QStringLiteral("dt"), f.departureTypes, w.binds));
    if (!f.statuses.isEmpty())
        parts.append(inList(QStringLiteral("a.membership_status"), QStringLiteral("st"), f.statuses, w.binds));
    if (!f.tags.isEmpty())
        parts.append(QStringLiteral("a.id IN (SELECT x.alumnus_id FROM alumnus_tags x JOIN tags t ON t.id = x.tag_id "
                                    "WHERE %1)")
                         .arg(inList(QStringLiteral("t.name"), QStringLiteral("tag"), f.tags, w.binds)));
    if (f.hasVerdictFilter()) {
        // Row by row (an index probe each): right for a first page and for counts with other filters;
        // orderedIds() intersects a bitmap of the matches instead.
        QStringList computed;
        QStringList overridden;
        for (int i = 0; i < f.verdicts.size(); ++i) {
            computed.append(QStringLiteral(":vc%1").arg(i));
            overridden.append(QStringLiteral(":vo%1").arg(i));
            w.binds.append({computed.constLast(), f.verdicts.at(i)});
            w.binds.append({overridden.constLast(), f.verdicts.at(i)});
        }
        const QString today = (f.verdictDate.isValid() ? f.verdictDate : QDate::currentDate()).toString(Qt::ISODate);
        w.binds.append({QStringLiteral(":vrs0"), f.verdictRuleSet});
        w.binds.append({QStringLiteral(":vrs1"), f.verdictRuleSet});
        w.binds.append({QStringLiteral(":vrs2"), f.verdictRuleSet});
        w.binds.append({QStringLiteral(":vrs3"), f.verdictRuleSet});
        w.binds.append({QStringLiteral(":vday1"), today});
        w.binds.append({QStringLiteral(":vday2"), today});
        parts.append(QStringLiteral(
                         // Only people who are not eligible have a stored row: none means Eligible, once evaluated.
                         "((EXISTS (SELECT 1 FROM eligibility_runs r WHERE r.rule_set_id = :vrs0) AND coalesce((SELECT v.verdict "
                         "FROM eligibility_verdicts v WHERE v.rule_set_id = :vrs1 AND v.alumnus_id = a.id), 0) IN (%1) AND NOT EXISTS (SELECT 1 FROM eligibility_overrides o WHERE o.rule_set_id = :vrs2 "
                         "AND o.alumnus_id = a.id AND o.revoked_at IS NULL AND (o.expires_on IS NULL OR o.expires_on >= :vday1))) "
                         "OR EXISTS (SELECT 1 FROM eligibility_overrides o WHERE o.rule_set_id = :vrs3 AND o.alumnus_id = a.id "
                         "AND o.revoked_at IS NULL AND (o.expires_on IS NULL OR o.expires_on >= :vday2) AND o.verdict IN (%2)))")
                         .arg(computed.join(QStringLiteral(", ")), overridden.join(QStringLiteral(", "))));
    }
    if (f.inPipeline)
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM candidacies c WHERE c.alumnus_id = a.id AND c.closed_at IS NULL)"));
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

void RosterQuery::bind(QSqlQuery &q, const Where &w)
{
    for (const auto &b : w.binds)
        q.bindValue(b.first, b.second);
}

RosterRow RosterQuery::readRow(const QSqlQuery &q)
{
    RosterRow r;
    r.id = q.value(0).toLongLong();
    r.employeeId = q.value(1).toString();
    r.name = joinName(q.value(2).toString(), q.value(3).toString());
    r.kana = joinName(q.value(4).toString(), q.value(5).toString());
    r.department = q.value(6).toString();
    r.position = q.value(7).toString();
    r.departureDate = sql::dateFrom(q.value(8));
    r.departureType = q.value(9).toString();
    r.stintCount = q.value(10).toInt();
    r.status = q.value(11).toString();
    r.employer = q.value(12).toString();
    r.title = q.value(13).toString();
    r.industry = q.value(14).toString();
    r.email = q.value(15).toString();
    r.phone = q.value(16).toString();
    r.prefecture = q.value(17).toString();
    r.skills = q.value(18).toString();
    r.tags = q.value(19).toString();
    r.updatedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
    r.hrFlagged = q.value(21).toBool();
    return r;
}

Result<RosterQuery::VerdictMatches> RosterQuery::verdictMatches(const RosterFilter &f)
{
    // Index-only reads: the stored verdicts from (rule_set_id, verdict, alumnus_id), then the handful of
    // overrides in force put in place. Only people who are not eligible are stored, so a filter that wants
    // Eligible reads the stored people it does not want and keeps everyone else (complement).
    VerdictMatches m;
    QSqlQuery r(m_db);
    if (Status st = sql::prepare(r, QStringLiteral("SELECT 1 FROM eligibility_runs WHERE rule_set_id = ?")); !st)
        return st.error();
    r.addBindValue(f.verdictRuleSet);
    if (Status st = sql::exec(r); !st)
        return st.error();
    const bool evaluated = r.next();
    m.complement = evaluated && f.verdicts.contains(0); // 0 = Eligible
    QStringList marks;
    for (int i = 0; i < f.verdicts.size(); ++i)
        marks.append(QStringLiteral("?"));
    // The backend's own statement: hundreds of thousands of ids, read without a QSqlQuery round per value.
    auto prepared = m_backend.prepare(m_db, QStringLiteral("SELECT alumnus_id FROM eligibility_verdicts WHERE rule_set_id = ? "
                                                           "AND verdict %1 (%2) ORDER BY alumnus_id")
                                                .arg(m.complement ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                                                     marks.join(QLatin1Char(','))));
    if (!prepared)
        return prepared.error();
    Statement &q = *prepared.value();
    q.bindValue(0, f.verdictRuleSet);
    for (int i = 0; i < f.verdicts.size(); ++i)
        q.bindValue(i + 1, f.verdicts.at(i));
    if (Status st = q.exec(); !st)
        return st.error();
    QVector<qint64> ids;
    ids.reserve(1 << 16);
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    QSqlQuery o(m_db);
    o.setForwardOnly(true);
    if (Status st = sql::prepare(o, QStringLiteral("SELECT alumnus_id, verdict FROM eligibility_overrides WHERE rule_set_id = ? "
                                                   "AND revoked_at IS NULL AND (expires_on IS NULL OR expires_on >= ?)"));
        !st)
        return st.error();
    o.addBindValue(f.verdictRuleSet);
    o.addBindValue((f.verdictDate.isValid() ? f.verdictDate : QDate::currentDate()).toString(Qt::ISODate));
    if (Status st = sql::exec(o); !st)
        return st.error();
    QHash<qint64, bool> overridden; // id → whether the id belongs in the list (wanted, or unwanted in a complement)
    while (o.next())
        overridden.insert(o.value(0).toLongLong(), f.verdicts.contains(o.value(1).toInt()) != m.complement);
    if (overridden.isEmpty()) {
        m.ids = std::move(ids);
        return m;
    }
    QVector<qint64> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (!overridden.contains(id))
            out.append(id);
    }
    for (auto it = overridden.constBegin(); it != overridden.constEnd(); ++it) {
        if (it.value())
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    m.ids = std::move(out);
    return m;
}

QVector<qint64> RosterQuery::intersect(const QVector<qint64> &ordered, const QVector<qint64> &ascending, bool complement)
{
    if (ascending.isEmpty())
        return complement ? ordered : QVector<qint64>();
    QVector<qint64> ids;
    const qint64 maxId = ascending.constLast();
    std::vector<quint64> bits(size_t(maxId / 64 + 1), 0);
    for (qint64 id : ascending)
        bits[size_t(id / 64)] |= quint64(1) << (id % 64);
    ids.reserve(complement ? ordered.size() : std::min(ordered.size(), ascending.size()));
    for (qint64 id : ordered) {
        const bool in = id <= maxId && ((bits[size_t(id / 64)] >> (id % 64)) & 1);
        if (in != complement)
            ids.append(id);
    }
    return ids;
}

Result<QVector<qint64>> RosterQuery::openCandidacyIds()
{
    auto prepared = m_backend.prepare(m_db, QStringLiteral("SELECT DISTINCT alumnus_id FROM candidacies "
                                                           "WHERE closed_at IS NULL ORDER BY alumnus_id"));
    if (!prepared)
        return prepared.error();
    Statement &q = *prepared.value();
    if (Status st = q.exec(); !st)
        return st.error();
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

Result<QVector<qint64>> RosterQuery::groupByPipeline(const QVector<qint64> &ordered, bool descending)
{
    auto open = openCandidacyIds();
    if (!open)
        return open.error();
    const QVector<qint64> in = intersect(ordered, open.value());
    const QVector<qint64> out = intersect(ordered, open.value(), true);
    return descending ? out + in : in + out;
}

Result<QVector<qint64>> RosterQuery::groupByVerdict(const QVector<qint64> &ordered, const RosterSort &sort)
{
    // No ORDER BY over a correlated verdict lookup (a sort of a million rows): the 50音 order the list already
    // has, regrouped in one pass by a byte per id. Stored verdicts are only the people who are not eligible
    // (absence = Eligible once the rule set has a run), read from the table's primary key in id order.
    if (sort.verdictRuleSet <= 0 || ordered.isEmpty())
        return ordered;
    QSqlQuery r(m_db);
    if (Status st = sql::prepare(r, QStringLiteral("SELECT 1 FROM eligibility_runs WHERE rule_set_id = ?")); !st)
        return st.error();
    r.addBindValue(sort.verdictRuleSet);
    if (Status st = sql::exec(r); !st)
        return st.error();
    const bool evaluated = r.next();
    r.finish();
    constexpr qint8 kNotEvaluated = 3; // sorts after the three verdicts in either direction
    const qint64 maxId = *std::max_element(ordered.cbegin(), ordered.cend());
    std::vector<qint8> verdictOf(size_t(maxId) + 1, evaluated ? qint8(0) : kNotEvaluated);
    if (evaluated) {
        auto prepared = m_backend.prepare(m_db, QStringLiteral("SELECT alumnus_id, verdict FROM eligibility_verdicts "
                                                               "WHERE rule_set_id = ? AND alumnus_id <= ?"));
        if (!prepared)
            return prepared.error();
        Statement &q = *prepared.value();
        q.bindValue(0, sort.verdictRuleSet);
        q.bindValue(1, maxId);
        if (Status st = q.exec(); !st)
            return st.error();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id > 0 && id <= maxId)
                verdictOf[size_t(id)] = qint8(q.value(1).toInt());
        }
        q.finish();
    }
    QSqlQuery o(m_db);
    o.setForwardOnly(true);
    if (Status st = sql::prepare(o, QStringLiteral("SELECT alumnus_id, verdict FROM eligibility_overrides WHERE rule_set_id = ? "
                                                   "AND revoked_at IS NULL AND (expires_on IS NULL OR expires_on >= ?)"));
        !st)
        return st.error();
    o.addBindValue(sort.verdictRuleSet);
    o.addBindValue((sort.verdictDate.isValid() ? sort.verdictDate : QDate::currentDate()).toString(Qt::ISODate));
    if (Status st = sql::exec(o); !st)
        return st.error();
    while (o.next()) {
        const qint64 id = o.value(0).toLongLong();
        if (id > 0 && id <= maxId)
            verdictOf[size_t(id)] = qint8(o.value(1).toInt());
    }
    // A stable counting sort: four buckets, each keeping the 50音 order.
    std::array<int, 4> counts{};
    for (qint64 id : ordered)
        ++counts[size_t(std::clamp<int>(verdictOf[size_t(id)], 0, 3))];
    const std::array<int, 4> rank = sort.descending ? std::array<int, 4>{2, 1, 0, 3} : std::array<int, 4>{0, 1, 2, 3};
    std::array<int, 4> start{};
    int at = 0;
    for (int position = 0; position < 4; ++position) {
        for (int v = 0; v < 4; ++v) {
            if (rank[size_t(v)] == position) {
                start[size_t(v)] = at;
                at += counts[size_t(v)];
            }
        }
    }
    QVector<qint64> out(ordered.size());
    for (qint64 id : ordered)
        out[start[size_t(std::clamp<int>(verdictOf[size_t(id)], 0, 3))]++] = id;
    return out;
}

Result<QVector<qint64>> RosterQuery::orderedIds(const RosterFilter &filter, const RosterSort &sort,
                                                const std::function<bool()> &cancelled)
{
    if (sort.column == RosterColumn::Verdict || sort.column == RosterColumn::Pipeline) {
        auto reading = orderedIds(filter, RosterSort{}, cancelled);
        if (!reading)
            return reading.error();
        if (sort.column == RosterColumn::Pipeline)
            return groupByPipeline(reading.value(), sort.descending);
        return groupByVerdict(reading.value(), sort);
    }
    if (filter.inPipeline) {
        // A few thousand people at most: the order of everyone else the filter selects, through a bitmap.
        RosterFilter rest = filter;
        rest.inPipeline = false;
        auto base = orderedIds(rest, sort, cancelled);
        if (!base)
            return base.error();
        auto open = openCandidacyIds();
        if (!open)
            return open.error();
        return intersect(base.value(), open.value());
    }
    if (filter.hasVerdictFilter()) {
        // Like search: the order of everyone the other filters select (cached), through a bitmap of matches.
        RosterFilter rest = filter;
        rest.verdictRuleSet = 0;
        rest.verdicts.clear();
        rest.verdictDate = QDate();
        auto base = orderedIds(rest, sort, cancelled);
        if (!base)
            return base.error();
        auto matches = verdictMatches(filter);
        if (!matches)
            return matches.error();
        return intersect(base.value(), matches->ids, matches->complement);
    }
    if (filter.search.trimmed().isEmpty())
        return baseOrder(filter, sort, cancelled);
    // Searching: the index gives the set of matches; the order comes from the list of everyone the other
    // filters select, which is computed once and kept while the data does not change. Intersecting the two
    // costs a pass over that list, however many people match, instead of a sort of the matches.
    RosterFilter rest = filter;
    rest.search.clear();
    auto base = baseOrder(rest, sort, cancelled);
    if (!base)
        return base.error();
    auto matches = m_backend.searchMatches(m_db, filter.search);
    if (!matches)
        return matches.error();
    return intersect(base.value(), matches.value());
}

Result<QVector<qint64>> RosterQuery::baseOrder(const RosterFilter &filter, const RosterSort &sort,
                                               const std::function<bool()> &cancelled)
{
    const qint64 version = m_backend.changeCounter(m_db);
    if (m_base.valid && m_base.version == version && m_base.filter == filter && m_base.sort == sort)
        return m_base.ids;
    const auto whereResult = where(filter);
    if (!whereResult)
        return whereResult.error();
    const Where &w = whereResult.value();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT a.id FROM alumni a") + w.sql + QLatin1Char(' ') + orderBy(sort)); !st)
        return st.error();
    bind(q, w);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<qint64> ids;
    while (q.next()) {
        if (cancelled && (ids.size() & 0xFFF) == 0 && cancelled())
            return Error{QCoreApplication::translate("Roster", "Cancelled."), {}};
        ids.append(q.value(0).toLongLong());
    }
    m_base = {true, version, filter, sort, ids};
    return ids;
}

Result<QVector<RosterRow>> RosterQuery::firstRows(const RosterFilter &filter, const RosterSort &sort, int limit)
{
    if (sort.column == RosterColumn::Verdict || sort.column == RosterColumn::Pipeline) {
        // These orders have no SQL form (see groupByVerdict): the first ids of the full order.
        auto ids = orderedIds(filter, sort);
        if (!ids)
            return ids.error();
        return rows(ids->mid(0, limit));
    }
    const auto whereResult = where(filter);
    if (!whereResult)
        return whereResult.error();
    const Where &w = whereResult.value();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT %1 FROM alumni a").arg(kRowColumns) + w.sql
                                        + QLatin1Char(' ') + orderBy(sort) + QStringLiteral(" LIMIT :limit"));
        !st)
        return st.error();
    bind(q, w);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<RosterRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<QVector<RosterRow>> RosterQuery::rows(const QVector<qint64> &ids)
{
    QVector<RosterRow> out;
    if (ids.isEmpty())
        return out;
    const int n = int(ids.size());
    auto it = m_rowsByCount.find(n);
    if (it == m_rowsByCount.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks.append(QStringLiteral("?"));
        if (Status st = sql::prepare(q, QStringLiteral("SELECT %1 FROM alumni a WHERE a.id IN (%2)")
                                            .arg(kRowColumns, marks.join(QLatin1Char(','))));
            !st)
            return st.error();
        it = m_rowsByCount.insert(n, q);
    }
    QSqlQuery &q = it.value();
    for (int i = 0; i < n; ++i)
        q.bindValue(i, ids.at(i));
    if (Status st = sql::exec(q); !st)
        return st.error();
    QHash<qint64, RosterRow> byId;
    byId.reserve(n);
    while (q.next()) {
        RosterRow r = readRow(q);
        byId.insert(r.id, std::move(r));
    }
    q.finish();
    out.reserve(n);
    for (qint64 id : ids) {
        auto found = byId.find(id);
        if (found != byId.end())
            out.append(std::move(found.value()));
    }
    return out;
}

Result<qint64> RosterQuery::count(const RosterFilter &filter)
{
    const auto whereResult = where(filter);
    if (!whereResult)
        return whereResult.error();
    const Where &w = whereResult.value();
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT count(*) FROM alumni a") + w.sql); !st)
        return st.error();
    bind(q, w);
    if (Status st = sql::exec(q); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QStringList> RosterQuery::departments()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A skip-scan over alumni_by_department: one index probe per distinct department, not a walk of every row.
    if (!q.exec(QStringLiteral("WITH RECURSIVE d(x) AS (SELECT min(last_department) FROM alumni WHERE last_department > '' "
                               "UNION ALL SELECT (SELECT min(last_department) FROM alumni WHERE last_department > d.x) "
                               "FROM d WHERE d.x IS NOT NULL) SELECT x FROM d WHERE x IS NOT NULL")))
        return sql::queryError(q, QCoreApplication::translate("Roster", "The departments could not be listed."));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QStringList> RosterQuery::tags()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM tags t WHERE EXISTS (SELECT 1 FROM alumnus_tags x WHERE x.tag_id = t.id) "
                               "ORDER BY name")))
        return sql::queryError(q, QCoreApplication::translate("Roster", "The tags could not be listed."));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QPair<int, int>> RosterQuery::departureYearRange()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT min(last_departure_date), max(last_departure_date) FROM alumni")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Roster", "The departure years could not be read."));
    const QDate lo = sql::dateFrom(q.value(0));
    const QDate hi = sql::dateFrom(q.value(1));
    return QPair<int, int>(lo.isValid() ? lo.year() : 0, hi.isValid() ? hi.year() : 0);
}

} // namespace alumnidesk
