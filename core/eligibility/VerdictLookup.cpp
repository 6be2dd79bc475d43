#include "eligibility/VerdictLookup.h"

#include "db/SqlUtil.h"
#include "eligibility/RuleModel.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

namespace alumnidesk::eligibility {

VerdictLookup::VerdictLookup(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status VerdictLookup::prepare()
{
    if (m_stored)
        return {};
    QStringList marks;
    for (int i = 0; i < kPage; ++i)
        marks.append(QStringLiteral("?"));
    const QString in = marks.join(QLatin1Char(','));
    QSqlQuery evaluated(m_db);
    evaluated.setForwardOnly(true);
    if (Status st = sql::prepare(evaluated, QStringLiteral("SELECT 1 FROM eligibility_runs WHERE rule_set_id = ?")); !st)
        return st;
    QSqlQuery stored(m_db);
    stored.setForwardOnly(true);
    if (Status st = sql::prepare(stored, QStringLiteral("SELECT alumnus_id, verdict FROM eligibility_verdicts "
                                                        "WHERE rule_set_id = ? AND alumnus_id IN (%1)")
                                             .arg(in));
        !st)
        return st;
    QSqlQuery overrides(m_db);
    overrides.setForwardOnly(true);
    // Oldest first: the newest override of a person in force is read last and wins.
    if (Status st = sql::prepare(overrides, QStringLiteral("SELECT alumnus_id, verdict FROM eligibility_overrides "
                                                           "WHERE rule_set_id = ? AND revoked_at IS NULL "
                                                           "AND (expires_on IS NULL OR expires_on >= ?) AND alumnus_id IN (%1) "
                                                           "ORDER BY id")
                                                .arg(in));
        !st)
        return st;
    m_evaluated = std::move(evaluated);
    m_stored = std::move(stored);
    m_overrides = std::move(overrides);
    return {};
}

Status VerdictLookup::fill(qint64 ruleSetId, const QDate &today, QVector<RosterRow> &rows)
{
    if (Status st = prepare(); !st)
        return st;
    QSqlQuery &evaluated = *m_evaluated;
    evaluated.bindValue(0, ruleSetId);
    if (Status st = sql::exec(evaluated); !st)
        return st;
    const int unstored = evaluated.next() ? int(Verdict::Eligible) : -1;
    evaluated.finish();
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].verdict = unstored;
        rows[i].verdictOverridden = false;
        index.insert(rows.at(i).id, i);
    }
    const QString day = today.toString(Qt::ISODate);
    for (int start = 0; start < rows.size(); start += kPage) {
        QSqlQuery &stored = *m_stored;
        QSqlQuery &overrides = *m_overrides;
        stored.bindValue(0, ruleSetId);
        overrides.bindValue(0, ruleSetId);
        overrides.bindValue(1, day);
        for (int i = 0; i < kPage; ++i) {
            const int r = start + i;
            const qint64 id = r < rows.size() ? rows.at(r).id : qint64(-1); // padding matches nobody
            stored.bindValue(1 + i, id);
            overrides.bindValue(2 + i, id);
        }
        if (Status st = sql::exec(stored); !st)
            return st;
        while (stored.next()) {
            const int r = index.value(stored.value(0).toLongLong(), -1);
            if (r >= 0)
                rows[r].verdict = stored.value(1).toInt();
        }
        stored.finish();
        if (Status st = sql::exec(overrides); !st)
            return st;
        while (overrides.next()) {
            const int r = index.value(overrides.value(0).toLongLong(), -1);
            if (r < 0)
                continue;
            rows[r].verdict = overrides.value(1).toInt();
            rows[r].verdictOverridden = true;
        }
        overrides.finish();
    }
    return {};
}

} // namespace alumnidesk::eligibility
