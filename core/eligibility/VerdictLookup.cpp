#include "eligibility/VerdictLookup.h"

#include "db/SqlUtil.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

namespace alumnidesk::eligibility {

VerdictLookup::VerdictLookup(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status VerdictLookup::fill(qint64 ruleSetId, const QDate &today, QVector<RosterRow> &rows)
{
    if (!m_query) {
        QStringList marks;
        for (int i = 0; i < kPage; ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status st = sql::prepare(q, QStringLiteral(
                                            "SELECT v.alumnus_id, v.verdict, (SELECT o.verdict FROM eligibility_overrides o "
                                            "WHERE o.rule_set_id = v.rule_set_id AND o.alumnus_id = v.alumnus_id AND o.revoked_at IS NULL "
                                            "AND (o.expires_on IS NULL OR o.expires_on >= ?) ORDER BY o.id DESC LIMIT 1) "
                                            "FROM eligibility_verdicts v WHERE v.rule_set_id = ? AND v.alumnus_id IN (%1)")
                                            .arg(marks.join(QLatin1Char(','))));
            !st)
            return st;
        m_query = std::move(q);
    }
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].verdict = -1;
        rows[i].verdictOverridden = false;
        index.insert(rows.at(i).id, i);
    }
    const QString day = today.toString(Qt::ISODate);
    for (int start = 0; start < rows.size(); start += kPage) {
        QSqlQuery &q = *m_query;
        q.bindValue(0, day);
        q.bindValue(1, ruleSetId);
        for (int i = 0; i < kPage; ++i) {
            const int r = start + i;
            q.bindValue(2 + i, r < rows.size() ? rows.at(r).id : qint64(-1)); // padding matches nobody
        }
        if (Status st = sql::exec(q); !st)
            return st;
        while (q.next()) {
            const int r = index.value(q.value(0).toLongLong(), -1);
            if (r < 0)
                continue;
            const bool overridden = !q.value(2).isNull();
            rows[r].verdict = overridden ? q.value(2).toInt() : q.value(1).toInt();
            rows[r].verdictOverridden = overridden;
        }
        q.finish();
    }
    return {};
}

} // namespace alumnidesk::eligibility
