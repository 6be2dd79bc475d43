// Manual overrides of a verdict by an HR officer: a mandatory reason, an optional expiry (the last day it
// holds), who and when. Setting a new override revokes the previous one; revoking keeps the row (who, when,
// why). Nothing here depends on the rules, so an override survives every rule change until revoked or
// expired; every change is in the audit trail.
#pragma once

#include "common/Result.h"
#include "eligibility/RuleModel.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::eligibility {

struct Override {
    qint64 id = 0;
    qint64 alumnusId = 0;
    qint64 ruleSetId = 0;
    Verdict verdict = Verdict::Eligible;
    QString reason;
    QDate expiresOn; ///< last day it holds; invalid = no expiry
    QDateTime createdAt;
    QString createdBy;
    QDateTime revokedAt;
    QString revokedBy;
    QString revokeReason;

    bool isActive(const QDate &today) const
    {
        return !revokedAt.isValid() && (!expiresOn.isValid() || expiresOn >= today);
    }
};

class OverrideStore {
public:
    OverrideStore(QSqlDatabase db, const StoreBackend &backend, QString source);

    /// Overrides the verdict of one person under one rule set. The reason must not be blank.
    Result<Override> set(qint64 alumnusId, qint64 ruleSetId, Verdict verdict, const QString &reason,
                         const QDate &expiresOn = {});
    /// Ends an override (it stays in the history with who, when and why).
    Status revoke(qint64 overrideId, const QString &reason);
    /// The override in force on `today`, if any.
    Result<std::optional<Override>> active(qint64 alumnusId, qint64 ruleSetId, const QDate &today);
    /// Every override in force on `today` for a rule set: alumnus id → verdict (the what-if view marks them).
    Result<QHash<qint64, Verdict>> activeForRuleSet(qint64 ruleSetId, const QDate &today);
    /// Every override of a person, revoked and expired ones included, newest first.
    Result<QVector<Override>> history(qint64 alumnusId);

private:
    Result<QVector<Override>> select(const QString &where, const QVariantList &binds);
    Status audit(qint64 alumnusId, qint64 ruleSetId, const QString &action, const QString &oldValue, const QString &newValue);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    QString m_source;
};

} // namespace alumnidesk::eligibility
