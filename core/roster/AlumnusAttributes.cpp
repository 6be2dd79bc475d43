#include "roster/AlumnusAttributes.h"

#include "db/StoreBackend.h"

namespace alumnidesk {

AlumnusAttributes::AlumnusAttributes(QSqlDatabase db, const StoreBackend &backend)
    : m_db(std::move(db))
    , m_backend(backend)
{
}

AlumnusAttributes::~AlumnusAttributes() = default;

Statement *AlumnusAttributes::prepared(std::unique_ptr<Statement> &slot, const QString &sqlText, Status *st)
{
    if (!slot) {
        auto s = m_backend.prepare(m_db, sqlText);
        if (!s) {
            *st = s.error();
            return nullptr;
        }
        slot = std::move(s.value());
    }
    *st = Status();
    return slot.get();
}

Result<Attributes> AlumnusAttributes::load(qint64 alumnusId)
{
    Status st;
    Statement *q = prepared(m_load, QStringLiteral("SELECT name, value FROM alumnus_attributes WHERE alumnus_id = ? ORDER BY name"), &st);
    if (!q)
        return st.error();
    q->bindValue(0, alumnusId);
    if (Status run = q->exec(); !run)
        return run.error();
    Attributes out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    q->finish();
    return out;
}

Status AlumnusAttributes::set(qint64 alumnusId, const Attributes &attributes)
{
    Status st;
    Statement *q = prepared(m_upsert, QStringLiteral("INSERT INTO alumnus_attributes(alumnus_id, name, value) VALUES (?, ?, ?) "
                                                     "ON CONFLICT(alumnus_id, name) DO UPDATE SET value = excluded.value"),
                            &st);
    if (!q)
        return st;
    for (const auto &a : attributes) {
        q->bindValue(0, alumnusId);
        q->bindValue(1, a.first);
        q->bindValue(2, a.second);
        if (Status run = q->exec(); !run)
            return run;
    }
    return {};
}

Status AlumnusAttributes::replace(qint64 alumnusId, const Attributes &attributes)
{
    Status st;
    Statement *q = prepared(m_clear, QStringLiteral("DELETE FROM alumnus_attributes WHERE alumnus_id = ?"), &st);
    if (!q)
        return st;
    q->bindValue(0, alumnusId);
    if (Status run = q->exec(); !run)
        return run;
    return set(alumnusId, attributes);
}

} // namespace alumnidesk
