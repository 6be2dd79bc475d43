#include "db/AuditLog.h"

#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QVariant>

#include <limits>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace alumnidesk {

QString currentOsUser()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
#ifdef Q_OS_UNIX
    // Services and cron jobs often run without USER set; the account database still knows who it is.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(m_db)
    , m_user(currentOsUser())
{
}

Status AuditLog::record(const QString &source, const QString &action, const QString &entity,
                        const QString &entityKey, const QString &field, const QString &oldValue,
                        const QString &newValue)
{
    if (!m_prepared) {
        if (Status st = sql::prepare(m_insert, QStringLiteral(
                                                   "INSERT INTO audit_log(at, user, source, action, entity, entity_key, "
                                                   "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !st)
            return st;
        m_prepared = true;
    }
    auto orNull = [](const QString &s) { return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    m_insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_insert.addBindValue(m_user);
    m_insert.addBindValue(source);
    m_insert.addBindValue(action);
    m_insert.addBindValue(entity);
    m_insert.addBindValue(entityKey);
    m_insert.addBindValue(orNull(field));
    m_insert.addBindValue(orNull(oldValue));
    m_insert.addBindValue(orNull(newValue));
    return sql::exec(m_insert);
}

Result<QVector<AuditEntry>> AuditLog::history(QSqlDatabase &db, const QString &entity, const QString &entityKey,
                                              int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT id, at, user, source, action, entity, entity_key, field, "
                                                   "old_value, new_value FROM audit_log WHERE entity = ? AND "
                                                   "entity_key = ? ORDER BY id DESC LIMIT ?"));
        !st)
        return st.error();
    q.addBindValue(entity);
    q.addBindValue(entityKey);
    q.addBindValue(limit);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.source = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityKey = q.value(6).toString();
        e.field = q.value(7).toString();
        e.oldValue = q.value(8).toString();
        e.newValue = q.value(9).toString();
        out.append(e);
    }
    return out;
}

Result<QVector<AuditEntry>> AuditLog::alumnusHistory(QSqlDatabase &db, const QString &employeeId, int limit)
{
    static const QString kEntity = QStringLiteral("alumnus");
    // Each key with the audit ids that are this person's under it: from the person's "insert" under that key
    // (earlier entries are a former holder's, should the ID have been given again) up to the change away from it.
    struct Span {
        QString key;
        qint64 from = 0;
        qint64 below = std::numeric_limits<qint64>::max();
    };
    QVector<Span> spans{{employeeId, 0, std::numeric_limits<qint64>::max()}};
    QSqlQuery inserted(db);
    inserted.setForwardOnly(true);
    if (Status st = sql::prepare(inserted, QStringLiteral("SELECT max(id) FROM audit_log WHERE entity = ? AND "
                                                          "entity_key = ? AND action = 'insert' AND id < ?"));
        !st)
        return st.error();
    QSqlQuery renames(db);
    renames.setForwardOnly(true);
    if (Status st = sql::prepare(renames, QStringLiteral("SELECT id, old_value FROM audit_log WHERE entity = ? AND "
                                                         "entity_key = ? AND field = 'employee_id' AND id >= ? AND "
                                                         "id < ? ORDER BY id DESC"));
        !st)
        return st.error();
    // A chain of renames is short; the bound stops a cycle (A → B → A) from running forever.
    for (int i = 0; i < spans.size() && spans.size() < 32; ++i) {
        inserted.addBindValue(kEntity);
        inserted.addBindValue(spans.at(i).key);
        inserted.addBindValue(spans.at(i).below);
        if (Status st = sql::exec(inserted); !st)
            return st.error();
        if (inserted.next())
            spans[i].from = inserted.value(0).toLongLong(); // NULL (no insert under this key): 0, from the start
        inserted.finish();
        renames.addBindValue(kEntity);
        renames.addBindValue(spans.at(i).key);
        renames.addBindValue(spans.at(i).from);
        renames.addBindValue(spans.at(i).below);
        if (Status st = sql::exec(renames); !st)
            return st.error();
        while (renames.next()) {
            const QString old = renames.value(1).toString();
            if (!old.isEmpty())
                spans.append({old, 0, renames.value(0).toLongLong()});
        }
    }
    QStringList where;
    for (int i = 0; i < spans.size(); ++i)
        where.append(QStringLiteral("(entity_key = ? AND id >= ? AND id < ?)"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT id, at, user, source, action, entity, entity_key, field, "
                                                   "old_value, new_value FROM audit_log WHERE entity = ? AND (%1) "
                                                   "ORDER BY id DESC LIMIT ?")
                                        .arg(where.join(QStringLiteral(" OR "))));
        !st)
        return st.error();
    q.addBindValue(kEntity);
    for (const Span &span : spans) {
        q.addBindValue(span.key);
        q.addBindValue(span.from);
        q.addBindValue(span.below);
    }
    q.addBindValue(limit);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.source = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityKey = q.value(6).toString();
        e.field = q.value(7).toString();
        e.oldValue = q.value(8).toString();
        e.newValue = q.value(9).toString();
        out.append(e);
    }
    return out;
}

} // namespace alumnidesk
