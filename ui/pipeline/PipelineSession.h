// The window's door to the rehire pipeline: one PipelineService for the open roster, and a signal whenever
// something in the pipeline changed, so the board, the list, the candidacy detail and the roster's detail
// pane stay in step. Undo commands write through it too, and every pipeline edit goes on the window's undo
// stack through run().
#pragma once

#include <QObject>
#include <QVector>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::pipeline {
class PipelineService;
}

namespace alumnidesk::ui {

class PipelineSession : public QObject {
    Q_OBJECT
public:
    explicit PipelineSession(QObject *parent = nullptr);
    ~PipelineSession() override;

    void setDatabase(Database *db);
    /// nullptr while no roster is open.
    pipeline::PipelineService *service() const { return m_service.get(); }

    /// The window's undo stack, which pipeline edits go on (none: run() applies them without undo).
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Applies an edit as an undo command (taking ownership); false when the core refused it (the command
    /// reported why and is gone).
    bool run(QUndoCommand *command);

    /// Says that candidacies of these people changed (added, moved, edited); `rosterToo`: the people's own
    /// records changed as well (a rehire added a stint and set their status).
    void announce(const QVector<qint64> &alumnusIds, bool rosterToo = false);

signals:
    void changed(const QVector<qint64> &alumnusIds, bool rosterToo);

private:
    std::unique_ptr<pipeline::PipelineService> m_service;
    QUndoStack *m_undo = nullptr;
};

} // namespace alumnidesk::ui
