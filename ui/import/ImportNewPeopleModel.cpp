#include "import/ImportNewPeopleModel.h"

#include "common/Format.h"
#include "hris/ImportPlan.h"
#include "roster/Vocabulary.h"

namespace alumnidesk::ui {

ImportNewPeopleModel::ImportNewPeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportNewPeopleModel::setPlan(std::shared_ptr<const hris::ImportPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_people.clear();
    if (m_plan) {
        for (int p = 0; p < m_plan->people.size(); ++p) {
            if (m_plan->people.at(p).action == hris::PlannedPerson::Insert)
                m_people.append(p);
        }
    }
    endResetModel();
}

int ImportNewPeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int ImportNewPeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportNewPeopleModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || index.row() < 0 || index.row() >= m_people.size() || role != Qt::DisplayRole)
        return {};
    const Alumnus &a = m_plan->people.at(m_people.at(index.row())).after;
    const Stint *last = a.latestStint();
    switch (Column(index.column())) {
    case EmployeeId:
        return a.employeeId;
    case Name:
        return a.displayName();
    case Kana:
        return a.displayKana();
    case HireDate:
        return last ? shortDate(last->hireDate) : QString();
    case DepartureDate:
        return last ? shortDate(last->departureDate) : QString();
    case Department:
        return last ? last->department : QString();
    case DepartureType:
        return last ? vocabulary::departureTypeLabel(last->departureType) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportNewPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EmployeeId:
        return tr("Employee ID");
    case Name:
        return tr("Name");
    case Kana:
        return tr("Reading");
    case HireDate:
        return tr("Hired");
    case DepartureDate:
        return tr("Left");
    case Department:
        return tr("Department");
    case DepartureType:
        return tr("Departure type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace alumnidesk::ui
