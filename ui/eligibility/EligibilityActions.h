// The window's eligibility commands — Edit > Set Eligibility Override… (also in the detail pane and the
// roster's context menu) and Tools > Eligibility Rules… — with the dialogs they open, kept out of
// MainWindow. Overrides are written through core's OverrideStore, which audits them; they are not on the
// undo stack: an override is an HR decision on the record, and its reversal (revoke) must say why too.
#pragma once

#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

class QAction;
class QWidget;

namespace alumnidesk::ui {

class RosterService;
class RuleSetEditor;

class EligibilityActions : public QObject {
    Q_OBJECT
public:
    /// `currentId` tells which alumnus is selected (0: none).
    EligibilityActions(RosterService *service, QWidget *window, std::function<qint64()> currentId);

    QAction *overrideAction() const { return m_override; }
    QAction *rulesAction() const { return m_rules; }
    void updateEnabled();

    /// The rule set the dialogs pre-select (the one the roster column shows).
    void setPreferredRuleSet(const QString &key) { m_preferredRuleSet = key; }

    /// Asks for an override of this alumnus and writes it (modal). False when cancelled or refused.
    bool editOverride(qint64 alumnusId);
    /// Opens the rule editor (or raises the one already open) and returns it.
    RuleSetEditor *showRuleEditor();

signals:
    /// Verdicts changed: an override of these alumni, or (empty) rules that touch everyone.
    void eligibilityChanged(const QVector<qint64> &ids);

private:
    RosterService *m_service;
    QWidget *m_window;
    std::function<qint64()> m_currentId;
    QAction *m_override;
    QAction *m_rules;
    QString m_preferredRuleSet = QStringLiteral("rehire");
    QPointer<RuleSetEditor> m_editor;
};

} // namespace alumnidesk::ui
