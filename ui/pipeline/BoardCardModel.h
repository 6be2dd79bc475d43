// The cards of one board column as a list model: each row is a candidacy, dragged out as its id
// (kMimeType). A drop on the column is not applied here: the model says which card arrived and the board
// decides (check, ask for a reason, move through the undo stack), so a refused move changes nothing.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QAbstractListModel>

namespace alumnidesk::ui {

class BoardCardModel : public QAbstractListModel {
    Q_OBJECT
public:
    static const QString kMimeType;
    enum Role { CandidacyIdRole = Qt::UserRole + 1 };

    explicit BoardCardModel(QObject *parent = nullptr);

    void setCards(const QVector<pipeline::BoardCard> &cards);
    const pipeline::BoardCard &card(int row) const { return m_cards.at(row); }
    const QVector<pipeline::BoardCard> &cards() const { return m_cards; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    /// A card was dropped here (emitted after the drag has finished).
    void cardDropped(qint64 candidacyId);

private:
    QVector<pipeline::BoardCard> m_cards;
};

} // namespace alumnidesk::ui
