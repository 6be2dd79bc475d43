#include "import/ImportIssueModel.h"

#include "hris/ImportPlan.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace alumnidesk::ui {

ImportIssueModel::ImportIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportIssueModel::setPlan(std::shared_ptr<const hris::ImportPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

const hris::ImportIssue *ImportIssueModel::issueAt(int row) const
{
    if (!m_plan || row < 0 || row >= m_plan->issues.kept().size())
        return nullptr;
    return &m_plan->issues.kept().at(row);
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->issues.kept().size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    const hris::ImportIssue *issue = issueAt(index.row());
    if (!issue)
        return {};
    const bool error = issue->severity == hris::ImportIssue::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Severity:
            return error ? tr("Error") : tr("Warning");
        case Line:
            return issue->line;
        case ColumnNumber:
            return issue->column > 0 ? QVariant(issue->column) : QVariant();
        case Field:
            return issue->field;
        case Value:
            return issue->value;
        case Reason:
            return issue->reason;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reason || index.column() == Value)
            return index.column() == Reason ? issue->reason : issue->value;
        return error ? tr("An error: the row is rejected and not imported.")
                     : tr("A warning: the row is imported; check the value.");
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        // Colour tells errors from warnings at a glance; the first column also says it in words.
        if (index.column() == Severity)
            return QBrush(error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line || index.column() == ColumnNumber)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Severity:
        return tr("Kind");
    case Line:
        return tr("Line");
    case ColumnNumber:
        return tr("Column");
    case Field:
        return tr("Field");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace alumnidesk::ui
