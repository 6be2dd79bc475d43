// The employment stints of the alumnus being edited, as an editable table inside the edit dialog.
#pragma once

#include "roster/Alumnus.h"
#include "roster/Validation.h"

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
    /// Dates typed into the table that are not dates: kept (and shown in red) instead of silently dropped,
    /// one issue each, numbered as the table shows the employments.
    QVector<ValidationIssue> dateIssues() const;
    /// Puts the rows in the order validation and storage use (by hire date), so that "Employment 2" in a
    /// message is the second row on screen.
    void sortByHireDate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct BadDate {
        int row;
        int column;
        QString text;
        QString error;
    };
    const BadDate *badDate(int row, int column) const;
    void forgetBadDate(int row, int column);

    QVector<Stint> m_stints;
    QVector<BadDate> m_badDates;
};

} // namespace alumnidesk::ui
