#include "editor/StintTableModel.h"

#include "common/Format.h"

#include "roster/Vocabulary.h"
#include "text/DateText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace alumnidesk::ui {

StintTableModel::StintTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StintTableModel::setStints(const QVector<Stint> &stints)
{
    beginResetModel();
    m_stints = stints;
    m_badDates.clear();
    endResetModel();
}

const StintTableModel::BadDate *StintTableModel::badDate(int row, int column) const
{
    for (const BadDate &b : m_badDates) {
        if (b.row == row && b.column == column)
            return &b;
    }
    return nullptr;
}

void StintTableModel::forgetBadDate(int row, int column)
{
    m_badDates.removeIf([row, column](const BadDate &b) { return b.row == row && b.column == column; });
}

QVector<ValidationIssue> StintTableModel::dateIssues() const
{
    QVector<BadDate> sorted = m_badDates;
    std::sort(sorted.begin(), sorted.end(), [](const BadDate &a, const BadDate &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    QVector<ValidationIssue> issues;
    for (const BadDate &b : sorted) {
        const QString field = QStringLiteral("stints[%1].%2")
                                  .arg(b.row + 1)
                                  .arg(b.column == HireDate ? QStringLiteral("hire_date") : QStringLiteral("departure_date"));
        issues.append({field, tr("Employment %1: %2").arg(b.row + 1).arg(b.error)});
    }
    return issues;
}

void StintTableModel::sortByHireDate()
{
    if (!m_badDates.isEmpty())
        return; // the rows with unreadable dates are reported first, numbered as they stand
    const QVector<Stint> ordered = normalized([this] {
        Alumnus a;
        a.stints = m_stints;
        return a;
    }()).stints;
    // Only the order is taken from normalized(): the texts stay as the user typed them until saved.
    QVector<Stint> reordered;
    QVector<bool> used(m_stints.size(), false);
    bool moved = false;
    for (const Stint &n : ordered) {
        for (int i = 0; i < m_stints.size(); ++i) {
            if (!used[i] && m_stints.at(i).hireDate == n.hireDate && m_stints.at(i).departureDate == n.departureDate) {
                used[i] = true;
                moved = moved || i != reordered.size();
                reordered.append(m_stints.at(i));
                break;
            }
        }
    }
    if (reordered.size() != m_stints.size() || !moved)
        return;
    beginResetModel();
    m_stints = reordered;
    endResetModel();
}

int StintTableModel::appendStint()
{
    Stint s;
    if (!m_stints.isEmpty()) {
        const Stint &last = m_stints.constLast();
        s.department = last.department;
        s.employmentType = last.employmentType;
        if (last.departureDate.isValid())
            s.hireDate = last.departureDate.addDays(1);
    } else {
        s.employmentType = QStringLiteral("regular");
    }
    const int row = int(m_stints.size());
    beginInsertRows({}, row, row);
    m_stints.append(s);
    endInsertRows();
    return row;
}

void StintTableModel::removeStint(int row)
{
    if (row < 0 || row >= m_stints.size())
        return;
    beginRemoveRows({}, row, row);
    m_stints.remove(row);
    m_badDates.removeIf([row](const BadDate &b) { return b.row == row; });
    for (BadDate &b : m_badDates) {
        if (b.row > row)
            --b.row;
    }
    endRemoveRows();
}

int StintTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stints.size());
}

int StintTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StintTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Stint &s = m_stints.at(index.row());
    if (const BadDate *bad = badDate(index.row(), index.column())) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return bad->text;
        case Qt::ToolTipRole:
            return bad->error;
        case Qt::ForegroundRole:
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        default:
            break;
        }
    }
    if (role == ValueRole || role == Qt::EditRole) {
        switch (index.column()) {
        case HireDate:
            return role == Qt::EditRole ? QVariant(s.hireDate.isValid() ? s.hireDate.toString(Qt::ISODate) : QString()) : QVariant(s.hireDate);
        case DepartureDate:
            return role == Qt::EditRole ? QVariant(s.departureDate.isValid() ? s.departureDate.toString(Qt::ISODate) : QString())
                                        : QVariant(s.departureDate);
        case EmploymentType:
            return s.employmentType;
        case DepartureType:
            return s.departureType;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case GroupCompany:
        return s.groupCompany;
    case HireDate:
        if (role == Qt::ToolTipRole)
            return text::toJapaneseEra(s.hireDate);
        return shortDate(s.hireDate);
    case DepartureDate:
        if (role == Qt::ToolTipRole)
            return text::toJapaneseEra(s.departureDate);
        return s.departureDate.isValid() ? shortDate(s.departureDate) : tr("(employed)");
    case Department:
        return s.department;
    case Position:
        return s.position;
    case Grade:
        return s.grade;
    case EmploymentType:
        return s.employmentType.isEmpty() ? QString() : vocabulary::employmentTypeLabel(s.employmentType);
    case DepartureType:
        return s.departureType.isEmpty() ? QString() : vocabulary::departureTypeLabel(s.departureType);
    case Reason:
        return s.departureReason;
    }
    return {};
}

bool StintTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || (role != Qt::EditRole && role != ValueRole))
        return false;
    Stint &s = m_stints[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case GroupCompany:
        s.groupCompany = text;
        break;
    case HireDate:
    case DepartureDate: {
        const text::ParsedDate parsed = value.typeId() == QMetaType::QDate ? text::ParsedDate{value.toDate(), {}} : text::parseDate(text);
        forgetBadDate(index.row(), index.column());
        if (!parsed.error.isEmpty()) {
            // Kept as typed and reported when the dialog is confirmed: dropping it would save "no date".
            m_badDates.append({index.row(), index.column(), text, parsed.error});
            break;
        }
        (index.column() == HireDate ? s.hireDate : s.departureDate) = parsed.date;
        break;
    }
    case Department:
        s.department = text;
        break;
    case Position:
        s.position = text;
        break;
    case Grade:
        s.grade = text;
        break;
    case EmploymentType:
        s.employmentType = text;
        break;
    case DepartureType:
        s.departureType = text;
        break;
    case Reason:
        s.departureReason = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

QVariant StintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupCompany:
        return tr("Group company");
    case HireDate:
        return tr("Hired");
    case DepartureDate:
        return tr("Departed");
    case Department:
        return tr("Department");
    case Position:
        return tr("Position");
    case Grade:
        return tr("Grade");
    case EmploymentType:
        return tr("Employment type");
    case DepartureType:
        return tr("Departure type");
    case Reason:
        return tr("Reason");
    }
    return {};
}

Qt::ItemFlags StintTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

} // namespace alumnidesk::ui
