#include "roster/RosterChangeWatcher.h"

#include "db/Database.h"
#include "db/RosterRevision.h"
#include "db/StoreBackend.h"

#include <QGuiApplication>

namespace alumnidesk::ui {

RosterChangeWatcher::RosterChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RosterChangeWatcher::check);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                check();
        });
    }
}

void RosterChangeWatcher::setDatabase(Database *db)
{
    m_db = db;
    remember();
    if (db)
        m_timer.start();
    else
        m_timer.stop();
}

void RosterChangeWatcher::acknowledge()
{
    remember();
}

void RosterChangeWatcher::acknowledgeOtherData()
{
    if (!m_db)
        return;
    // The counter first: a write after this read moves it again and is seen by the next look.
    const qint64 counter = m_db->backend().changeCounter(m_db->sql());
    auto revision = rosterrevision::current(m_db->sql());
    if (revision && revision.value() == m_revision)
        m_counter = counter;
}

void RosterChangeWatcher::remember()
{
    m_counter = -1;
    m_revision = -1;
    if (!m_db)
        return;
    m_counter = m_db->backend().changeCounter(m_db->sql());
    if (auto revision = rosterrevision::current(m_db->sql()))
        m_revision = revision.value();
}

void RosterChangeWatcher::check()
{
    if (!m_db)
        return;
    const qint64 counter = m_db->backend().changeCounter(m_db->sql());
    if (counter == m_counter)
        return;
    m_counter = counter;
    auto revision = rosterrevision::current(m_db->sql());
    if (!revision)
        return; // unreadable now (locked, removed): the next look tries again
    if (revision.value() != m_revision) {
        m_revision = revision.value();
        emit rosterChanged();
    } else {
        emit otherDataChanged();
    }
}

} // namespace alumnidesk::ui
