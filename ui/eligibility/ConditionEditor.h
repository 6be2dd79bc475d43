// A rule's condition as a tree the officer builds with buttons, never code: AND / OR groups, NOT, and leaf
// conditions edited by the LeafEditor below the tree. The tree items are the working copy; condition()
// reads the tree back into a Condition.
#pragma once

#include "eligibility/RuleModel.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace alumnidesk::ui {

class LeafEditor;

class ConditionEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConditionEditor(QWidget *parent = nullptr);

    void setCondition(const eligibility::Condition &condition);
    eligibility::Condition condition() const;

    /// Adds a leaf (default: tenure ≥ 1 year) to the selected group, or beside the selected leaf.
    void addLeaf();
    /// Adds an empty AND or OR group where addLeaf() would add a leaf.
    void addGroup(eligibility::Condition::Kind kind);
    /// Wraps the selected node in NOT, or unwraps it when it already is one.
    void toggleNot();
    /// Switches the selected group between AND and OR.
    void toggleGroupKind();
    void removeSelected();

    QTreeWidget *tree() const { return m_tree; }
    LeafEditor *leafEditor() const { return m_leaf; }
    void select(QTreeWidgetItem *item);

signals:
    void changed();

private:
    QTreeWidgetItem *makeItem(const eligibility::Condition &c, QTreeWidgetItem *parent);
    eligibility::Condition read(const QTreeWidgetItem *item) const;
    void forget(QTreeWidgetItem *item);
    static eligibility::Condition::Kind kindOf(const QTreeWidgetItem *item);
    void setKind(QTreeWidgetItem *item, eligibility::Condition::Kind kind);
    /// Where a new node goes: the selected group, or the group holding the selected node (the root is made a
    /// group when it is a leaf).
    QTreeWidgetItem *targetGroup();
    void insertNode(const eligibility::Condition &c);
    void onSelectionChanged();
    void onLeafEdited();
    void updateButtons();

    QTreeWidget *m_tree;
    LeafEditor *m_leaf;
    QPushButton *m_addLeaf;
    QPushButton *m_addAll;
    QPushButton *m_addAny;
    QPushButton *m_not;
    QPushButton *m_andOr;
    QPushButton *m_remove;
    QHash<const QTreeWidgetItem *, eligibility::Leaf> m_leaves;
    bool m_updating = false;
};

} // namespace alumnidesk::ui
