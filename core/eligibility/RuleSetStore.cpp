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

Result<QVector<RuleSetVersion>> RuleSetStore::current()
{
    return select(QStringLiteral("WHERE v.version = s.current_version ORDER BY s.id"), {});
}

Result<RuleSetVersion> RuleSetStore::current(const QString &key)
{
    auto found = select(QStringLiteral("WHERE v.version = s.current_version AND s.key = ?"), {key});
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
    if (Status st = sql::prepare(q, QStringLiteral("SELECT s.id, s.current_version, v.definition FROM rule_sets s "
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
    if (q.next()) {
        id = q.value(0).toLongLong();
        version = q.value(1).toInt() + 1;
        previous = q.value(2).toString();
        q.finish();
        if (previous == text) // nothing changed: no new version
            return this->version(id, version - 1);
        QSqlQuery up(m_db);
        if (Status st = sql::prepare(up, QStringLiteral("UPDATE rule_sets SET current_version = ? WHERE id = ?")); !st)
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

} // namespace alumnidesk::eligibility
