// The search box and the filters above the roster: department, departure year range, departure type,
// membership status and tag. Searching happens as the user types (debounced), filters apply at once.
#pragma once

#include "roster/RosterFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace alumnidesk::ui {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Fills the pickers with what the roster holds; keeps current choices where they still exist.
    void setChoices(const QStringList &departments, const QStringList &tags, int firstYear, int lastYear);
    RosterFilter filter() const;
    void clear();
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void filterChanged(const alumnidesk::RosterFilter &filter);

private:
    void emitNow();
    static void setItems(QComboBox *combo, const QString &allText, const QVector<QPair<QString, QString>> &items);
    static QStringList selected(const QComboBox *combo);

    QLineEdit *m_search;
    QComboBox *m_department;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QComboBox *m_departureType;
    QComboBox *m_status;
    QComboBox *m_tag;
    QToolButton *m_clear;
    QTimer *m_debounce;
};

} // namespace alumnidesk::ui
