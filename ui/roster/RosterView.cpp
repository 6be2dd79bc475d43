#include "roster/RosterView.h"

#include "common/Settings.h"
#include "roster/RosterColumns.h"
#include "roster/RosterTableModel.h"

#include <QHeaderView>
#include <QMenu>

namespace alumnidesk::ui {

RosterView::RosterView(QWidget *parent)
    : QTableView(parent)
    , m_columnMenu(new QMenu(tr("&Columns"), this))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A million rows: fixed row heights and no row-number header keep layout work constant.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnMenu->exec(horizontalHeader()->mapToGlobal(pos)); });
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model)
            emit activatedId(m_model->idAt(index.row()));
    });
}

void RosterView::setRosterModel(RosterTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentIdChanged(current.isValid() ? m_model->idAt(current.row()) : 0); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Selection is lost on reset; the owner re-selects by id.
        emit currentIdChanged(currentId());
    });
    horizontalHeader()->setSortIndicator(int(RosterColumn::Kana), Qt::AscendingOrder);
    rebuildColumnMenu();
}

qint64 RosterView::currentId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && m_model ? m_model->idAt(current.row()) : 0;
}

void RosterView::selectId(qint64 id)
{
    if (!m_model || id == 0)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    int column = 0;
    for (int v = 0; v < horizontalHeader()->count(); ++v) {
        const int logical = horizontalHeader()->logicalIndex(v);
        if (!isColumnHidden(logical)) {
            column = logical;
            break;
        }
    }
    const QModelIndex index = m_model->index(row, column);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void RosterView::rebuildColumnMenu()
{
    m_columnMenu->clear();
    for (int c = 0; c < kRosterColumnCount; ++c) {
        QAction *a = m_columnMenu->addAction(rosterColumnTitle(RosterColumn(c)));
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            // Never hide the last visible column: the table would become unusable.
            int visible = 0;
            for (int i = 0; i < kRosterColumnCount; ++i)
                visible += isColumnHidden(i) ? 0 : 1;
            if (!on && visible <= 1) {
                m_columnMenu->actions().at(c)->setChecked(true);
                return;
            }
            setColumnHidden(c, !on);
            if (on && columnWidth(c) < 20)
                resizeColumnToContents(c);
            saveState();
        });
    }
}

void RosterView::applyHiddenColumns(const QStringList &keys)
{
    for (int c = 0; c < kRosterColumnCount; ++c)
        setColumnHidden(c, keys.contains(rosterColumnKey(RosterColumn(c))));
}

void RosterView::saveState() const
{
    QStringList hidden;
    for (int c = 0; c < kRosterColumnCount; ++c) {
        if (isColumnHidden(c))
            hidden.append(rosterColumnKey(RosterColumn(c)));
    }
    settings::setHiddenRosterColumns(hidden);
    settings::setRosterHeaderState(horizontalHeader()->saveState());
}

void RosterView::restoreState()
{
    bool isSet = false;
    QStringList hidden = settings::hiddenRosterColumns(&isSet);
    if (!isSet) {
        const auto visible = defaultVisibleColumns();
        for (int c = 0; c < kRosterColumnCount; ++c) {
            if (!visible.contains(RosterColumn(c)))
                hidden.append(rosterColumnKey(RosterColumn(c)));
        }
        // Name first, then reading, as a Japanese roster reads.
        for (int i = 0; i < visible.size(); ++i)
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(int(visible.at(i))), i);
        const QVector<QPair<RosterColumn, int>> widths{{RosterColumn::Name, 120}, {RosterColumn::Kana, 150},
                                                       {RosterColumn::EmployeeId, 90}, {RosterColumn::Department, 130},
                                                       {RosterColumn::Position, 80}, {RosterColumn::DepartureDate, 100},
                                                       {RosterColumn::DepartureType, 100}, {RosterColumn::Verdict, 90},
                                                       {RosterColumn::Pipeline, 170},
                                                       {RosterColumn::Stints, 60},
                                                       {RosterColumn::Status, 100}, {RosterColumn::Employer, 180}};
        for (const auto &w : widths)
            setColumnWidth(int(w.first), w.second);
    } else {
        horizontalHeader()->restoreState(settings::rosterHeaderState());
    }
    applyHiddenColumns(hidden);
    // Every session starts in 50音 order, whatever the last sort was.
    horizontalHeader()->setSortIndicator(int(RosterColumn::Kana), Qt::AscendingOrder);
    rebuildColumnMenu();
}

} // namespace alumnidesk::ui
