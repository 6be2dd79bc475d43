// One stage on the board: a header with the stage's name and how many cards match the filter, and the
// cards as a list that cards can be dragged out of and dropped onto.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QFrame>

class QLabel;
class QListView;

namespace alumnidesk::ui {

class BoardCardDelegate;
class BoardCardModel;

class StageColumn : public QFrame {
    Q_OBJECT
public:
    StageColumn(BoardCardDelegate *delegate, QWidget *parent = nullptr);

    void setColumn(const pipeline::BoardColumn &column);
    const pipeline::Stage &stage() const { return m_stage; }
    int total() const { return m_total; }
    BoardCardModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QString headerText() const;
    /// The selected card's candidacy, 0 when none.
    qint64 selectedCandidacyId() const;
    void clearSelection();

signals:
    /// A card from another column was dropped here.
    void cardDropped(qint64 candidacyId, qint64 toStageId);
    void cardActivated(qint64 candidacyId);
    void cardSelected(qint64 candidacyId);

private:
    pipeline::Stage m_stage;
    int m_total = 0;
    QLabel *m_header;
    QListView *m_list;
    BoardCardModel *m_model;
};

} // namespace alumnidesk::ui
