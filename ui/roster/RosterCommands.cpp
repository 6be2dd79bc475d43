#include "roster/RosterCommands.h"

#include "roster/RosterService.h"

#include <QCoreApplication>

namespace alumnidesk::ui {

namespace {

} // namespace

AddAlumnusCommand::AddAlumnusCommand(RosterService *service, Alumnus alumnus, CommandErrorHandler onError)
    : m_service(service)
    , m_alumnus(std::move(alumnus))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("RosterCommands", "Add %1").arg(m_alumnus.displayName()));
}

void AddAlumnusCommand::redo()
{
    if (!m_added) {
        auto id = m_service->add(m_alumnus);
        if (!id) {
            setObsolete(true);
            m_onError(id.errorText());
            return;
        }
        m_added = true;
        // Keep the stored form (with its row id and stint ids) so undo/redo put back exactly this record.
        if (auto stored = m_service->load(id.value()))
            m_alumnus = stored.value();
        else
            m_alumnus.id = id.value();
        return;
    }
    if (Status st = m_service->restore(m_alumnus); !st) {
        setObsolete(true);
        m_onError(st.errorText());
    }
}

void AddAlumnusCommand::undo()
{
    if (Status st = m_service->remove(m_alumnus.id); !st) {
        setObsolete(true);
        m_onError(st.errorText());
    }
}

EditAlumnusCommand::EditAlumnusCommand(RosterService *service, Alumnus before, Alumnus after, CommandErrorHandler onError)
    : m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("RosterCommands", "Edit %1").arg(m_after.displayName()));
}

void EditAlumnusCommand::apply(const Alumnus &a, const Alumnus &expected)
{
    // Another window or process may have edited the same person since: refuse rather than overwrite.
    if (Status st = m_service->save(a, expected); !st) {
        setObsolete(true);
        m_onError(st.errorText());
    }
}

void EditAlumnusCommand::redo()
{
    apply(m_after, m_before);
    // New stints got ids when first saved; remember them so undo and a later redo match rows by id.
    if (!isObsolete()) {
        if (auto stored = m_service->load(m_after.id))
            m_after = stored.value();
    }
}

void EditAlumnusCommand::undo()
{
    apply(m_before, m_after);
}

DeleteAlumnusCommand::DeleteAlumnusCommand(RosterService *service, Alumnus snapshot, CommandErrorHandler onError)
    : m_service(service)
    , m_snapshot(std::move(snapshot))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("RosterCommands", "Delete %1").arg(m_snapshot.displayName()));
}

void DeleteAlumnusCommand::redo()
{
    if (Status st = m_service->remove(m_snapshot.id); !st) {
        setObsolete(true);
        m_onError(st.errorText());
    }
}

void DeleteAlumnusCommand::undo()
{
    if (Status st = m_service->restore(m_snapshot); !st) {
        setObsolete(true);
        m_onError(st.errorText());
    }
}

} // namespace alumnidesk::ui
