// Matching for one opening: what the ranking weighs, the ranked alumni with each component's points and
// reason, and "Add to Pipeline" for the selected people in one action (as HR outreach, owned by the user).
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace alumnidesk::ui {

class MatchTableModel;
class PipelineSession;

class MatchDialog : public QDialog {
    Q_OBJECT
public:
    MatchDialog(PipelineSession *session, qint64 openingId, QWidget *parent = nullptr);

    MatchTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Adds everyone selected who is not yet in the pipeline for the opening; returns how many were added.
    int addSelected();
    /// Re-runs the ranking.
    void rank();

private:
    void showReasons();
    void updateButton();

    PipelineSession *m_session;
    qint64 m_openingId;
    QLabel *m_heading;
    QLabel *m_weights;
    QTableView *m_table;
    MatchTableModel *m_model;
    QTextBrowser *m_reasons;
    QPushButton *m_add;
};

} // namespace alumnidesk::ui
