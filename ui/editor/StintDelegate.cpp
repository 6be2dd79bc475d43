#include "editor/StintDelegate.h"

#include "editor/DateLineEdit.h"
#include "editor/StintTableModel.h"
#include "roster/Vocabulary.h"

#include <QComboBox>

namespace alumnidesk::ui {

QWidget *StintDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case StintTableModel::EmploymentType:
    case StintTableModel::DepartureType: {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), QString());
        const auto terms = index.column() == StintTableModel::EmploymentType ? vocabulary::employmentTypes()
                                                                             : vocabulary::departureTypes();
        for (const auto &t : terms)
            combo->addItem(t.label, t.key);
        return combo;
    }
    case StintTableModel::HireDate:
    case StintTableModel::DepartureDate:
        return new DateLineEdit(parent);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void StintDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(StintTableModel::ValueRole))));
        return;
    }
    if (auto *date = qobject_cast<DateLineEdit *>(editor)) {
        date->setDate(index.data(StintTableModel::ValueRole).toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void StintDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), StintTableModel::ValueRole);
        return;
    }
    if (auto *date = qobject_cast<DateLineEdit *>(editor)) {
        if (date->text().trimmed().isEmpty() || date->date().isValid())
            model->setData(index, date->date(), StintTableModel::ValueRole);
        else
            model->setData(index, date->text(), Qt::EditRole); // kept and flagged, never silently dropped
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace alumnidesk::ui
