#include "kpi/PipelineSnapshot.h"

#include "db/SqlUtil.h"
#include "db/Statement.h"
#include "db/StoreBackend.h"
#include "kpi/SnapshotDay.h"

#include <QCoreApplication>
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

// The first ten characters of a date or timestamp as a day (kpi/SnapshotDay.h).
qint32 dayOf(const Statement &row, int column)
{
    return snapshotDay(row, column, DayText::DatePrefix);
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

Result<std::shared_ptr<PipelineSnapshot>> PipelineSnapshot::load(QSqlDatabase &db, const StoreBackend &backend)
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
    // The moves and the candidacies through the backend's native statement: a QVariant per value cost
    // most of the read (150,000 moves with 50,000 candidacies).
    auto movesQuery = backend.prepare(db, QStringLiteral("SELECT candidacy_id, id, to_stage_id, at FROM candidacy_moves "
                                                         "WHERE reverses_move_id IS NULL ORDER BY candidacy_id, id"));
    if (!movesQuery)
        return Error{failed(), movesQuery.error().fullText()};
    Statement &mq = *movesQuery.value();
    if (Status st = mq.exec(); !st)
        return Error{failed(), st.error().fullText()};
    std::unordered_map<qint64, std::pair<qint32, qint32>> movesOf; // candidacy → (first, count)
    while (mq.next()) {
        const qint64 id = mq.value(1).toLongLong();
        if (undone.contains(id))
            continue;
        PipeMove m;
        m.id = id;
        m.at = dayOf(mq, 3);
        m.stage = stage(mq.value(2));
        if (m.at < 0)
            s->m_exact = false;
        const qint64 candidacy = mq.value(0).toLongLong();
        auto it = movesOf.find(candidacy);
        if (it == movesOf.end())
            movesOf.emplace(candidacy, std::make_pair(qint32(s->m_moves.size()), 1));
        else
            ++it->second.second;
        s->m_moves.push_back(m);
    }
    mq.finish();

    auto candidaciesQuery = backend.prepare(db, QStringLiteral("SELECT id, alumnus_id, created_at, closed_at, stage_id, source "
                                                               "FROM candidacies ORDER BY id"));
    if (!candidaciesQuery)
        return Error{failed(), candidaciesQuery.error().fullText()};
    Statement &cq = *candidaciesQuery.value();
    if (Status st = cq.exec(); !st)
        return Error{failed(), st.error().fullText()};
    QHash<QByteArray, qint32> sources;
    while (cq.next()) {
        PipeCandidacy c;
        c.alumnus = cq.value(1).toLongLong();
        c.created = dayOf(cq, 2);
        c.closed = dayOf(cq, 3);
        if (c.created <= 0 || c.closed < 0)
            s->m_exact = false;
        c.stage = stage(cq.value(4));
        const QByteArray source = cq.utf8(5);
        auto src = sources.constFind(source);
        if (src == sources.constEnd()) {
            src = sources.insert(QByteArray(source.constData(), source.size()), qint32(s->m_texts.size())); // a deep copy
            s->m_texts.append(QString::fromUtf8(source));
        }
        c.source = src.value();
        if (auto it = movesOf.find(cq.value(0).toLongLong()); it != movesOf.end()) {
            c.firstMove = it->second.first;
            c.moveCount = it->second.second;
        }
        s->m_candidacies.push_back(c);
    }
    cq.finish();
    return s;
}

} // namespace alumnidesk::kpi
