// The 定着 follow-ups of a rehired candidacy (1, 3 and 6 months after the start): due or recorded, by whom
// and with what note; recording one asks for the note and stores it as done today.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace alumnidesk::ui {

class PipelineSession;

class FollowUpsPanel : public QWidget {
    Q_OBJECT
public:
    FollowUpsPanel(PipelineSession *session, QWidget *parent = nullptr);

    void showCandidacy(qint64 candidacyId, qint64 alumnusId);
    QTableWidget *table() const { return m_table; }
    /// Records the selected follow-up as done today with `note` (the button asks for the note first).
    bool recordSelected(const QString &note);

private:
    void reload();
    void updateButton();

    PipelineSession *m_session;
    qint64 m_candidacyId = 0;
    qint64 m_alumnusId = 0;
    QVector<pipeline::FollowUp> m_followUps;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_record;
};

} // namespace alumnidesk::ui
