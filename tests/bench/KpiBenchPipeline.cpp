#include "KpiBenchPipeline.h"

#include "db/Database.h"
#include "db/WriteTransaction.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

#include <algorithm>

namespace alumnidesk::bench {

namespace {

struct Lcg {
    quint64 s;
    quint32 next()
    {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(s >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

bool seedPipelineHistory(Database &db, int count, QTextStream &out)
{
    QSqlDatabase &sql = db.sql();
    const qint64 have = scalar(sql, QStringLiteral("SELECT count(*) FROM candidacies"));
    if (have < 0)
        return false;
    if (have >= count)
        return true;
    const qint64 maxId = scalar(sql, QStringLiteral("SELECT max(id) FROM alumni"));
    QVector<qint64> stage; // interest, contacted, screening, interview, offer, hired, declined, rejected
    for (const char *key : {"interest", "contacted", "screening", "interview", "offer", "hired", "declined", "rejected"})
        stage.append(scalar(sql, QStringLiteral("SELECT id FROM pipeline_stages WHERE key = '%1'").arg(QLatin1String(key))));
    if (maxId <= 0 || stage.contains(-1))
        return false;
    out << "Adding " << (count - have) << " candidacies with their moves…" << Qt::endl;
    WriteTransaction tx(sql, db.backend());
    QSqlQuery c(sql);
    c.prepare(QStringLiteral("INSERT INTO candidacies(alumnus_id, source, owner, stage_id, stage_since, created_at, closed_at) "
                             "VALUES (?, ?, 'bench', ?, ?, ?, ?)"));
    QSqlQuery m(sql);
    m.prepare(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user, reverses_move_id) "
                             "VALUES (?, ?, ?, ?, 'bench', ?)"));
    const char *sources[] = {"applied", "outreach", "referral", "event"};
    Lcg rng{quint64(20251126 + have)};
    const QDate start(2025, 1, 1);
    for (qint64 i = have; i < count; ++i) {
        // How far it went (index into the active stages and Rehired), and how it ended.
        static const int weights[] = {30, 20, 20, 15, 8, 7}; // percent reaching each stage at most
        int pick = rng.below(100);
        int reach = 0;
        while (pick >= weights[reach]) {
            pick -= weights[reach];
            ++reach;
        }
        const int ending = rng.below(10); // 0–3 declined or not selected at `reach`, else still there
        QVector<QPair<int, QDate>> path;
        QDate day = start.addDays(rng.below(640));
        // One in eight is added at Screening (an application that skips the first contacts).
        const int first = rng.below(8) == 0 ? std::min(2, reach) : 0;
        for (int s = first; s <= reach; ++s) {
            path.append({s, day});
            day = day.addDays(3 + rng.below(40));
        }
        if (reach < 5 && ending < 4)
            path.append({ending < 2 ? 6 : 7, day});
        const int last = path.constLast().first;
        const bool closed = last >= 5;
        const QString created = path.constFirst().second.toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z");
        const QString since = path.constLast().second.toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z");
        c.addBindValue(1 + qint64(rng.next()) % maxId);
        c.addBindValue(QString::fromLatin1(sources[rng.below(4)]));
        c.addBindValue(stage.at(last));
        c.addBindValue(since);
        c.addBindValue(created);
        c.addBindValue(closed ? QVariant(since) : QVariant(QMetaType::fromType<QString>()));
        if (!c.exec())
            return false;
        const qint64 id = c.lastInsertId().toLongLong();
        qint64 from = 0;
        for (const auto &step : path) {
            m.addBindValue(id);
            m.addBindValue(from ? QVariant(from) : QVariant(QMetaType::fromType<qint64>()));
            m.addBindValue(stage.at(step.first));
            m.addBindValue(QString(step.second.toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z")));
            m.addBindValue(QVariant(QMetaType::fromType<qint64>()));
            if (!m.exec())
                return false;
            from = stage.at(step.first);
        }
        if (rng.below(50) == 0 && !closed && last < 4) {
            // A move one stage on, undone the next day.
            const QString on = day.toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z");
            m.addBindValue(id);
            m.addBindValue(from);
            m.addBindValue(stage.at(last + 1));
            m.addBindValue(on);
            m.addBindValue(QVariant(QMetaType::fromType<qint64>()));
            if (!m.exec())
                return false;
            const qint64 undone = m.lastInsertId().toLongLong();
            m.addBindValue(id);
            m.addBindValue(stage.at(last + 1));
            m.addBindValue(from);
            m.addBindValue(QString(day.addDays(1).toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z")));
            m.addBindValue(undone);
            if (!m.exec())
                return false;
        }
    }
    return tx.commit().ok();
}

} // namespace alumnidesk::bench
