#include "kpi/EligibilitySnapshot.h"

#include "db/SqlUtil.h"
#include "kpi/EligibilityFacts.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::kpi {

Result<std::shared_ptr<EligibilitySnapshot>> EligibilitySnapshot::load(QSqlDatabase &db, const StoreBackend &backend)
{
    auto out = std::make_shared<EligibilitySnapshot>();
    const QString failed = QCoreApplication::translate("Kpi", "The roster could not be read for the KPIs.");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key FROM rule_sets WHERE deleted_at IS NULL ORDER BY id")))
        return sql::queryError(q, failed);
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    for (const QString &key : keys)
        out->m_versions.emplace(key, eligibility_facts::versionsOf(db, backend, key));
    // The texts compared as the facts' SQL compares them: its substr() counts characters, so it cuts here too.
    if (!q.exec(QStringLiteral("SELECT id, alumnus_id, rule_set_id, verdict, substr(created_at, 1, 10), "
                               "substr(revoked_at, 1, 10), expires_on FROM eligibility_overrides ORDER BY id")))
        return sql::queryError(q, failed);
    while (q.next()) {
        OverrideRow r;
        r.id = q.value(0).toLongLong();
        r.alumnus = q.value(1).toLongLong();
        r.ruleSet = q.value(2).toLongLong();
        r.verdict = qint8(q.value(3).toInt());
        r.created = q.value(4).toString().toUtf8();
        r.revokedNull = q.value(5).isNull();
        r.revoked = q.value(5).toString().toUtf8();
        r.expiresNull = q.value(6).isNull();
        r.expires = q.value(6).toString().toUtf8();
        out->m_overrides.push_back(std::move(r));
    }
    return out;
}

const Result<QVector<eligibility::RuleSetVersion>> *EligibilitySnapshot::versions(const QString &key) const
{
    auto it = m_versions.find(key);
    return it == m_versions.end() ? nullptr : &it->second;
}

QHash<qint64, qint8> EligibilitySnapshot::overridesOn(qint64 ruleSetId, const QDate &day) const
{
    const QByteArray d = day.toString(Qt::ISODate).toLatin1();
    QHash<qint64, qint8> out;
    for (const OverrideRow &o : m_overrides) { // ascending ids: the latest in force is written last
        if (o.ruleSet != ruleSetId || !(o.created <= d) || !(o.revokedNull || o.revoked > d) || !(o.expiresNull || o.expires >= d))
            continue;
        out.insert(o.alumnus, o.verdict);
    }
    return out;
}

} // namespace alumnidesk::kpi
