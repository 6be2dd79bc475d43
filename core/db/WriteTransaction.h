// RAII write transaction: rolled back unless commit() succeeded, so an error path can simply return.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace alumnidesk {

class StoreBackend;

class WriteTransaction {
public:
    WriteTransaction(QSqlDatabase &db, const StoreBackend &backend);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Whether BEGIN succeeded; when false, status() says why.
    bool started() const { return m_started.ok(); }
    const Status &status() const { return m_started; }
    Status commit();

private:
    QSqlDatabase &m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace alumnidesk
