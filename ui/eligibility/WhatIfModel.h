// The what-if table of the rule editor: people whose verdict the draft would change, with name, kana,
// employee ID and "before → after". It shows at most kShown people (the first by id); the total is known.
#pragma once

#include "eligibility/RosterFacts.h"
#include "roster/RosterColumns.h"

#include <QAbstractTableModel>

namespace alumnidesk::ui {

class WhatIfModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kShown = 1000;
    enum Column { Name, Kana, EmployeeId, Before, After, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /// `rows` holds the roster rows of the first changes (any order; people without a row are skipped).
    void setChanges(const QVector<eligibility::VerdictChange> &changes, const QVector<RosterRow> &rows);
    qint64 totalChanges() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        RosterRow row;
        eligibility::Verdict before;
        eligibility::Verdict after;
    };
    QVector<Line> m_lines;
    qint64 m_total = 0;
};

} // namespace alumnidesk::ui
