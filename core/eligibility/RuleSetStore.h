// Rule sets in the roster file, with every saved version kept (who, when, the definition, a change note).
// Saving never overwrites: it adds version n+1 and moves the rule set's current version; a save that changes
// nothing adds nothing. Each save is in the audit trail.
#pragma once

#include "common/Result.h"
#include "eligibility/RuleModel.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::eligibility {

struct RuleSetVersion {
    qint64 ruleSetId = 0;
    int version = 0;
    RuleSet definition;
    QDateTime savedAt;
    QString savedBy;
    QString note;
};

class RuleSetStore {
public:
    /// `source` names the writer in the audit trail ("ui", "cli").
    RuleSetStore(QSqlDatabase db, const StoreBackend &backend, QString source);

    /// Rule sets every roster keeps: they cannot be deleted (the pipeline's guard and the KPIs use them).
    static bool isBuiltIn(const QString &key);

    /// Every rule set at its current version, in the order they were created (deleted ones left out).
    Result<QVector<RuleSetVersion>> current();
    /// The current version of one rule set; an error naming the known keys when there is none.
    Result<RuleSetVersion> current(const QString &key);
    Result<RuleSetVersion> version(qint64 ruleSetId, int version);
    /// Every version of a rule set, newest first.
    Result<QVector<RuleSetVersion>> history(qint64 ruleSetId);

    /// Saves a definition as the next version of the rule set with its key (creating the rule set when the
    /// key is new). The definition is validated first; an invalid one changes nothing.
    Result<RuleSetVersion> save(const RuleSet &definition, const QString &note);
    /// Saves several in one transaction: all or nothing (rules import).
    Result<QVector<RuleSetVersion>> saveAll(const QVector<RuleSet> &definitions, const QString &note);

    /// What deleting a rule set would touch, for the confirmation.
    struct DeletionImpact {
        int versions = 0;          ///< kept as history
        qint64 storedVerdicts = 0; ///< removed (derived data, recomputable)
        int activeOverrides = 0;   ///< revoked with the reason "rule set deleted", kept in the history
    };
    Result<DeletionImpact> deletionImpact(qint64 ruleSetId);
    /// Deletes a rule set HR added, in one transaction: it is marked deleted (its versions stay for the
    /// history), its stored verdicts and run are removed, its overrides in force are revoked with `reason`,
    /// and each step is in the audit trail. The built-in rule sets are refused.
    Status remove(qint64 ruleSetId, const QString &reason);
    /// Whether a key is used by a rule set, deleted ones included (a new rule set needs a fresh key).
    Result<bool> keyTaken(const QString &key);

private:
    Result<RuleSetVersion> saveOne(const RuleSet &definition, const QString &note);
    Result<QVector<RuleSetVersion>> select(const QString &where, const QVariantList &binds);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    QString m_source;
};

} // namespace alumnidesk::eligibility
