// The search box and the filters above the roster: department, departure year range, departure type,
// membership status, tag, eligibility (a rule set and a verdict) and "in the rehire pipeline". Searching happens as the user types (debounced), filters apply at once.
#pragma once

#include "roster/RosterFilter.h"

#include <QWidget>

class QCheckBox;
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
    /// The rule sets the verdict column and filter can use (id, name); keeps the current one, else picks
    /// `preferredKey`'s id (`keys` parallel to `sets`).
    void setRuleSets(const QVector<QPair<qint64, QString>> &sets, const QStringList &keys, const QString &preferredKey);
    qint64 ruleSetId() const;
    QString ruleSetKey() const;
    RosterFilter filter() const;
    void clear();
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *ruleSetCombo() const { return m_ruleSet; }
    QComboBox *verdictCombo() const { return m_verdict; }
    QCheckBox *inPipelineCheck() const { return m_inPipeline; }

signals:
    void filterChanged(const alumnidesk::RosterFilter &filter);
    /// The rule set of the verdict column changed.
    void ruleSetChanged(qint64 ruleSetId);

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
    QComboBox *m_ruleSet;
    QComboBox *m_verdict;
    QCheckBox *m_inPipeline;
    QToolButton *m_clear;
    QTimer *m_debounce;
};

} // namespace alumnidesk::ui
