#include "db/WriteTransaction.h"

#include "db/SqlUtil.h"
#include "db/StoreBackend.h"

namespace alumnidesk {

WriteTransaction::WriteTransaction(QSqlDatabase &db, const StoreBackend &backend)
    : m_db(db)
    , m_started(backend.beginWrite(db))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_started.ok() && !m_done)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
}

Status WriteTransaction::commit()
{
    if (!m_started)
        return m_started;
    Status st = sql::exec(m_db, QStringLiteral("COMMIT"));
    if (st)
        m_done = true;
    return st;
}

} // namespace alumnidesk
