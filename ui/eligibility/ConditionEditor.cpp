#include "eligibility/ConditionEditor.h"

#include "eligibility/LeafEditor.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

using namespace eligibility;

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

QString groupText(Condition::Kind kind)
{
    switch (kind) {
    case Condition::Kind::All:
        return ConditionEditor::tr("ALL of (AND)");
    case Condition::Kind::Any:
        return ConditionEditor::tr("ANY of (OR)");
    case Condition::Kind::Not:
        return ConditionEditor::tr("NOT");
    case Condition::Kind::Leaf:
        break;
    }
    return QString();
}

} // namespace

ConditionEditor::ConditionEditor(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_leaf(new LeafEditor(this))
    , m_addLeaf(new QPushButton(tr("Add &Condition"), this))
    , m_addAll(new QPushButton(tr("Add AND Group"), this))
    , m_addAny(new QPushButton(tr("Add OR Group"), this))
    , m_not(new QPushButton(tr("NOT"), this))
    , m_andOr(new QPushButton(tr("AND ⇄ OR"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    m_not->setToolTip(tr("Negate the selected condition or group (or remove its NOT)"));
    m_andOr->setToolTip(tr("Switch the selected group between ALL (AND) and ANY (OR)"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_addLeaf, 0, 0);
    buttons->addWidget(m_addAll, 0, 1);
    buttons->addWidget(m_addAny, 0, 2);
    buttons->addWidget(m_not, 1, 0);
    buttons->addWidget(m_andOr, 1, 1);
    buttons->addWidget(m_remove, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_leaf);

    connect(m_addLeaf, &QPushButton::clicked, this, &ConditionEditor::addLeaf);
    connect(m_addAll, &QPushButton::clicked, this, [this] { addGroup(Condition::Kind::All); });
    connect(m_addAny, &QPushButton::clicked, this, [this] { addGroup(Condition::Kind::Any); });
    connect(m_not, &QPushButton::clicked, this, &ConditionEditor::toggleNot);
    connect(m_andOr, &QPushButton::clicked, this, &ConditionEditor::toggleGroupKind);
    connect(m_remove, &QPushButton::clicked, this, &ConditionEditor::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ConditionEditor::onSelectionChanged);
    connect(m_leaf, &LeafEditor::changed, this, &ConditionEditor::onLeafEdited);
    setCondition(Condition::when(Field::TenureLast, Op::Ge, 12));
}

void ConditionEditor::setCondition(const Condition &condition)
{
    m_updating = true;
    m_tree->clear();
    m_leaves.clear();
    QTreeWidgetItem *root = makeItem(condition, nullptr);
    m_tree->addTopLevelItem(root);
    m_tree->expandAll();
    m_updating = false;
    select(root);
}

QTreeWidgetItem *ConditionEditor::makeItem(const Condition &c, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem;
    setKind(item, c.kind);
    if (c.kind == Condition::Kind::Leaf) {
        m_leaves.insert(item, c.leaf);
        item->setText(0, LeafEditor::describe(c.leaf));
    }
    for (const Condition &child : c.children)
        makeItem(child, item);
    return item;
}

Condition::Kind ConditionEditor::kindOf(const QTreeWidgetItem *item)
{
    return Condition::Kind(item->data(0, kKindRole).toInt());
}

void ConditionEditor::setKind(QTreeWidgetItem *item, Condition::Kind kind)
{
    item->setData(0, kKindRole, int(kind));
    if (kind != Condition::Kind::Leaf) {
        item->setText(0, groupText(kind));
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
    }
}

Condition ConditionEditor::read(const QTreeWidgetItem *item) const
{
    Condition c;
    c.kind = kindOf(item);
    if (c.kind == Condition::Kind::Leaf) {
        c.leaf = m_leaves.value(item);
        return c;
    }
    for (int i = 0; i < item->childCount(); ++i)
        c.children.append(read(item->child(i)));
    return c;
}

Condition ConditionEditor::condition() const
{
    if (m_tree->topLevelItemCount() == 0)
        return Condition::all({});
    return read(m_tree->topLevelItem(0));
}

void ConditionEditor::select(QTreeWidgetItem *item)
{
    m_tree->setCurrentItem(item);
    onSelectionChanged();
}

QTreeWidgetItem *ConditionEditor::targetGroup()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        item = m_tree->topLevelItem(0);
    if (!item)
        return nullptr;
    const Condition::Kind kind = kindOf(item);
    if (kind == Condition::Kind::All || kind == Condition::Kind::Any)
        return item;
    QTreeWidgetItem *parent = item->parent();
    if (parent && kindOf(parent) != Condition::Kind::Not)
        return parent;
    // The selected node has no group around it (it is the root, or the only child of a NOT): wrap it in
    // an AND group so that it gets a sibling.
    Condition wrapped = Condition::all({read(item)});
    const bool notChild = parent != nullptr;
    forget(item);
    delete item;
    QTreeWidgetItem *group = makeItem(wrapped, notChild ? parent : nullptr);
    if (!notChild)
        m_tree->addTopLevelItem(group);
    group->setExpanded(true);
    return group;
}

void ConditionEditor::insertNode(const Condition &c)
{
    QTreeWidgetItem *group = targetGroup();
    if (!group)
        return;
    QTreeWidgetItem *item = makeItem(c, group);
    group->setExpanded(true);
    item->setExpanded(true);
    select(item);
    emit changed();
}

void ConditionEditor::addLeaf()
{
    insertNode(Condition::when(Field::TenureLast, Op::Ge, 12));
}

void ConditionEditor::addGroup(Condition::Kind kind)
{
    insertNode({kind, {}, {}});
}

void ConditionEditor::toggleNot()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : 0;
    Condition c = read(item);
    Condition replacement = c.kind == Condition::Kind::Not && c.children.size() == 1 ? c.children.constFirst()
                                                                                       : Condition::negate(c);
    forget(item);
    delete item;
    QTreeWidgetItem *fresh = makeItem(replacement, nullptr);
    if (parent)
        parent->insertChild(index, fresh);
    else
        m_tree->insertTopLevelItem(0, fresh);
    fresh->setExpanded(true);
    m_tree->expandItem(fresh);
    for (int i = 0; i < fresh->childCount(); ++i)
        fresh->child(i)->setExpanded(true);
    select(fresh);
    emit changed();
}

void ConditionEditor::toggleGroupKind()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const Condition::Kind kind = kindOf(item);
    if (kind != Condition::Kind::All && kind != Condition::Kind::Any)
        return;
    setKind(item, kind == Condition::Kind::All ? Condition::Kind::Any : Condition::Kind::All);
    updateButtons();
    emit changed();
}

void ConditionEditor::removeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent();
    forget(item);
    delete item;
    if (!parent && m_tree->topLevelItemCount() == 0) {
        // The condition is never absent: an empty group says "add something here" (and cannot be saved).
        QTreeWidgetItem *root = makeItem(Condition::all({}), nullptr);
        m_tree->addTopLevelItem(root);
        parent = root;
    }
    select(parent);
    emit changed();
}

void ConditionEditor::forget(QTreeWidgetItem *item)
{
    m_leaves.remove(item);
    for (int i = 0; i < item->childCount(); ++i)
        forget(item->child(i));
}

void ConditionEditor::onSelectionChanged()
{
    if (m_updating)
        return;
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool leaf = item && kindOf(item) == Condition::Kind::Leaf;
    m_leaf->setEnabled(leaf);
    if (leaf) {
        m_updating = true;
        m_leaf->setLeaf(m_leaves.value(item));
        m_updating = false;
    }
    updateButtons();
}

void ConditionEditor::onLeafEdited()
{
    if (m_updating)
        return;
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || kindOf(item) != Condition::Kind::Leaf)
        return;
    const Leaf leaf = m_leaf->leaf();
    m_leaves.insert(item, leaf);
    item->setText(0, LeafEditor::describe(leaf));
    emit changed();
}

void ConditionEditor::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool any = item != nullptr;
    const Condition::Kind kind = any ? kindOf(item) : Condition::Kind::Leaf;
    m_not->setEnabled(any);
    m_andOr->setEnabled(kind == Condition::Kind::All || kind == Condition::Kind::Any);
    m_remove->setEnabled(any);
}

} // namespace alumnidesk::ui
