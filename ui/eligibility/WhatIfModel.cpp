#include "eligibility/WhatIfModel.h"

#include "eligibility/EligibilityHtml.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace alumnidesk::ui {

using namespace eligibility;

void WhatIfModel::setChanges(const QVector<VerdictChange> &changes, const QVector<RosterRow> &rows)
{
    beginResetModel();
    m_lines.clear();
    m_total = changes.size();
    QHash<qint64, const RosterRow *> byId;
    for (const RosterRow &r : rows)
        byId.insert(r.id, &r);
    for (int i = 0; i < changes.size() && m_lines.size() < kShown; ++i) {
        const VerdictChange &c = changes.at(i);
        if (const RosterRow *row = byId.value(c.alumnusId))
            m_lines.append({*row, c.before, c.after});
    }
    endResetModel();
}

int WhatIfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int WhatIfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return l.row.name;
        case Kana:
            return l.row.kana;
        case EmployeeId:
            return l.row.employeeId;
        case Before:
            return verdictLabel(l.before);
        case After:
            return verdictLabel(l.after);
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == Before || index.column() == After))
        return QBrush(QColor(verdictColor(index.column() == Before ? l.before : l.after)));
    return {};
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kana:
        return tr("Kana");
    case EmployeeId:
        return tr("Employee ID");
    case Before:
        return tr("Saved rules");
    case After:
        return tr("Draft");
    }
    return {};
}

} // namespace alumnidesk::ui
