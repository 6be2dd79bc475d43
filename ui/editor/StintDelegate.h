// Editors for the stint table: vocabulary pickers for employment and departure type, date fields that
// accept Japanese date forms, plain text elsewhere.
#pragma once

#include <QStyledItemDelegate>

namespace alumnidesk::ui {

class StintDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace alumnidesk::ui
