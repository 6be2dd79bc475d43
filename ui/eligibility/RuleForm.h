// One rule of a rule set: its name in both languages, what a failure means (blocks / needs review) and the
// condition that must hold, edited with the ConditionEditor.
#pragma once

#include "eligibility/RuleModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace alumnidesk::ui {

class ConditionEditor;

class RuleForm : public QWidget {
    Q_OBJECT
public:
    explicit RuleForm(QWidget *parent = nullptr);

    /// Shows a rule; its id is kept as it is.
    void setRule(const eligibility::Rule &rule);
    eligibility::Rule rule() const;

    QLineEdit *nameJa() const { return m_nameJa; }
    QLineEdit *nameEn() const { return m_nameEn; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    ConditionEditor *conditionEditor() const { return m_condition; }

signals:
    void changed();

private:
    QString m_id;
    QLineEdit *m_nameJa;
    QLineEdit *m_nameEn;
    QComboBox *m_outcome;
    ConditionEditor *m_condition;
    bool m_filling = false;
};

} // namespace alumnidesk::ui
