// Edits one leaf condition with pickers: field → operator (only those valid for the field's kind) → value
// (years and months for tenure, months for the cooling-off, years for age, a checkable list of vocabulary
// terms, a list of free texts for grade and department, yes / no for flags and consents).
#pragma once

#include "eligibility/RuleModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace alumnidesk::ui {

class LeafEditor : public QWidget {
    Q_OBJECT
public:
    explicit LeafEditor(QWidget *parent = nullptr);

    void setLeaf(const eligibility::Leaf &leaf);
    eligibility::Leaf leaf() const;

    /// A leaf as one line in the user's language: "在籍期間 ≥ 1年0か月", "退職区分 が 自己都合, 定年 のいずれか".
    static QString describe(const eligibility::Leaf &leaf);
    /// Labels of the choice values a field offers (vocabulary fields), key → label; empty for free text.
    static QVector<QPair<QString, QString>> vocabularyOf(eligibility::Field field);

    // Widgets, for tests.
    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *opCombo() const { return m_op; }
    QSpinBox *yearsSpin() const { return m_years; }
    QSpinBox *monthsSpin() const { return m_months; }
    QSpinBox *monthsOnlySpin() const { return m_monthsOnly; }
    QSpinBox *ageSpin() const { return m_age; }
    QListWidget *choiceList() const { return m_choices; }
    QPlainTextEdit *textList() const { return m_texts; }
    QComboBox *flagCombo() const { return m_flag; }

signals:
    void changed();

private:
    enum Page { Tenure, MonthsOnly, Age, Choices, Texts, FlagPage };
    static Page pageFor(eligibility::Field field);
    static QString opLabel(eligibility::Op op);
    void onFieldChanged();
    void fillOps(eligibility::Field field, eligibility::Op current);
    void fillChoices(eligibility::Field field, const QStringList &checked);
    eligibility::Field field() const;

    QComboBox *m_field;
    QComboBox *m_op;
    QStackedWidget *m_values;
    QSpinBox *m_years;
    QSpinBox *m_months;
    QSpinBox *m_monthsOnly;
    QSpinBox *m_age;
    QListWidget *m_choices;
    QPlainTextEdit *m_texts;
    QComboBox *m_flag;
    bool m_filling = false;
};

} // namespace alumnidesk::ui
