// The worker half of RosterLoader: lives on the loader's thread and owns that thread's connection.
#pragma once

#include "roster/RosterFilter.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <functional>
#include <mutex>
#include <memory>

namespace alumnidesk {
class Connection;
class Database;
class RosterQuery;
}

namespace alumnidesk::ui {

class RosterLoaderWorker : public QObject {
    Q_OBJECT
public:
    RosterLoaderWorker(const Database *db, std::shared_ptr<std::atomic<quint64>> latest);
    ~RosterLoaderWorker() override;

public slots:
    void load(quint64 generation, const alumnidesk::RosterFilter &filter, const alumnidesk::RosterSort &sort);
    /// Closes the connection on the worker thread, before the thread ends.
    void shutdown();

public:
    /// Stops the statement running now (any thread): shutdown() then need not wait for a slow sort.
    void interrupt();

signals:
    void loaded(quint64 generation, const QVector<qint64> &ids, qint64 elapsedMs);
    void failed(quint64 generation, const QString &message);

private:
    const Database *m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<Connection> m_connection;
    std::unique_ptr<RosterQuery> m_query;
    std::mutex m_interruptMutex; ///< guards m_interrupt against shutdown() closing the connection
    std::function<void()> m_interrupt;
};

} // namespace alumnidesk::ui
