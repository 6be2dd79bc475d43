// The Pipeline tab: filters, then the board (a column per stage) or the same cards as a list, and the
// actions around them — new and edited openings, matching, a candidacy's detail. A card dropped on another
// stage is checked by the core first; a closing stage or a Not eligible verdict asks for the reason; the
// move goes through the window's undo stack; a refused move shows the core's message and changes nothing.
#pragma once

#include "pipeline/PipelineTypes.h"
#include "pipeline/StageMover.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace alumnidesk::ui {

class CandidacyListModel;
class PipelineBoard;
class PipelineFilterBar;
class PipelineSession;

class PipelineView : public QWidget {
    Q_OBJECT
public:
    PipelineView(PipelineSession *session, QUndoStack *undo, QWidget *parent = nullptr);

    /// Asks for the reason of a move that needs one; false when the user cancelled. Tests replace it.
    using ReasonAsker = std::function<bool(const QString &person, const pipeline::MoveCheck &check,
                                           QString *reason, QDate *startDate)>;
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }

    /// Checks and applies a move as a drop does; false when it was refused or cancelled (nothing changed).
    bool moveCandidacy(qint64 candidacyId, qint64 toStageId);
    /// Re-reads the board now.
    void reload();

    PipelineBoard *board() const { return m_board; }
    QTableView *list() const { return m_list; }
    CandidacyListModel *listModel() const { return m_listModel; }
    PipelineFilterBar *filterBar() const { return m_filters; }
    bool showsList() const;
    void setShowsList(bool list);
    qint64 selectedCandidacyId() const;

    QAction *newOpeningAction() const { return m_newOpening; }
    QAction *editOpeningAction() const { return m_editOpening; }
    QAction *matchAction() const { return m_match; }
    QAction *detailsAction() const { return m_details; }
    QAction *editStagesAction() const { return m_editStages; }

public slots:
    void newOpening();
    void editOpening();
    void showMatches();
    void showCandidacy(qint64 candidacyId);
    void editStages();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSessionChanged();
    void refreshChoices();
    void updateActions();
    const pipeline::BoardCard *findCard(qint64 candidacyId) const;

    PipelineSession *m_session;
    QUndoStack *m_undo;
    PipelineFilterBar *m_filters;
    PipelineBoard *m_board;
    QTableView *m_list;
    CandidacyListModel *m_listModel;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    QAction *m_newOpening;
    QAction *m_editOpening;
    QAction *m_match;
    QAction *m_details;
    QAction *m_editStages;
    QAction *m_boardMode;
    QAction *m_listMode;
    ReasonAsker m_askReason;
    bool m_stale = true;
};

} // namespace alumnidesk::ui
