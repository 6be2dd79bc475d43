// The pipeline board: one column per stage in board order, side by side and scrolled sideways when they do
// not fit. It shows a pipeline::Board and says what the user asked for (a card dropped on another stage, a
// card opened); whoever owns it checks and applies moves.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QScrollArea>
#include <QVector>

class QHBoxLayout;

namespace alumnidesk::ui {

class BoardCardDelegate;
class StageColumn;

class PipelineBoard : public QScrollArea {
    Q_OBJECT
public:
    explicit PipelineBoard(QWidget *parent = nullptr);

    /// Shows the board; `showOpening`: cards name their opening (the board across openings).
    void setBoard(const pipeline::Board &board, bool showOpening);
    const pipeline::Board &board() const { return m_board; }

    int columnCount() const { return int(m_columns.size()); }
    StageColumn *column(int i) const { return m_columns.at(i); }
    StageColumn *columnForStage(qint64 stageId) const;
    /// The stage a candidacy's card is in, 0 when it is not on the board.
    qint64 stageOf(qint64 candidacyId) const;
    /// The selected card's candidacy, 0 when none.
    qint64 selectedCandidacyId() const { return m_selected; }
    void selectCandidacy(qint64 candidacyId);

    /// What a drop does: asks for the card to move (tests call this instead of dragging).
    void requestMove(qint64 candidacyId, qint64 toStageId);

signals:
    void moveRequested(qint64 candidacyId, qint64 toStageId);
    void cardActivated(qint64 candidacyId);
    void selectionChanged(qint64 candidacyId);

private:
    pipeline::Board m_board;
    BoardCardDelegate *m_delegate;
    QWidget *m_strip;
    QHBoxLayout *m_layout;
    QVector<StageColumn *> m_columns;
    qint64 m_selected = 0;
};

} // namespace alumnidesk::ui
