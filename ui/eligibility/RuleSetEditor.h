// Tools > Eligibility Rules…: the rule sets (network membership, rehire and any HR adds), their names and
// descriptions in both languages, their rules, each rule's outcome and condition built with pickers. While
// the officer edits, the live count ("Eligible: 1,240 → 1,310 (+70)") and the what-if table (who changes,
// before → after) follow the draft, computed off the UI thread by DraftCountJob. Saving takes a change note
// and adds a version; the history shows who saved which version, when and why. An invalid draft says what
// is wrong and cannot be saved. Rules are reordered with Move Up / Move Down or by dragging them in the list
// (the order is part of the saved version); a rule set HR added can be deleted after a confirmation.
#pragma once

#include "eligibility/RuleSetStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class DraftCountJob;
struct DraftResult;
class RuleForm;
class WhatIfModel;

class RuleSetEditor : public QDialog {
    Q_OBJECT
public:
    explicit RuleSetEditor(Database *db, QWidget *parent = nullptr);
    ~RuleSetEditor() override;

    /// Shows the rule set with this key; false when there is none (or the user kept unsaved changes).
    bool selectRuleSet(const QString &key);
    /// Starts a new rule set (one rule, tenure ≥ 1 year) named in both languages; it exists once saved.
    void newRuleSet();
    void addRule();
    void removeRule();
    /// Moves the rule at `from` to position `to` in the draft (and the list), keeping it selected.
    void moveRule(int from, int to);
    /// Deletes the rule set shown, after asking (the built-in ones cannot be); true when it was deleted.
    bool deleteRuleSet();
    /// Saves the draft as a new version with the note typed; false (with the reason shown) otherwise.
    bool save();

    const eligibility::RuleSet &draft() const { return m_draft; }
    bool isDirty() const;
    QStringList problems() const { return m_problems; }
    QString countsText() const;

    // Widgets, for tests.
    QListWidget *ruleSetList() const { return m_sets; }
    QListWidget *ruleList() const { return m_rules; }
    RuleForm *ruleForm() const { return m_ruleForm; }
    QLineEdit *setNameJa() const { return m_nameJa; }
    QLineEdit *setNameEn() const { return m_nameEn; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteSetButton() const { return m_deleteSet; }
    QPushButton *moveUpButton() const { return m_ruleUp; }
    QPushButton *moveDownButton() const { return m_ruleDown; }
    QTreeWidget *historyTree() const { return m_history; }
    WhatIfModel *whatIfModel() const { return m_whatIfModel; }
    DraftCountJob *countJob() const { return m_job; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void ruleSetSaved(const QString &key);
    void ruleSetDeleted(const QString &key);

protected:
    void done(int result) override;

private:
    QWidget *createRulesTab();
    void reloadSets(const QString &selectKey);
    void showSet(int index);
    void fillRuleList();
    void showHistory();
    void onSetFieldsEdited();
    void onRuleSelected(int row);
    void onRuleEdited();
    void onRulesDragged();
    void updateRuleButtons();
    void onPreview(const DraftResult &result);
    void draftChanged();
    void updateSaveState();
    bool confirmDiscard();
    QString uniqueRuleId() const;
    QString uniqueSetKey();

    Database *m_db;
    eligibility::RuleSetStore m_store;
    QVector<eligibility::RuleSetVersion> m_saved;
    int m_setIndex = -1;      ///< into m_saved; m_saved.size() = the new, unsaved rule set
    eligibility::RuleSet m_draft;
    QStringList m_problems;
    int m_ruleIndex = -1;
    bool m_filling = false;

    QListWidget *m_sets;
    QPushButton *m_newSet;
    QPushButton *m_deleteSet;
    QTabWidget *m_tabs;
    QLineEdit *m_nameJa;
    QLineEdit *m_nameEn;
    QLineEdit *m_descJa;
    QLineEdit *m_descEn;
    QListWidget *m_rules;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QPushButton *m_ruleUp;
    QPushButton *m_ruleDown;
    RuleForm *m_ruleForm;
    QTableView *m_whatIf;
    WhatIfModel *m_whatIfModel;
    QLabel *m_whatIfNote;
    QTreeWidget *m_history;
    QLabel *m_counts;
    QLabel *m_problemLabel;
    QLineEdit *m_note;
    QPushButton *m_save;
    DraftCountJob *m_job;
};

} // namespace alumnidesk::ui
