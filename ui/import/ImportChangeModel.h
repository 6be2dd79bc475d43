// What a dry run would change in people the roster already knows, one row per field: person, field,
// value now → value after the import. Employment history (the stints) is shown as readable periods, not
// as the JSON the audit trail keeps, and only the periods that differ. A thin adapter over the shared plan.
#pragma once

#include <QAbstractTableModel>
#include <QPair>
#include <QVector>

#include <memory>

namespace alumnidesk::hris {
struct ImportPlan;
}

namespace alumnidesk::ui {

class ImportChangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EmployeeId, Name, Field, Before, After, ColumnCount };

    explicit ImportChangeModel(QObject *parent = nullptr);

    void setPlan(std::shared_ptr<const hris::ImportPlan> plan);

    /// "department" → "Department", "stints" → "Employment history", "attribute:性別" → "性別 (custom)".
    static QString fieldLabel(const QString &key);
    /// A change's value as the user reads it (stints as periods, one a line; statuses by their label).
    static QString valueText(const QString &key, const QString &value);
    /// The stints of the audit trail's JSON as readable periods ("2011-04-01 – 2020-09-30, 商品企画部, 係長").
    static QStringList stintTexts(const QString &json);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const hris::ImportPlan> m_plan;
    QVector<QPair<int, int>> m_rows; ///< (person, change) in the plan
};

} // namespace alumnidesk::ui
