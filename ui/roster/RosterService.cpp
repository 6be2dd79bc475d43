#include "roster/RosterService.h"

#include "db/Database.h"
#include "roster/AlumnusRepository.h"

#include <QCoreApplication>

namespace alumnidesk::ui {

namespace {

Error noDatabase()
{
    return {QCoreApplication::translate("RosterService", "No roster is open."), {}};
}

} // namespace

RosterService::RosterService(QObject *parent)
    : QObject(parent)
{
}

RosterService::~RosterService() = default;

void RosterService::setDatabase(Database *db)
{
    m_repo.reset();
    m_db = db;
    if (db)
        m_repo = std::make_unique<AlumnusRepository>(*db, QStringLiteral("ui"));
}

Result<Alumnus> RosterService::load(qint64 id)
{
    if (!m_repo)
        return noDatabase();
    return m_repo->load(id);
}

QVector<ValidationIssue> RosterService::check(const Alumnus &a)
{
    if (!m_repo)
        return {{QString(), noDatabase().message}};
    return m_repo->check(a);
}

Result<qint64> RosterService::add(const Alumnus &a)
{
    if (!m_repo)
        return noDatabase();
    auto id = m_repo->add(a);
    if (id)
        emit rosterChanged({id.value()});
    return id;
}

Status RosterService::save(const Alumnus &a)
{
    if (!m_repo)
        return noDatabase();
    Status st = m_repo->save(a);
    if (st)
        emit rosterChanged({a.id});
    return st;
}

Status RosterService::remove(qint64 id)
{
    if (!m_repo)
        return noDatabase();
    Status st = m_repo->remove(id);
    if (st)
        emit rosterChanged({id});
    return st;
}

Status RosterService::save(const Alumnus &a, const Alumnus &expected)
{
    if (!m_repo)
        return noDatabase();
    Status st = m_repo->save(a, expected);
    if (st)
        emit rosterChanged({a.id});
    return st;
}

void RosterService::announceBulkChange()
{
    emit rosterChanged({});
}

Status RosterService::restore(const Alumnus &snapshot)
{
    if (!m_repo)
        return noDatabase();
    Status st = m_repo->restore(snapshot);
    if (st)
        emit rosterChanged({snapshot.id});
    return st;
}

} // namespace alumnidesk::ui
