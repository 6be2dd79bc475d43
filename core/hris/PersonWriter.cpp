#include "hris/PersonWriter.h"

#include "db/Statement.h"

#include "db/AuditLog.h"
#include "db/StoreBackend.h"
#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace alumnidesk::hris {

QString importSnapshot(const Alumnus &a, const Attributes &attributes)
{
    QJsonObject o = toJson(a);
    QJsonArray attrs;
    for (const auto &attr : attributes)
        attrs.append(QJsonArray{attr.first, attr.second});
    o.insert(QStringLiteral("attributes"), attrs);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PersonWriter::PersonWriter(QSqlDatabase db, const StoreBackend &backend, qint64 importId, QString auditSource, bool auditInserts)
    : m_db(db)
    , m_backend(backend)
    , m_importId(importId)
    , m_source(std::move(auditSource))
    , m_auditInserts(auditInserts)
    , m_rows(std::make_unique<AlumnusRows>(db, backend))
    , m_attributes(std::make_unique<AlumnusAttributes>(db, backend))
    , m_audit(std::make_unique<AuditLog>(db))
{
}

PersonWriter::~PersonWriter() = default;

Status PersonWriter::prepare()
{
    auto change = m_backend.prepare(m_db, QStringLiteral("INSERT INTO import_changes(import_id, alumnus_id, action, before) "
                                                         "VALUES (?, ?, ?, ?)"));
    if (!change)
        return change.error();
    m_change = std::move(change).value();
    return {};
}

Status PersonWriter::write(const PlannedPerson &p)
{
    if (p.action == PlannedPerson::Unchanged)
        return {};
    qint64 id = p.before.id;
    if (p.action == PlannedPerson::Insert) {
        auto inserted = m_rows->insert(p.after);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (m_auditInserts) {
            if (Status st = m_audit->record(m_source, QStringLiteral("insert"), QStringLiteral("alumnus"), p.after.employeeId,
                                            {}, {}, p.after.displayName());
                !st)
                return st;
        }
    } else {
        Alumnus toWrite = p.after;
        toWrite.createdAt = p.before.createdAt;
        if (Status st = m_rows->update(toWrite); !st)
            return st;
        for (const FieldChange &c : p.changes) {
            if (Status st = m_audit->record(m_source, QStringLiteral("update"), QStringLiteral("alumnus"), p.after.employeeId,
                                            c.field, c.oldValue, c.newValue);
                !st)
                return st;
        }
    }
    if (Status st = m_attributes->set(id, p.attributes); !st)
        return st;
    Statement &c = *m_change;
    c.bindValue(0, m_importId);
    c.bindValue(1, id);
    c.bindValue(2, p.action == PlannedPerson::Insert ? QStringLiteral("insert") : QStringLiteral("update"));
    c.bindValue(3, p.action == PlannedPerson::Insert ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(importSnapshot(p.before, p.attributesBefore)));
    return c.exec();
}

} // namespace alumnidesk::hris
