// Draws a board card: name and kana, last department and position, the opening (on the all-openings board),
// days in stage, and the next action with its due date — in red with a marker when it is overdue.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QStyledItemDelegate>

namespace alumnidesk::ui {

/// What a card says, computed once for painting and for tests.
struct CardText {
    QString name;
    QString kana;
    QString position; ///< last department / position
    QString opening;  ///< empty unless the board spans openings
    QString days;     ///< "12 days in stage"
    QString next;     ///< the next action
    QString due;      ///< "Due 2025/06/01", or "⚠ Overdue 2025/06/01"
    bool overdue = false;
};

CardText cardText(const pipeline::BoardCard &card, bool showOpening);

class BoardCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit BoardCardDelegate(QObject *parent = nullptr);

    /// Whether cards show their opening's title (the board across openings).
    void setShowOpening(bool show) { m_showOpening = show; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_showOpening = true;
};

} // namespace alumnidesk::ui
