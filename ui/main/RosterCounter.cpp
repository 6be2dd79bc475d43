#include "main/RosterCounter.h"

#include "common/BackgroundJob.h"

#include "db/Database.h"
#include "roster/RosterQuery.h"

namespace alumnidesk::ui {

RosterCounter::RosterCounter(QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::finished, this, [this] {
        if (m_result && *m_result >= 0)
            emit counted(*m_result);
    });
}

RosterCounter::~RosterCounter() = default;

void RosterCounter::recount(const Database *db)
{
    m_job->cancelAndWait();
    m_result.reset();
    if (!db)
        return;
    auto result = std::make_shared<qint64>(-1);
    m_result = result;
    m_job->start([db, result](BackgroundJob &) {
        // A connection of the worker's own: connections belong to the thread that made them.
        auto conn = db->openConnection();
        if (!conn)
            return;
        RosterQuery query(conn.value()->db(), db->backend());
        if (auto n = query.count(RosterFilter()))
            *result = n.value();
    });
}

} // namespace alumnidesk::ui
