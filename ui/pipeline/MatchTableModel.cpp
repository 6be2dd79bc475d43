#include "pipeline/MatchTableModel.h"

#include <QBrush>
#include <QFont>

namespace alumnidesk::ui {

namespace {

QString points(int tenths)
{
    return tenths % 10 == 0 ? QString::number(tenths / 10) : QString::number(tenths / 10.0, 'f', 1);
}

} // namespace

MatchTableModel::MatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_weights(pipeline::OpeningMatcher::weights())
{
}

void MatchTableModel::setMatches(const pipeline::MatchList &list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

int MatchTableModel::componentAt(int column) const
{
    // Components sit between the person and the "in pipeline" column.
    const int i = column - FirstComponent;
    return i >= 0 && i < m_weights.size() ? i : -1;
}

int MatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.results.size());
}

int MatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : inPipelineColumn() + 1;
}

QVariant MatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.results.size())
        return {};
    const pipeline::MatchResult &r = m_list.results.at(index.row());
    const int col = index.column();
    const int comp = componentAt(col);
    if (comp >= 0) {
        const QString key = m_weights.at(comp).key;
        for (const pipeline::MatchComponent &c : r.components) {
            if (c.key != key)
                continue;
            if (role == Qt::DisplayRole)
                return QStringLiteral("%1 / %2").arg(points(c.points), points(c.maxPoints));
            if (role == Qt::ToolTipRole)
                return c.reason;
            if (role == Qt::TextAlignmentRole)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (col == Rank || col == Score))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && col == Score) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (col == Rank)
        return index.row() + 1;
    if (col == Score)
        return r.scoreText();
    if (col == Name)
        return r.name;
    if (col == Kana)
        return r.kana;
    if (col == LastPosition) {
        QStringList parts;
        for (const QString &p : {r.lastDepartment, r.lastPosition}) {
            if (!p.isEmpty())
                parts.append(p);
        }
        return parts.join(QStringLiteral(" / "));
    }
    if (col == inPipelineColumn())
        return r.openCandidacyId ? tr("In pipeline") : QString();
    return {};
}

QVariant MatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int comp = componentAt(section);
    if (comp >= 0) {
        const pipeline::MatchWeight &w = m_weights.at(comp);
        if (role == Qt::DisplayRole)
            return w.label;
        if (role == Qt::ToolTipRole)
            return tr("%1 (up to %2 points): %3").arg(w.label, points(w.maxPoints), w.description);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("#");
    case Score: return tr("Score");
    case Name: return tr("Name");
    case Kana: return tr("Kana");
    case LastPosition: return tr("Last position");
    default: return section == inPipelineColumn() ? tr("Pipeline") : QVariant();
    }
}

} // namespace alumnidesk::ui
