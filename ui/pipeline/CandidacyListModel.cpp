#include "pipeline/CandidacyListModel.h"

#include "common/Format.h"
#include "pipeline/PipelineVocabulary.h"

#include <QBrush>
#include <QColor>

namespace alumnidesk::ui {

CandidacyListModel::CandidacyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CandidacyListModel::setBoard(const pipeline::Board &board)
{
    beginResetModel();
    m_rows.clear();
    for (const pipeline::BoardColumn &c : board.columns) {
        for (const pipeline::BoardCard &card : c.cards)
            m_rows.append({card, c.stage.name(), c.stage.closing});
    }
    endResetModel();
}

qint64 CandidacyListModel::candidacyIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).card.candidacyId : 0;
}

int CandidacyListModel::rowOf(qint64 candidacyId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).card.candidacyId == candidacyId)
            return i;
    }
    return -1;
}

int CandidacyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidacyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidacyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const pipeline::BoardCard &c = r.card;
    if (role == CandidacyIdRole)
        return c.candidacyId;
    if (role == Qt::ForegroundRole) {
        if (c.overdue && (index.column() == NextAction || index.column() == Due))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysInStage)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return c.name;
    case Kana: return c.kana;
    case Stage: return r.stage;
    case Opening: return c.openingId ? c.openingTitle : tr("Talent pool");
    case LastPosition: {
        QStringList parts;
        for (const QString &p : {c.lastDepartment, c.lastPosition}) {
            if (!p.isEmpty())
                parts.append(p);
        }
        return parts.join(QStringLiteral(" / "));
    }
    case Owner: return c.owner;
    case Source: return pipeline::sourceLabel(c.source);
    case DaysInStage: return c.daysInStage;
    case NextAction: return c.overdue ? QStringLiteral("⚠ ") + c.nextAction : c.nextAction;
    case Due: return shortDate(c.nextActionDue);
    default: return {};
    }
}

QVariant CandidacyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Kana: return tr("Kana");
    case Stage: return tr("Stage");
    case Opening: return tr("Opening");
    case LastPosition: return tr("Last position");
    case Owner: return tr("Owner");
    case Source: return tr("Source");
    case DaysInStage: return tr("Days in stage");
    case NextAction: return tr("Next action");
    case Due: return tr("Due");
    default: return {};
    }
}

} // namespace alumnidesk::ui
