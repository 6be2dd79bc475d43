// What the eligibility KPIs read besides the people, held beside the roster's KPI snapshot: every rule
// set's versions (as eligibility_facts::versionsOf reads them, errors included) and every override. Both
// are small (a few versions, overrides in the thousands at most), so they are read again whole at every
// sync of the snapshot (KpiSnapshotCache): no signature to miss a plain SQL edit. The overrides in force on
// a day are selected in C++ exactly as the facts' SQL selects them: per person the latest set by then (its
// created_at's first ten characters), not revoked by then, not expired (expires_on on or after the day),
// comparing the texts byte by byte as SQLite's binary collation does.
#pragma once

#include "common/Result.h"
#include "eligibility/RuleSetStore.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::kpi {

class EligibilitySnapshot {
public:
    /// Rule sets and overrides, read in the caller's (read) transaction.
    static Result<std::shared_ptr<EligibilitySnapshot>> load(QSqlDatabase &db, const StoreBackend &backend);

    /// The versions of the rule set `key` as eligibility_facts::versionsOf gave them when read; null for a
    /// key no rule set in force has (the SQL then says so).
    const Result<QVector<eligibility::RuleSetVersion>> *versions(const QString &key) const;
    /// Alumnus id → verdict (eligibility::Verdict as a number) of the overrides of a rule set in force on a day.
    QHash<qint64, qint8> overridesOn(qint64 ruleSetId, const QDate &day) const;

private:
    struct OverrideRow {
        qint64 id = 0;
        qint64 alumnus = 0;
        qint64 ruleSet = 0;
        qint8 verdict = 0;
        QByteArray created;          ///< substr(created_at, 1, 10)
        QByteArray revoked;          ///< substr(revoked_at, 1, 10); null when not revoked
        QByteArray expires;          ///< expires_on; null when it does not expire
        bool revokedNull = true;
        bool expiresNull = true;
    };
    std::map<QString, Result<QVector<eligibility::RuleSetVersion>>> m_versions;
    std::vector<OverrideRow> m_overrides; ///< ascending by id
};

} // namespace alumnidesk::kpi
