#include "pipeline/BoardCardModel.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMimeData>

namespace alumnidesk::ui {

const QString BoardCardModel::kMimeType = QStringLiteral("application/x-alumnidesk-candidacy");

BoardCardModel::BoardCardModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BoardCardModel::setCards(const QVector<pipeline::BoardCard> &cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

int BoardCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant BoardCardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const pipeline::BoardCard &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c.name;
    case Qt::ToolTipRole: {
        QStringList lines{c.name + QStringLiteral(" (") + c.employeeId + QLatin1Char(')')};
        if (!c.openingTitle.isEmpty())
            lines.append(c.openingTitle);
        if (!c.owner.isEmpty())
            lines.append(QCoreApplication::translate("PipelineBoard", "Owner: %1").arg(c.owner));
        return lines.join(QLatin1Char('\n'));
    }
    case CandidacyIdRole:
        return c.candidacyId;
    default:
        return {};
    }
}

Qt::ItemFlags BoardCardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions BoardCardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList BoardCardModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *BoardCardModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, QByteArray::number(indexes.first().data(CandidacyIdRole).toLongLong()));
    return mime;
}

bool BoardCardModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    if (!data || !data->hasFormat(kMimeType))
        return false;
    const qint64 id = data->data(kMimeType).toLongLong();
    // A card dropped back on its own column is not a move.
    for (const pipeline::BoardCard &c : m_cards) {
        if (c.candidacyId == id)
            return false;
    }
    return id != 0;
}

bool BoardCardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = data->data(kMimeType).toLongLong();
    // Decided after the drag: the board may ask for a reason in a dialog and reload every column. Returning
    // false keeps the dragging view from removing the card itself.
    QMetaObject::invokeMethod(this, [this, id] { emit cardDropped(id); }, Qt::QueuedConnection);
    return false;
}

} // namespace alumnidesk::ui
