// A candidacy in full: who and for which opening, its stage, owner, next action with due date and notes
// (editable), the dated stage history with who moved it and why, the offer beside the terms at departure,
// and the follow-ups after a rehire. Save writes the details and the offer; stage moves stay on the board.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace alumnidesk::ui {

class DateLineEdit;
class FollowUpsPanel;
class PipelineSession;
class TermsPanel;

class CandidacyDialog : public QDialog {
    Q_OBJECT
public:
    CandidacyDialog(PipelineSession *session, qint64 candidacyId, QWidget *parent = nullptr);

    QTableWidget *historyTable() const { return m_history; }
    TermsPanel *termsPanel() const { return m_terms; }
    QLineEdit *nextActionEdit() const { return m_nextAction; }
    DateLineEdit *dueEdit() const { return m_due; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    /// Writes the details and the offer; false (with the reason shown) when the core refused.
    bool save();

private:
    void load();
    void loadHistory();
    void loadTerms();

    PipelineSession *m_session;
    pipeline::Candidacy m_candidacy;
    QString m_personName;
    QLabel *m_heading;
    QLabel *m_summary;
    QLineEdit *m_owner;
    QLineEdit *m_nextAction;
    DateLineEdit *m_due;
    QPlainTextEdit *m_notes;
    QTableWidget *m_history;
    TermsPanel *m_terms;
    FollowUpsPanel *m_followUps;
    QTabWidget *m_tabs;
};

} // namespace alumnidesk::ui
