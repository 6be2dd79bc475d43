#include "pipeline/PipelineBoard.h"

#include "pipeline/BoardCardDelegate.h"
#include "pipeline/BoardCardModel.h"
#include "pipeline/StageColumn.h"

#include <QHBoxLayout>
#include <QListView>

namespace alumnidesk::ui {

PipelineBoard::PipelineBoard(QWidget *parent)
    : QScrollArea(parent)
    , m_delegate(new BoardCardDelegate(this))
    , m_strip(new QWidget(this))
    , m_layout(new QHBoxLayout(m_strip))
{
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(6);
    m_layout->addStretch();
    setWidget(m_strip);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void PipelineBoard::setBoard(const pipeline::Board &board, bool showOpening)
{
    m_board = board;
    m_delegate->setShowOpening(showOpening);
    // Columns are kept while the stages stay the same, so a reload after a move does not flicker.
    while (m_columns.size() > board.columns.size())
        delete m_columns.takeLast();
    while (m_columns.size() < board.columns.size()) {
        auto *col = new StageColumn(m_delegate, m_strip);
        m_layout->insertWidget(m_layout->count() - 1, col, 1);
        connect(col, &StageColumn::cardDropped, this, &PipelineBoard::requestMove);
        connect(col, &StageColumn::cardActivated, this, &PipelineBoard::cardActivated);
        connect(col, &StageColumn::cardSelected, this, [this, col](qint64 id) {
            for (StageColumn *other : std::as_const(m_columns)) {
                if (other != col)
                    other->clearSelection();
            }
            m_selected = id;
            emit selectionChanged(id);
        });
        m_columns.append(col);
    }
    for (int i = 0; i < board.columns.size(); ++i)
        m_columns.at(i)->setColumn(board.columns.at(i));
    const qint64 keep = m_selected;
    m_selected = 0;
    if (keep)
        selectCandidacy(keep);
    if (!m_selected)
        emit selectionChanged(0);
}

StageColumn *PipelineBoard::columnForStage(qint64 stageId) const
{
    for (StageColumn *c : m_columns) {
        if (c->stage().id == stageId)
            return c;
    }
    return nullptr;
}

qint64 PipelineBoard::stageOf(qint64 candidacyId) const
{
    for (const pipeline::BoardColumn &c : m_board.columns) {
        for (const pipeline::BoardCard &card : c.cards) {
            if (card.candidacyId == candidacyId)
                return c.stage.id;
        }
    }
    return 0;
}

void PipelineBoard::selectCandidacy(qint64 candidacyId)
{
    for (StageColumn *col : std::as_const(m_columns)) {
        const auto &cards = col->model()->cards();
        for (int row = 0; row < cards.size(); ++row) {
            if (cards.at(row).candidacyId == candidacyId) {
                col->list()->setCurrentIndex(col->model()->index(row));
                m_selected = candidacyId;
                return;
            }
        }
    }
}

void PipelineBoard::requestMove(qint64 candidacyId, qint64 toStageId)
{
    if (candidacyId && toStageId && stageOf(candidacyId) != toStageId)
        emit moveRequested(candidacyId, toStageId);
}

} // namespace alumnidesk::ui
