#include "roster/CheckConstraintPause.h"

#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk {

CheckConstraintPause::CheckConstraintPause(QSqlDatabase db, const StoreBackend &backend)
    : m_db(db)
    , m_backend(backend)
    , m_off(backend.suspendCheckConstraints(m_db))
{
}

CheckConstraintPause::~CheckConstraintPause()
{
    resume();
}

void CheckConstraintPause::resume()
{
    if (!m_off)
        return;
    m_backend.resumeCheckConstraints(m_db);
    m_off = false;
}

Status CheckConstraintPause::resumeAndVerify(qint64 firstId)
{
    const bool wasOff = m_off;
    resume();
    return wasOff ? verifyMembershipStatuses(m_db, firstId) : Status();
}

Status verifyMembershipStatuses(QSqlDatabase &db, qint64 firstId)
{
    QStringList keys;
    for (const auto &term : vocabulary::membershipStatuses())
        keys.append(term.key);
    QStringList marks;
    for (int i = 0; i < keys.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT employee_id, membership_status FROM alumni "
                                                   "WHERE id >= ? AND membership_status NOT IN (%1) LIMIT 1")
                                        .arg(marks.join(QStringLiteral(", "))));
        !st)
        return st;
    q.bindValue(0, firstId);
    for (int i = 0; i < keys.size(); ++i)
        q.bindValue(i + 1, keys.at(i));
    if (!q.exec())
        return sql::queryError(q, QCoreApplication::translate("Roster", "The roster could not be read."));
    if (q.next())
        return Error{QCoreApplication::translate("Roster", "Employee %1 has an unknown membership status “%2”; "
                                                           "nothing was loaded.")
                         .arg(q.value(0).toString(), q.value(1).toString()),
                     {}};
    return {};
}

} // namespace alumnidesk
