// The roster table: sortable by any column, a column chooser on the header's context menu, and the
// visible columns and widths remembered between sessions.
#pragma once

#include <QTableView>

class QMenu;

namespace alumnidesk::ui {

class RosterTableModel;

class RosterView : public QTableView {
    Q_OBJECT
public:
    explicit RosterView(QWidget *parent = nullptr);

    void setRosterModel(RosterTableModel *model);
    /// The checkable column actions, for the View menu too.
    QMenu *columnMenu() const { return m_columnMenu; }
    /// Row id of the current row, 0 when none.
    qint64 currentId() const;
    /// Selects and scrolls to the row with this id, if it is in the list.
    void selectId(qint64 id);

    void saveState() const;
    void restoreState();

signals:
    void currentIdChanged(qint64 id);
    void activatedId(qint64 id);

private:
    void rebuildColumnMenu();
    void applyHiddenColumns(const QStringList &keys);

    RosterTableModel *m_model = nullptr;
    QMenu *m_columnMenu;
};

} // namespace alumnidesk::ui
