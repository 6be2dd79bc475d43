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
    , m_attributes(db.sql(), db.backend())
    , m_audit(db.sql())
    , m_source(std::move(source))
{
}

Result<Alumnus> AlumnusRepository::withAttributes(Result<Alumnus> loaded)
{
    if (!loaded)
        return loaded;
    auto attributes = m_attributes.load(loaded->id);
    if (!attributes)
        return attributes.error();
    loaded->attributes = attributes.value();
    return loaded;
}

Result<Alumnus> AlumnusRepository::load(qint64 id)
{
    return withAttributes(m_rows.load(id));
}

Result<Alumnus> AlumnusRepository::loadByEmployeeId(const QString &employeeId)
{
    const QString key = text::normalizeEmployeeId(employeeId);
    auto id = m_rows.idForEmployeeId(key);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Error{QCoreApplication::translate("Roster", "No alumnus has the employee ID “%1”.").arg(key), {}};
    return load(id.value());
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
    if (!a.attributes.isEmpty()) {
        if (Status st = m_attributes.replace(id.value(), a.attributes); !st)
            return st.error();
    }
    if (Status st = m_audit.record(m_source, action, kEntity, a.employeeId, {}, {}, a.displayName()); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id.value();
}

Status AlumnusRepository::save(const Alumnus &a)
{
    return saveImpl(a, nullptr);
}

Status AlumnusRepository::save(const Alumnus &a, const Alumnus &expected)
{
    return saveImpl(a, &expected);
}

Error AlumnusRepository::conflict(const Alumnus &stored)
{
    QString who = QCoreApplication::translate("Roster", "someone else");
    QString when;
    if (auto h = AuditLog::history(m_db, kEntity, stored.employeeId, 1); h && !h->isEmpty()) {
        who = h->constFirst().user;
        when = h->constFirst().at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    } else if (stored.updatedAt.isValid()) {
        when = stored.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    const QString message = when.isEmpty()
        ? QCoreApplication::translate("Roster", "%1 was changed by %2 after you opened it. Nothing was saved, so that "
                                                "their change is not overwritten: open the record again and redo your edit.")
              .arg(stored.displayName(), who)
        : QCoreApplication::translate("Roster", "%1 was changed by %2 at %3, after you opened it. Nothing was saved, so "
                                                "that their change is not overwritten: open the record again and redo your edit.")
              .arg(stored.displayName(), who, when);
    return {message, {}};
}

Status AlumnusRepository::saveImpl(const Alumnus &in, const Alumnus *expected)
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
    // Checked under the write lock, so no other writer can slip in between the check and the write.
    if (expected && !sameAuditedContent(before.value(), normalized(*expected)))
        return conflict(before.value());
    const auto oldFields = auditFields(before.value());
    const auto newFields = auditFields(a);
    bool changed = false;
    for (int i = 0; i < oldFields.size(); ++i) {
        if (oldFields.at(i).second == newFields.at(i).second)
            continue;
        changed = true;
        // Under the ID the person has from now on: a change of ID is then found from the new ID, with the
        // old one as its old value (AuditLog::alumnusHistory follows it).
        if (Status st = m_audit.record(m_source, QStringLiteral("update"), kEntity, a.employeeId,
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
    auto before = load(id);
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
