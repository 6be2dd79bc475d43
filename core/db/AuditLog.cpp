#include "db/AuditLog.h"

#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QVariant>

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

} // namespace alumnidesk
