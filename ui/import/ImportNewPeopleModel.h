// The people a dry run would add to the roster, one row each with what identifies them (ID, name, reading)
// and their last employment, so HR can recognise the leavers before importing. A thin adapter over the
// shared plan that keeps only the positions of the new people.
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <memory>

namespace alumnidesk::hris {
struct ImportPlan;
}

namespace alumnidesk::ui {

class ImportNewPeopleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EmployeeId, Name, Kana, HireDate, DepartureDate, Department, DepartureType, ColumnCount };

    explicit ImportNewPeopleModel(QObject *parent = nullptr);

    void setPlan(std::shared_ptr<const hris::ImportPlan> plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const hris::ImportPlan> m_plan;
    QVector<int> m_people; ///< positions in the plan of the people to insert
};

} // namespace alumnidesk::ui
