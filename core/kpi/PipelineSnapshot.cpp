#include "kpi/PipelineSnapshot.h"

#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <unordered_map>

namespace alumnidesk::kpi {

namespace {

QString failed()
{
    return QCoreApplication::translate("Kpi", "The roster could not be read for the KPIs.");
}

// yyyymmdd of the first ten characters of an ISO text; 0 for NULL; -1 when not a plain YYYY-MM-DD of a
// real day (years 1000–9999). Parsed by hand: QDate::fromString costs more than the rest of the read.
qint32 dayOf(const QVariant &v)
{
    if (v.isNull())
        return 0;
    const QString text = v.toString();
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return -1;
    int digits[8];
    int n = 0;
    for (int i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        digits[n++] = c - u'0';
    }
    const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int m = digits[4] * 10 + digits[5];
    const int d = digits[6] * 10 + digits[7];
    if (y < 1000 || !QDate::isValid(y, m, d))
        return -1;
    return y * 10000 + m * 100 + d;
}

} // namespace

Result<QString> PipelineSnapshot::signature(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Numbers only (text functions over every move would cost more than the facts): counts, largest ids,
    // id-weighted sums of the integer columns, the latest dates; the stages' rows whole.
    const QString text = QStringLiteral(
        "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || total(id * stage_id) || ':' || total(id * alumnus_id) "
        "|| ':' || total(id * unicode(source)) || ':' || count(closed_at) || ':' || coalesce(max(created_at), '') "
        "|| ':' || coalesce(max(closed_at), '') FROM candidacies), "
        "(SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || total(id * candidacy_id) || ':' || total(id * to_stage_id) "
        "|| ':' || total(id * coalesce(reverses_move_id, 0)) || ':' || coalesce(max(at), '') FROM candidacy_moves), "
        "(SELECT group_concat(id || '|' || key || '|' || name_ja || '|' || name_en || '|' || position || '|' || kind "
        "|| '|' || closing || '|' || retired, '/') FROM (SELECT * FROM pipeline_stages ORDER BY id))");
    if (!q.exec(text) || !q.next())
        return sql::queryError(q, failed());
    return QString(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() + QLatin1Char('/') + q.value(2).toString());
}

qint32 PipelineSnapshot::stageOf(const QString &key) const
{
    for (size_t i = 0; i < m_stages.size(); ++i) {
        if (m_stages[i].key == key)
            return qint32(i);
    }
    return -1;
}

Result<std::shared_ptr<PipelineSnapshot>> PipelineSnapshot::load(QSqlDatabase &db)
{
    auto s = std::make_shared<PipelineSnapshot>();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key, name_ja, name_en, position, kind, closing, retired FROM pipeline_stages "
                               "ORDER BY position, id")))
        return sql::queryError(q, failed());
    QHash<qint64, qint32> stageIndex;
    while (q.next()) {
        PipeStage st;
        st.id = q.value(0).toLongLong();
        st.key = q.value(1).toString();
        st.nameJa = q.value(2).toString();
        st.nameEn = q.value(3).toString();
        st.position = q.value(4).toInt();
        const QString kind = q.value(5).toString();
        st.active = kind == QLatin1String("active");
        st.closing = q.value(6).toBool();
        st.funnel = (st.active || kind == QLatin1String("hired")) && !q.value(7).toBool();
        stageIndex.insert(st.id, qint32(s->m_stages.size()));
        s->m_texts.append(st.key);
        s->m_stages.push_back(st);
    }
    auto stage = [&stageIndex](const QVariant &v) { return v.isNull() ? -1 : stageIndex.value(v.toLongLong(), -1); };

    // Effective moves by candidacy, in id order: those no move reverses and that reverse none.
    if (!q.exec(QStringLiteral("SELECT reverses_move_id FROM candidacy_moves WHERE reverses_move_id IS NOT NULL")))
        return sql::queryError(q, failed());
    QSet<qint64> undone;
    while (q.next())
        undone.insert(q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("SELECT candidacy_id, id, to_stage_id, at FROM candidacy_moves "
                               "WHERE reverses_move_id IS NULL ORDER BY candidacy_id, id")))
        return sql::queryError(q, failed());
    std::unordered_map<qint64, std::pair<qint32, qint32>> movesOf; // candidacy → (first, count)
    while (q.next()) {
        const qint64 id = q.value(1).toLongLong();
        if (undone.contains(id))
            continue;
        PipeMove m;
        m.id = id;
        m.at = dayOf(q.value(3));
        m.stage = stage(q.value(2));
        if (m.at < 0)
            s->m_exact = false;
        const qint64 candidacy = q.value(0).toLongLong();
        auto it = movesOf.find(candidacy);
        if (it == movesOf.end())
            movesOf.emplace(candidacy, std::make_pair(qint32(s->m_moves.size()), 1));
        else
            ++it->second.second;
        s->m_moves.push_back(m);
    }

    if (!q.exec(QStringLiteral("SELECT id, alumnus_id, created_at, closed_at, stage_id, source FROM candidacies ORDER BY id")))
        return sql::queryError(q, failed());
    QHash<QString, qint32> sources;
    while (q.next()) {
        PipeCandidacy c;
        c.alumnus = q.value(1).toLongLong();
        c.created = dayOf(q.value(2));
        c.closed = dayOf(q.value(3));
        if (c.created <= 0 || c.closed < 0)
            s->m_exact = false;
        c.stage = stage(q.value(4));
        const QString source = q.value(5).toString();
        auto src = sources.constFind(source);
        if (src == sources.constEnd()) {
            src = sources.insert(source, qint32(s->m_texts.size()));
            s->m_texts.append(source);
        }
        c.source = src.value();
        if (auto it = movesOf.find(q.value(0).toLongLong()); it != movesOf.end()) {
            c.firstMove = it->second.first;
            c.moveCount = it->second.second;
        }
        s->m_candidacies.push_back(c);
    }
    return s;
}

} // namespace alumnidesk::kpi
