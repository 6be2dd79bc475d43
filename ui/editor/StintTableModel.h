// The employment stints of the alumnus being edited, as an editable table inside the edit dialog.
#pragma once

#include "roster/Alumnus.h"

#include <QAbstractTableModel>

namespace alumnidesk::ui {

class StintTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GroupCompany, HireDate, DepartureDate, Department, Position, Grade, EmploymentType, DepartureType, Reason, ColumnCount };
    /// Role that carries the raw value (date or vocabulary key) for delegates.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit StintTableModel(QObject *parent = nullptr);

    void setStints(const QVector<Stint> &stints);
    const QVector<Stint> &stints() const { return m_stints; }
    /// Appends a stint (a rehire: hired the day after the last departure) and returns its row.
    int appendStint();
    void removeStint(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVector<Stint> m_stints;
};

} // namespace alumnidesk::ui
