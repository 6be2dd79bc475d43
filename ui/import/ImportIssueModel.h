// The problems a dry run found, one row each: error or warning, line, column, field, value and reason.
// A thin adapter over the issues the plan keeps in memory (the first few thousand in line order; the
// rest wait in the list's temporary file), shared, never copied, without a widget item per cell.
#pragma once

#include "hris/ImportIssue.h"

#include <QAbstractTableModel>

#include <memory>

namespace alumnidesk::hris {
struct ImportPlan;
}

namespace alumnidesk::ui {

class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Line, ColumnNumber, Field, Value, Reason, ColumnCount };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setPlan(std::shared_ptr<const hris::ImportPlan> plan);
    const hris::ImportIssue *issueAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const hris::ImportPlan> m_plan;
};

} // namespace alumnidesk::ui
