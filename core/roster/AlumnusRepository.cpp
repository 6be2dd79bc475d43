#include "roster/AlumnusRepository.h"

#include "db/Database.h"
#include "db/WriteTransaction.h"
#include "roster/AlumnusJson.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace alumnidesk {

namespace {

const QString kEntity = QStringLiteral("alumnus");

Error invalid(const QVector<ValidationIssue> &issues)
{
    return {QCoreApplication::translate("Roster", "The record was not saved:"), describe(issues)};
}

} // namespace

AlumnusRepository::AlumnusRepository(Database &db, QString source)
    : m_db(db.sql())
    , m_backend(db.backend())
    , m_rows(db.sql(), db.backend())
    , m_audit(db.sql())
    , m_source(std::move(source))
{
}

Result<Alumnus> AlumnusRepository::load(qint64 id)
{
    return m_rows.load(id);
}

Result<Alumnus> AlumnusRepository::loadByEmployeeId(const QString &employeeId)
{
    const QString key = text::normalizeEmployeeId(employeeId);
    auto id = m_rows.idForEmployeeId(key);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Error{QCoreApplication::translate("Roster", "No alumnus has the employee ID “%1”.").arg(key), {}};
    return m_rows.load(id.value());
}

QVector<ValidationIssue> AlumnusRepository::check(const Alumnus &in)
{
    const Alumnus a = normalized(in);
    QVector<ValidationIssue> issues = validate(a);
    if (!a.employeeId.isEmpty()) {
        auto existing = m_rows.idForEmployeeId(a.employeeId);
        if (existing && existing.value() != 0 && existing.value() != a.id) {
            QString who;
            if (auto other = m_rows.load(existing.value()))
                who = other->displayName();
            issues.append({QStringLiteral("employee_id"),
                           QCoreApplication::translate("Roster", "Employee ID “%1” already belongs to %2.").arg(a.employeeId, who)});
        }
    }
    return issues;
}

Result<qint64> AlumnusRepository::add(const Alumnus &a)
{
    Alumnus fresh = a;
    fresh.id = 0;
    return addImpl(fresh, QStringLiteral("insert"));
}

Status AlumnusRepository::restore(const Alumnus &snapshot)
{
    if (snapshot.id == 0)
        return Error{QCoreApplication::translate("Roster", "Only a deleted record can be restored."), {}};
    auto r = addImpl(snapshot, QStringLiteral("restore"));
    if (!r)
        return r.error();
    return {};
}

Result<qint64> AlumnusRepository::addImpl(const Alumnus &in, const QString &action)
{
    const Alumnus a = normalized(in);
    if (const auto issues = check(a); !issues.isEmpty())
        return invalid(issues);
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status().error();
    auto id = m_rows.insert(a);
    if (!id)
        return id.error();
    if (Status st = m_audit.record(m_source, action, kEntity, a.employeeId, {}, {}, a.displayName()); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id.value();
}

Status AlumnusRepository::save(const Alumnus &in)
{
    const Alumnus a = normalized(in);
    if (const auto issues = check(a); !issues.isEmpty())
        return invalid(issues);
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status();
    auto before = m_rows.load(a.id);
    if (!before)
        return before.error();
    const auto oldFields = auditFields(before.value());
    const auto newFields = auditFields(a);
    bool changed = false;
    for (int i = 0; i < oldFields.size(); ++i) {
        if (oldFields.at(i).second == newFields.at(i).second)
            continue;
        changed = true;
        if (Status st = m_audit.record(m_source, QStringLiteral("update"), kEntity, before->employeeId,
                                       oldFields.at(i).first, oldFields.at(i).second, newFields.at(i).second);
            !st)
            return st;
    }
    if (!changed)
        return {};
    Alumnus toWrite = a;
    toWrite.createdAt = before->createdAt;
    if (Status st = m_rows.update(toWrite); !st)
        return st;
    return tx.commit();
}

Status AlumnusRepository::remove(qint64 id)
{
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status();
    auto before = m_rows.load(id);
    if (!before)
        return before.error();
    const QString snapshot = QString::fromUtf8(QJsonDocument(toJson(before.value())).toJson(QJsonDocument::Compact));
    if (Status st = m_audit.record(m_source, QStringLiteral("delete"), kEntity, before->employeeId, {}, snapshot, {}); !st)
        return st;
    if (Status st = m_rows.remove(id); !st)
        return st;
    return tx.commit();
}

} // namespace alumnidesk
