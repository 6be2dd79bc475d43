#pragma once

#include <QSqlDatabase>

namespace alumnidesk {

class StoreBackend;

/// For the length of a scope, the file's only connection writes through a rollback journal rather than the
/// write-ahead log when the backend can (StoreBackend::enterSoleWriterJournal): a bulk load into a file that
/// no one else has open then writes its new pages once. Constructed before the write transaction and
/// destroyed after it (the mode cannot change inside one); if another connection has the file open nothing
/// changes. A mode that cannot be put back is put back by the next open (every connection sets WAL).
class SoleWriterJournal {
public:
    SoleWriterJournal(QSqlDatabase db, const StoreBackend &backend);
    ~SoleWriterJournal();
    SoleWriterJournal(const SoleWriterJournal &) = delete;
    SoleWriterJournal &operator=(const SoleWriterJournal &) = delete;

    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    bool m_active = false;
};

} // namespace alumnidesk
