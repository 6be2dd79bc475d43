// Computes, on a worker thread with its own database connection, the ordered ids of everyone a filter and
// sort select, so that searching and re-sorting a million alumni never blocks the window. Requests carry a
// generation number; a newer request cancels an older one that is still streaming.
#pragma once

#include "roster/RosterFilter.h"

#include <QObject>
#include <QThread>
#include <QVector>

#include <atomic>
#include <memory>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class RosterLoaderWorker;

class RosterLoader : public QObject {
    Q_OBJECT
public:
    explicit RosterLoader(QObject *parent = nullptr);
    ~RosterLoader() override;

    /// Points the worker at another database file (stops any work on the previous one). nullptr detaches.
    void setDatabase(Database *db);
    /// Starts loading; `generation` must grow with every request. Older requests still running are cancelled.
    void request(quint64 generation, const RosterFilter &filter, const RosterSort &sort);

signals:
    void loaded(quint64 generation, const QVector<qint64> &ids, qint64 elapsedMs);
    void failed(quint64 generation, const QString &message);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    RosterLoaderWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace alumnidesk::ui
