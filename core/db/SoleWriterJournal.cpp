#include "db/SoleWriterJournal.h"

#include "db/StoreBackend.h"

namespace alumnidesk {

SoleWriterJournal::SoleWriterJournal(QSqlDatabase db, const StoreBackend &backend)
    : m_db(db)
    , m_backend(backend)
    , m_active(backend.enterSoleWriterJournal(m_db))
{
}

SoleWriterJournal::~SoleWriterJournal()
{
    if (!m_active)
        return;
    if (Status st = m_backend.leaveSoleWriterJournal(m_db); !st)
        qWarning("AlumniDesk: the roster stays in rollback-journal mode until it is opened again: %s", qPrintable(st.errorText()));
}

} // namespace alumnidesk
