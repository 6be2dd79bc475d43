#include "eligibility/VerdictRefresher.h"

#include "common/BackgroundJob.h"
#include "db/Database.h"
#include "eligibility/RuleSetStore.h"
#include "eligibility/VerdictTable.h"

#include <QTimer>

namespace alumnidesk::ui {

using namespace eligibility;

namespace {
constexpr int kDelayMs = 400;
}

VerdictRefresher::VerdictRefresher(QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob(this))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, &VerdictRefresher::refreshNow);
    connect(m_job, &BackgroundJob::finished, this, &VerdictRefresher::onFinished);
}

VerdictRefresher::~VerdictRefresher()
{
    m_job->disconnect(this);
    m_job->cancelAndWait();
}

void VerdictRefresher::setDatabase(Database *db)
{
    m_delay->stop();
    m_again = false;
    if (m_job->isRunning()) {
        // The run holds a connection to the old file: it must end before that file closes.
        m_job->disconnect(this);
        m_job->cancelAndWait();
        connect(m_job, &BackgroundJob::finished, this, &VerdictRefresher::onFinished);
    }
    m_db = db;
    setBusy(false);
    if (db)
        refreshNow();
}

void VerdictRefresher::schedule()
{
    if (m_db)
        m_delay->start();
}

void VerdictRefresher::refreshNow()
{
    m_delay->stop();
    if (!m_db)
        return;
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    const Database *db = m_db;
    m_changed = false;
    m_error.clear();
    setBusy(true);
    m_job->start([this, db](BackgroundJob &job) {
        auto connection = db->openConnection();
        if (!connection) {
            m_error = connection.errorText();
            return;
        }
        {
            RuleSetStore store(connection.value()->db(), db->backend(), QStringLiteral("ui"));
            VerdictTable table(connection.value()->db(), db->backend());
            auto sets = store.current();
            if (!sets) {
                m_error = sets.errorText();
                return;
            }
            const QDate today = QDate::currentDate();
            QVector<RuleSetVersion> staleSets;
            for (const RuleSetVersion &set : sets.value()) {
                auto stale = table.isStale(set, today);
                if (!stale) {
                    m_error = stale.errorText();
                    return;
                }
                if (stale.value())
                    staleSets.append(set);
            }
            if (staleSets.isEmpty() || job.isCancelRequested())
                return;
            // Every stale rule set in one pass over the roster.
            if (auto runs = table.refresh(staleSets, today); !runs) {
                m_error = runs.errorText();
                return;
            }
            m_changed = true;
        }
    });
}

void VerdictRefresher::onFinished()
{
    if (!m_error.isEmpty())
        emit failed(m_error);
    emit refreshed(m_changed);
    if (m_again) {
        m_again = false;
        refreshNow();
        return;
    }
    setBusy(false);
}

void VerdictRefresher::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace alumnidesk::ui
