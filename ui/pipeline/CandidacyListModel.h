// The board as a table (the list view): one row per card, with its stage, in board order. Same filter,
// same cards, so switching between board and list shows the same candidacies.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QAbstractTableModel>

namespace alumnidesk::ui {

class CandidacyListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kana, Stage, Opening, LastPosition, Owner, Source, DaysInStage, NextAction, Due, ColumnCount };
    enum Role { CandidacyIdRole = Qt::UserRole + 1 };

    explicit CandidacyListModel(QObject *parent = nullptr);

    void setBoard(const pipeline::Board &board);
    qint64 candidacyIdAt(int row) const;
    int rowOf(qint64 candidacyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        pipeline::BoardCard card;
        QString stage;
        bool closing = false;
    };
    QVector<Row> m_rows;
};

} // namespace alumnidesk::ui
