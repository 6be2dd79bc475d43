#include "eligibility/RuleSetStore.h"

#include "db/AuditLog.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "eligibility/RuleJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace alumnidesk::eligibility {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT v.rule_set_id, v.version, v.definition, v.saved_at, v.saved_by, v.note "
    "FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id ");

QString definitionText(const RuleSet &set)
{
    return QString::fromUtf8(QJsonDocument(ruleSetToJson(set)).toJson(QJsonDocument::Compact));
}

} // namespace

RuleSetStore::RuleSetStore(QSqlDatabase db, const StoreBackend &backend, QString source)
    : m_db(std::move(db))
    , m_backend(backend)
    , m_source(std::move(source))
{
}

Result<QVector<RuleSetVersion>> RuleSetStore::select(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, kSelect + where); !st)
        return st.error();
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<RuleSetVersion> out;
    while (q.next()) {
        RuleSetVersion v;
        v.ruleSetId = q.value(0).toLongLong();
        v.version = q.value(1).toInt();
        auto def = ruleSetFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        if (!def) {
            return Error{QCoreApplication::translate("Eligibility", "Version %1 of a stored rule set cannot be read.").arg(v.version),
                         def.errorText()};
        }
        v.definition = def.value();
        v.savedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        v.savedBy = q.value(4).toString();
        v.note = q.value(5).toString();
        out.append(v);
    }
    return out;
}

bool RuleSetStore::isBuiltIn(const QString &key)
{
    return key == QLatin1String("network") || key == QLatin1String("rehire");
}

Result<QVector<RuleSetVersion>> RuleSetStore::current()
{
    return select(QStringLiteral("WHERE v.version = s.current_version AND s.deleted_at IS NULL ORDER BY s.id"), {});
}

Result<RuleSetVersion> RuleSetStore::current(const QString &key)
{
    auto found = select(QStringLiteral("WHERE v.version = s.current_version AND s.key = ? AND s.deleted_at IS NULL"), {key});
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->constFirst();
    QStringList keys;
    if (auto all = current()) {
        for (const RuleSetVersion &v : all.value())
            keys.append(v.definition.key);
    }
    return Error{QCoreApplication::translate("Eligibility", "There is no rule set “%1”; the rule sets are: %2.")
                     .arg(key, keys.join(QStringLiteral(", "))),
                 {}};
}

Result<RuleSetVersion> RuleSetStore::version(qint64 ruleSetId, int version)
{
    auto found = select(QStringLiteral("WHERE v.rule_set_id = ? AND v.version = ?"), {ruleSetId, version});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{QCoreApplication::translate("Eligibility", "Version %1 of the rule set does not exist.").arg(version), {}};
    return found->constFirst();
}

Result<QVector<RuleSetVersion>> RuleSetStore::history(qint64 ruleSetId)
{
    return select(QStringLiteral("WHERE v.rule_set_id = ? ORDER BY v.version DESC"), {ruleSetId});
}

Result<RuleSetVersion> RuleSetStore::save(const RuleSet &definition, const QString &note)
{
    auto all = saveAll({definition}, note);
    if (!all)
        return all.error();
    return all->constFirst();
}

Result<QVector<RuleSetVersion>> RuleSetStore::saveAll(const QVector<RuleSet> &definitions, const QString &note)
{
    for (const RuleSet &d : definitions) {
        if (Status st = validateRuleSet(d); !st)
            return st.error();
    }
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status().error();
    QVector<RuleSetVersion> out;
    for (const RuleSet &d : definitions) {
        auto saved = saveOne(d, note);
        if (!saved)
            return saved.error();
        out.append(saved.value());
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return out;
}

Result<RuleSetVersion> RuleSetStore::saveOne(const RuleSet &definition, const QString &note)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString user = currentOsUser();
    const QString text = definitionText(definition);
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT s.id, s.current_version, v.definition, s.deleted_at IS NOT NULL FROM rule_sets s "
                                                   "JOIN rule_set_versions v ON v.rule_set_id = s.id AND v.version = s.current_version "
                                                   "WHERE s.key = ?"));
        !st)
        return st.error();
    q.addBindValue(definition.key);
    if (Status st = sql::exec(q); !st)
        return st.error();
    qint64 id = 0;
    int version = 1;
    QString previous;
    bool deleted = false;
    if (q.next()) {
        id = q.value(0).toLongLong();
        version = q.value(1).toInt() + 1;
        previous = q.value(2).toString();
        deleted = q.value(3).toBool();
        q.finish();
        if (previous == text && !deleted) // nothing changed: no new version
            return this->version(id, version - 1);
        // Saving a deleted rule set's key again (a rules file from before the deletion) brings it back, with
        // its history, as a new version.
        QSqlQuery up(m_db);
        if (Status st = sql::prepare(up, QStringLiteral("UPDATE rule_sets SET current_version = ?, deleted_at = NULL, "
                                                        "deleted_by = NULL WHERE id = ?"));
            !st)
            return st.error();
        up.addBindValue(version);
        up.addBindValue(id);
        if (Status st = sql::exec(up); !st)
            return st.error();
    } else {
        q.finish();
        QSqlQuery ins(m_db);
        if (Status st = sql::prepare(ins, QStringLiteral("INSERT INTO rule_sets(key, current_version, created_at, created_by) "
                                                         "VALUES (?, 1, ?, ?)"));
            !st)
            return st.error();
        ins.addBindValue(definition.key);
        ins.addBindValue(now);
        ins.addBindValue(user);
        if (Status st = sql::exec(ins); !st)
            return st.error();
        id = ins.lastInsertId().toLongLong();
    }
    QSqlQuery v(m_db);
    if (Status st = sql::prepare(v, QStringLiteral("INSERT INTO rule_set_versions(rule_set_id, version, definition, saved_at, "
                                                   "saved_by, note) VALUES (?, ?, ?, ?, ?, ?)"));
        !st)
        return st.error();
    v.addBindValue(id);
    v.addBindValue(version);
    v.addBindValue(text);
    v.addBindValue(now);
    v.addBindValue(user);
    v.addBindValue(sql::textValue(note));
    if (Status st = sql::exec(v); !st)
        return st.error();
    AuditLog audit(m_db);
    if (Status st = audit.record(m_source, version == 1 ? QStringLiteral("insert") : QStringLiteral("update"),
                                 QStringLiteral("rule_set"), definition.key, QStringLiteral("definition"), previous, text);
        !st)
        return st.error();
    RuleSetVersion out;
    out.ruleSetId = id;
    out.version = version;
    out.definition = definition;
    out.savedAt = QDateTime::fromString(now, Qt::ISODate);
    out.savedBy = user;
    out.note = note;
    return out;
}

Result<bool> RuleSetStore::keyTaken(const QString &key)
{
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT 1 FROM rule_sets WHERE key = ?")); !st)
        return st.error();
    q.addBindValue(key);
    if (Status st = sql::exec(q); !st)
        return st.error();
    return q.next();
}

Result<RuleSetStore::DeletionImpact> RuleSetStore::deletionImpact(qint64 ruleSetId)
{
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT (SELECT count(*) FROM rule_set_versions WHERE rule_set_id = ?), "
                                                   "(SELECT count(*) FROM eligibility_verdicts WHERE rule_set_id = ?), "
                                                   "(SELECT count(*) FROM eligibility_overrides WHERE rule_set_id = ? "
                                                   "AND revoked_at IS NULL)"));
        !st)
        return st.error();
    for (int i = 0; i < 3; ++i)
        q.addBindValue(ruleSetId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    DeletionImpact impact;
    if (q.next()) {
        impact.versions = q.value(0).toInt();
        impact.storedVerdicts = q.value(1).toLongLong();
        impact.activeOverrides = q.value(2).toInt();
    }
    return impact;
}

Status RuleSetStore::remove(qint64 ruleSetId, const QString &reason)
{
    QSqlQuery find(m_db);
    if (Status st = sql::prepare(find, QStringLiteral("SELECT s.key, v.definition FROM rule_sets s JOIN rule_set_versions v "
                                                      "ON v.rule_set_id = s.id AND v.version = s.current_version "
                                                      "WHERE s.id = ? AND s.deleted_at IS NULL"));
        !st)
        return st;
    find.addBindValue(ruleSetId);
    if (Status st = sql::exec(find); !st)
        return st;
    if (!find.next())
        return Error{QCoreApplication::translate("Eligibility", "The rule set to delete no longer exists."), {}};
    const QString key = find.value(0).toString();
    const QString definition = find.value(1).toString();
    find.finish();
    if (isBuiltIn(key)) {
        return Error{QCoreApplication::translate("Eligibility", "The rule set “%1” is built in and cannot be deleted; "
                                                                "edit its rules instead.")
                         .arg(key),
                     {}};
    }
    const QString why = reason.trimmed().isEmpty()
        ? QCoreApplication::translate("Eligibility", "rule set “%1” deleted").arg(key)
        : reason.trimmed();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString user = currentOsUser();
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status();
    AuditLog audit(m_db);
    // Overrides in force end with the rule set, each one said so in its history and the audit trail: an
    // override never disappears silently.
    QSqlQuery overrides(m_db);
    if (Status st = sql::prepare(overrides, QStringLiteral("SELECT o.id, coalesce(a.employee_id, ''), o.verdict, o.reason "
                                                           "FROM eligibility_overrides o LEFT JOIN alumni a ON a.id = o.alumnus_id "
                                                           "WHERE o.rule_set_id = ? AND o.revoked_at IS NULL"));
        !st)
        return st;
    overrides.addBindValue(ruleSetId);
    if (Status st = sql::exec(overrides); !st)
        return st;
    struct Ended {
        qint64 id;
        QString employeeId;
        QString before;
    };
    QVector<Ended> ended;
    while (overrides.next()) {
        ended.append({overrides.value(0).toLongLong(), overrides.value(1).toString(),
                      QStringLiteral("%1: %2").arg(verdictLabel(Verdict(overrides.value(2).toInt())), overrides.value(3).toString())});
    }
    overrides.finish();
    QSqlQuery revoke(m_db);
    if (Status st = sql::prepare(revoke, QStringLiteral("UPDATE eligibility_overrides SET revoked_at = ?, revoked_by = ?, "
                                                        "revoke_reason = ? WHERE id = ?"));
        !st)
        return st;
    for (const Ended &e : ended) {
        revoke.addBindValue(now);
        revoke.addBindValue(user);
        revoke.addBindValue(why);
        revoke.addBindValue(e.id);
        if (Status st = sql::exec(revoke); !st)
            return st;
        if (Status st = audit.record(m_source, QStringLiteral("revoke_override"), QStringLiteral("eligibility_override"),
                                     e.employeeId, key, e.before, why);
            !st)
            return st;
    }
    // The stored verdicts are derived data: nobody can filter or count by a deleted rule set.
    for (const QString &table : {QStringLiteral("eligibility_verdicts"), QStringLiteral("eligibility_runs")}) {
        QSqlQuery del(m_db);
        if (Status st = sql::prepare(del, QStringLiteral("DELETE FROM %1 WHERE rule_set_id = ?").arg(table)); !st)
            return st;
        del.addBindValue(ruleSetId);
        if (Status st = sql::exec(del); !st)
            return st;
    }
    QSqlQuery mark(m_db);
    if (Status st = sql::prepare(mark, QStringLiteral("UPDATE rule_sets SET deleted_at = ?, deleted_by = ? WHERE id = ?")); !st)
        return st;
    mark.addBindValue(now);
    mark.addBindValue(user);
    mark.addBindValue(ruleSetId);
    if (Status st = sql::exec(mark); !st)
        return st;
    if (Status st = audit.record(m_source, QStringLiteral("delete"), QStringLiteral("rule_set"), key, QStringLiteral("definition"),
                                 definition, why);
        !st)
        return st;
    return tx.commit();
}

} // namespace alumnidesk::eligibility
