// Asks for a manual eligibility verdict: which rule set, which verdict, why (mandatory) and until when
// (optional). When an override is already in force for the chosen rule set it is shown, and the same
// reason field lets the officer revoke it instead. The dialog only collects; EligibilityActions writes
// through core, which keeps the audit trail.
#pragma once

#include "eligibility/Overrides.h"
#include "eligibility/RuleSetStore.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace alumnidesk::ui {

class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    enum class Action { Set, Revoke };

    /// `active`: the override in force per rule set id (absent: none).
    OverrideDialog(const QString &personName, const QVector<eligibility::RuleSetVersion> &ruleSets,
                   const QHash<qint64, eligibility::Override> &active, QWidget *parent = nullptr);

    /// Pre-selects a rule set by key (e.g. the one the roster column shows).
    void selectRuleSet(const QString &key);

    Action action() const { return m_action; }
    qint64 ruleSetId() const;
    eligibility::Verdict verdict() const;
    QString reason() const;
    QDate expiresOn() const; ///< invalid: no expiry

    // Widgets, for tests.
    QComboBox *ruleSetCombo() const { return m_ruleSet; }
    QComboBox *verdictCombo() const { return m_verdict; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *expiryCheck() const { return m_hasExpiry; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *revokeButton() const { return m_revoke; }
    QString problem() const;

private:
    void updateState();
    std::optional<eligibility::Override> activeOverride() const;

    QHash<qint64, eligibility::Override> m_active;
    QComboBox *m_ruleSet;
    QLabel *m_current;
    QComboBox *m_verdict;
    QPlainTextEdit *m_reason;
    QCheckBox *m_hasExpiry;
    QDateEdit *m_expiry;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_set;
    QPushButton *m_revoke;
    Action m_action = Action::Set;
};

} // namespace alumnidesk::ui
