// Matching results as a table: rank, score, the person, one column per scoring component (points of its
// maximum, the reason in the tooltip) and whether they are already in the pipeline for the opening.
#pragma once

#include "pipeline/OpeningMatcher.h"

#include <QAbstractTableModel>

namespace alumnidesk::ui {

class MatchTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum FixedColumn { Rank, Score, Name, Kana, LastPosition, FirstComponent };

    explicit MatchTableModel(QObject *parent = nullptr);

    void setMatches(const pipeline::MatchList &list);
    const pipeline::MatchResult &result(int row) const { return m_list.results.at(row); }
    const pipeline::MatchList &matches() const { return m_list; }
    /// The component shown in a column, or -1 for the fixed columns.
    int componentAt(int column) const;
    /// The last column: already in the pipeline for this opening.
    int inPipelineColumn() const { return FirstComponent + int(m_weights.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    pipeline::MatchList m_list;
    QVector<pipeline::MatchWeight> m_weights;
};

} // namespace alumnidesk::ui
