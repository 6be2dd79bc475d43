// Every roster edit is an undo command. Each writes to the file as it is done, and its undo writes the
// reversal, so the database always matches what the user sees. A command that cannot be applied (the file
// became read-only, the record vanished) reports why and makes itself obsolete.
#pragma once

#include "roster/Alumnus.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace alumnidesk::ui {

class RosterService;

/// Called with a message when a command could not be applied.
using CommandErrorHandler = std::function<void(const QString &)>;

class AddAlumnusCommand : public QUndoCommand {
public:
    AddAlumnusCommand(RosterService *service, Alumnus alumnus, CommandErrorHandler onError);
    void redo() override;
    void undo() override;
    /// Row id given on first redo (0 if it failed).
    qint64 alumnusId() const { return m_alumnus.id; }

private:
    RosterService *m_service;
    Alumnus m_alumnus;
    CommandErrorHandler m_onError;
    bool m_added = false;
};

class EditAlumnusCommand : public QUndoCommand {
public:
    EditAlumnusCommand(RosterService *service, Alumnus before, Alumnus after, CommandErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    void apply(const Alumnus &a, const Alumnus &expected);

    RosterService *m_service;
    Alumnus m_before;
    Alumnus m_after;
    CommandErrorHandler m_onError;
};

class DeleteAlumnusCommand : public QUndoCommand {
public:
    DeleteAlumnusCommand(RosterService *service, Alumnus snapshot, CommandErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    RosterService *m_service;
    Alumnus m_snapshot;
    CommandErrorHandler m_onError;
};

} // namespace alumnidesk::ui
