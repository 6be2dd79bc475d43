#include "eligibility/Overrides.h"

#include "db/AuditLog.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::eligibility {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, alumnus_id, rule_set_id, verdict, reason, expires_on, created_at, created_by, revoked_at, revoked_by, "
    "revoke_reason FROM eligibility_overrides ");

QString describe(Verdict v, const QString &reason, const QDate &expires)
{
    QString s = verdictKey(v) + QStringLiteral(": ") + reason;
    if (expires.isValid())
        s += QStringLiteral(" (until %1)").arg(expires.toString(Qt::ISODate));
    return s;
}

} // namespace

OverrideStore::OverrideStore(QSqlDatabase db, const StoreBackend &backend, QString source)
    : m_db(std::move(db))
    , m_backend(backend)
    , m_source(std::move(source))
{
}

Result<QVector<Override>> OverrideStore::select(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, kColumns + where); !st)
        return st.error();
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<Override> out;
    while (q.next()) {
        Override o;
        o.id = q.value(0).toLongLong();
        o.alumnusId = q.value(1).toLongLong();
        o.ruleSetId = q.value(2).toLongLong();
        o.verdict = Verdict(qBound(0, q.value(3).toInt(), 2));
        o.reason = q.value(4).toString();
        o.expiresOn = sql::dateFrom(q.value(5));
        o.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        o.createdBy = q.value(7).toString();
        o.revokedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        o.revokedBy = q.value(9).toString();
        o.revokeReason = q.value(10).toString();
        out.append(o);
    }
    return out;
}

Status OverrideStore::audit(qint64 alumnusId, qint64 ruleSetId, const QString &action, const QString &oldValue,
                            const QString &newValue)
{
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT (SELECT employee_id FROM alumni WHERE id = ?), "
                                                   "(SELECT key FROM rule_sets WHERE id = ?)"));
        !st)
        return st;
    q.addBindValue(alumnusId);
    q.addBindValue(ruleSetId);
    if (Status st = sql::exec(q); !st)
        return st;
    q.next();
    const QString employeeId = q.value(0).toString();
    const QString key = q.value(1).toString();
    q.finish();
    AuditLog log(m_db);
    return log.record(m_source, action, QStringLiteral("eligibility_override"), employeeId, key, oldValue, newValue);
}

Result<Override> OverrideStore::set(qint64 alumnusId, qint64 ruleSetId, Verdict verdict, const QString &reason,
                                    const QDate &expiresOn)
{
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Eligibility", "An override needs a reason."), {}};
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status().error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString user = currentOsUser();
    auto previous = select(QStringLiteral("WHERE alumnus_id = ? AND rule_set_id = ? AND revoked_at IS NULL"), {alumnusId, ruleSetId});
    if (!previous)
        return previous.error();
    QString oldText;
    for (const Override &p : previous.value()) {
        QSqlQuery r(m_db);
        if (Status st = sql::prepare(r, QStringLiteral("UPDATE eligibility_overrides SET revoked_at = ?, revoked_by = ?, "
                                                       "revoke_reason = ? WHERE id = ?"));
            !st)
            return st.error();
        r.addBindValue(now);
        r.addBindValue(user);
        r.addBindValue(QCoreApplication::translate("Eligibility", "replaced by a new override"));
        r.addBindValue(p.id);
        if (Status st = sql::exec(r); !st)
            return st.error();
        oldText = describe(p.verdict, p.reason, p.expiresOn);
    }
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("INSERT INTO eligibility_overrides(alumnus_id, rule_set_id, verdict, reason, "
                                                   "expires_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        !st)
        return st.error();
    q.addBindValue(alumnusId);
    q.addBindValue(ruleSetId);
    q.addBindValue(int(verdict));
    q.addBindValue(reason.trimmed());
    q.addBindValue(sql::dateValue(expiresOn));
    q.addBindValue(now);
    q.addBindValue(user);
    if (Status st = sql::exec(q); !st)
        return st.error();
    Override o;
    o.id = q.lastInsertId().toLongLong();
    o.alumnusId = alumnusId;
    o.ruleSetId = ruleSetId;
    o.verdict = verdict;
    o.reason = reason.trimmed();
    o.expiresOn = expiresOn;
    o.createdAt = QDateTime::fromString(now, Qt::ISODate);
    o.createdBy = user;
    if (Status st = audit(alumnusId, ruleSetId, QStringLiteral("override"), oldText, describe(verdict, o.reason, expiresOn)); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return o;
}

Status OverrideStore::revoke(qint64 overrideId, const QString &reason)
{
    auto found = select(QStringLiteral("WHERE id = ?"), {overrideId});
    if (!found)
        return found.error();
    if (found->isEmpty() || found->constFirst().revokedAt.isValid())
        return Error{QCoreApplication::translate("Eligibility", "There is no override %1 in force.").arg(overrideId), {}};
    const Override &o = found->constFirst();
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status();
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("UPDATE eligibility_overrides SET revoked_at = ?, revoked_by = ?, "
                                                   "revoke_reason = ? WHERE id = ?"));
        !st)
        return st;
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(currentOsUser());
    q.addBindValue(sql::textValue(reason.trimmed()));
    q.addBindValue(overrideId);
    if (Status st = sql::exec(q); !st)
        return st;
    if (Status st = audit(o.alumnusId, o.ruleSetId, QStringLiteral("revoke_override"), describe(o.verdict, o.reason, o.expiresOn),
                          reason.trimmed());
        !st)
        return st;
    return tx.commit();
}

Result<std::optional<Override>> OverrideStore::active(qint64 alumnusId, qint64 ruleSetId, const QDate &today)
{
    auto found = select(QStringLiteral("WHERE alumnus_id = ? AND rule_set_id = ? AND revoked_at IS NULL "
                                       "AND (expires_on IS NULL OR expires_on >= ?) ORDER BY id DESC LIMIT 1"),
                        {alumnusId, ruleSetId, today.toString(Qt::ISODate)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Override>();
    return std::optional<Override>(found->constFirst());
}

Result<QHash<qint64, Verdict>> OverrideStore::activeForRuleSet(qint64 ruleSetId, const QDate &today)
{
    auto found = select(QStringLiteral("WHERE rule_set_id = ? AND revoked_at IS NULL AND (expires_on IS NULL OR expires_on >= ?)"),
                        {ruleSetId, today.toString(Qt::ISODate)});
    if (!found)
        return found.error();
    QHash<qint64, Verdict> out;
    for (const Override &o : found.value())
        out.insert(o.alumnusId, o.verdict);
    return out;
}

Result<QVector<Override>> OverrideStore::history(qint64 alumnusId)
{
    return select(QStringLiteral("WHERE alumnus_id = ? ORDER BY id DESC"), {alumnusId});
}

} // namespace alumnidesk::eligibility
