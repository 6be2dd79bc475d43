// Candidacy and opening edits as undo commands, beside MoveCandidacyCommand: each writes through the
// pipeline at once and its undo writes the reversal. Adding is undone by taking the new row back, which the
// core allows only while nothing happened to it since (a moved candidacy, an opening with candidacies are
// history and stay: the undo then says why and changes nothing). Editing is undone by saving the values from
// before, unless someone else changed the record in between. A command the core refuses reports why and
// makes itself obsolete, so it never reaches the stack.
#pragma once

#include "pipeline/Candidacies.h"
#include "pipeline/PipelineTypes.h"

#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <functional>
#include <memory>

namespace alumnidesk::ui {

class PipelineSession;

using PipelineErrorHandler = std::function<void(const QString &)>;

/// Where a command's refusal goes: while the dialog that pushed it waits for the first redo, into message()
/// (the dialog shows it and stays open); after that — an undo or redo from the Edit menu, when the dialog
/// is long gone — into a message box over `laterParent`. The handlers stay safe after the sink is destroyed.
class CommandErrorSink {
public:
    explicit CommandErrorSink(QWidget *laterParent);
    ~CommandErrorSink();
    CommandErrorSink(const CommandErrorSink &) = delete;
    CommandErrorSink &operator=(const CommandErrorSink &) = delete;

    PipelineErrorHandler handler() const;
    QString message() const;

private:
    struct State {
        QString message;
        bool collecting = true;
        QPointer<QWidget> parent;
    };
    std::shared_ptr<State> m_state;
};

class AddCandidacyCommand : public QUndoCommand {
public:
    /// `person` names who is added, for the Undo menu; `parent` groups several adds (matching).
    AddCandidacyCommand(PipelineSession *session, pipeline::NewCandidacy candidacy, const QString &person,
                        const QString &openingTitle, PipelineErrorHandler onError, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 candidacyId() const { return m_id; }
    /// Called with the new id after the first successful redo only (the dialog that asked may be gone later).
    void setAddedCallback(std::function<void(qint64)> onAdded) { m_onAdded = std::move(onAdded); }

private:
    PipelineSession *m_session;
    pipeline::NewCandidacy m_new;
    PipelineErrorHandler m_onError;
    std::function<void(qint64)> m_onAdded;
    qint64 m_id = 0;
};

/// Several people added at once (from the matching list): one entry on the Undo menu. Obsolete when
/// nobody could be added.
class AddCandidaciesCommand : public QUndoCommand {
public:
    explicit AddCandidaciesCommand(const QString &text);
    void redo() override;
    /// People added by the last redo.
    int addedCount() const;
};

class EditCandidacyCommand : public QUndoCommand {
public:
    EditCandidacyCommand(PipelineSession *session, pipeline::Candidacy before, pipeline::Candidacy after,
                         const QString &person, PipelineErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    bool apply(pipeline::Candidacy &target, const pipeline::Candidacy &expected);

    PipelineSession *m_session;
    pipeline::Candidacy m_before;
    pipeline::Candidacy m_after;
    PipelineErrorHandler m_onError;
};

class AddOpeningCommand : public QUndoCommand {
public:
    AddOpeningCommand(PipelineSession *session, pipeline::Opening opening, PipelineErrorHandler onError);
    void redo() override;
    void undo() override;
    qint64 openingId() const { return m_opening.id; }
    /// Called with the new id after the first successful redo only.
    void setAddedCallback(std::function<void(qint64)> onAdded) { m_onAdded = std::move(onAdded); }

private:
    PipelineSession *m_session;
    pipeline::Opening m_opening;
    PipelineErrorHandler m_onError;
    std::function<void(qint64)> m_onAdded;
};

class EditOpeningCommand : public QUndoCommand {
public:
    EditOpeningCommand(PipelineSession *session, pipeline::Opening before, pipeline::Opening after,
                       PipelineErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    bool apply(pipeline::Opening &target, const pipeline::Opening &expected);

    PipelineSession *m_session;
    pipeline::Opening m_before;
    pipeline::Opening m_after;
    PipelineErrorHandler m_onError;
};

/// The fields a candidacy edit writes (not the stage), equal in both.
bool sameEditableFields(const pipeline::Candidacy &a, const pipeline::Candidacy &b);
/// The fields an opening edit writes, equal in both.
bool sameOpening(const pipeline::Opening &a, const pipeline::Opening &b);

} // namespace alumnidesk::ui
