#include "roster/RosterLoader.h"
#include "roster/RosterLoaderWorker.h"

#include "db/Database.h"
#include "roster/RosterQuery.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <limits>

namespace alumnidesk::ui {

RosterLoaderWorker::RosterLoaderWorker(const Database *db, std::shared_ptr<std::atomic<quint64>> latest)
    : m_db(db)
    , m_latest(std::move(latest))
{
}

RosterLoaderWorker::~RosterLoaderWorker() = default;

void RosterLoaderWorker::shutdown()
{
    {
        std::lock_guard<std::mutex> lock(m_interruptMutex);
        m_interrupt = {};
    }
    m_query.reset();
    m_connection.reset();
}

void RosterLoaderWorker::load(quint64 generation, const RosterFilter &filter, const RosterSort &sort)
{
    // Requests queue up while the user types; only the newest one is worth running.
    if (generation < m_latest->load())
        return;
    if (!m_connection) {
        auto conn = m_db->openConnection();
        if (!conn) {
            emit failed(generation, conn.errorText());
            return;
        }
        m_connection = conn.value();
        m_query = std::make_unique<RosterQuery>(m_connection->db(), m_db->backend());
        std::lock_guard<std::mutex> lock(m_interruptMutex);
        m_interrupt = m_db->backend().interrupter(m_connection->db());
    }
    QElapsedTimer timer;
    timer.start();
    // The query polls this while rows stream in; a newer request makes it stop early.
    const auto latest = m_latest;
    auto ids = m_query->orderedIds(filter, sort, [latest, generation] { return generation < latest->load(); });
    if (generation < m_latest->load())
        return;
    if (!ids) {
        emit failed(generation, ids.errorText());
        return;
    }
    emit loaded(generation, ids.value(), timer.elapsed());
}

void RosterLoaderWorker::interrupt()
{
    std::lock_guard<std::mutex> lock(m_interruptMutex);
    if (m_interrupt)
        m_interrupt();
}

RosterLoader::RosterLoader(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<alumnidesk::RosterFilter>("alumnidesk::RosterFilter");
    qRegisterMetaType<alumnidesk::RosterSort>("alumnidesk::RosterSort");
    qRegisterMetaType<QVector<qint64>>("QVector<qint64>");
}

RosterLoader::~RosterLoader()
{
    stopThread();
}

void RosterLoader::stopThread()
{
    if (!m_thread)
        return;
    m_latest->store(std::numeric_limits<quint64>::max()); // cancel whatever runs
    // A sort without an index does its work before the first row, where the cancel flag is not looked at:
    // interrupt it, or the blocking call below would freeze the window until the sort ends.
    m_worker->interrupt();
    QMetaObject::invokeMethod(m_worker, &RosterLoaderWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_latest = std::make_shared<std::atomic<quint64>>(0);
}

void RosterLoader::setDatabase(Database *db)
{
    stopThread();
    if (!db)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("RosterLoader"));
    m_worker = new RosterLoaderWorker(db, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &RosterLoaderWorker::loaded, this, &RosterLoader::loaded);
    connect(m_worker, &RosterLoaderWorker::failed, this, &RosterLoader::failed);
    m_thread->start();
}

void RosterLoader::request(quint64 generation, const RosterFilter &filter, const RosterSort &sort)
{
    if (!m_worker)
        return;
    m_latest->store(generation);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, generation, filter, sort] { w->load(generation, filter, sort); });
}

} // namespace alumnidesk::ui
