#include "pipeline/StageColumn.h"

#include "pipeline/BoardCardDelegate.h"
#include "pipeline/BoardCardModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace alumnidesk::ui {

StageColumn::StageColumn(BoardCardDelegate *delegate, QWidget *parent)
    : QFrame(parent)
    , m_header(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new BoardCardModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(190);
    setMaximumWidth(240);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setAlignment(Qt::AlignCenter);
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    m_header->setContentsMargins(4, 4, 4, 4);

    m_list->setModel(m_model);
    m_list->setItemDelegate(delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(false);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(1);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setBackgroundRole(QPalette::Window);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);

    connect(m_model, &BoardCardModel::cardDropped, this, [this](qint64 id) { emit cardDropped(id, m_stage.id); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) {
        emit cardActivated(i.data(BoardCardModel::CandidacyIdRole).toLongLong());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            emit cardSelected(i.data(BoardCardModel::CandidacyIdRole).toLongLong());
    });
}

void StageColumn::setColumn(const pipeline::BoardColumn &column)
{
    m_stage = column.stage;
    m_total = column.total;
    m_model->setCards(column.cards);
    m_header->setText(headerText());
    QString tip = m_stage.name();
    if (column.total > column.cards.size()) {
        const int shown = int(column.cards.size());
        tip += QLatin1Char('\n') + tr("Showing the %n longest in this stage.", nullptr, shown);
    }
    if (m_stage.closing)
        tip += QLatin1Char('\n') + tr("A closing stage: moving here asks for the reason.");
    m_header->setToolTip(tip);
    // Closing stages (rehired, declined, rejected, on hold) are told apart at a glance.
    m_header->setForegroundRole(m_stage.closing ? QPalette::PlaceholderText : QPalette::WindowText);
}

QString StageColumn::headerText() const
{
    return tr("%1 (%2)").arg(m_stage.name()).arg(m_total);
}

qint64 StageColumn::selectedCandidacyId() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() && m_list->selectionModel()->isSelected(i) ? i.data(BoardCardModel::CandidacyIdRole).toLongLong() : 0;
}

void StageColumn::clearSelection()
{
    m_list->selectionModel()->clear();
}

} // namespace alumnidesk::ui
