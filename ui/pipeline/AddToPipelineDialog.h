// Puts a person from the roster into the pipeline: for which open opening (or the talent pool), how they
// came (applied, HR outreach, referral, event), and a first next action. OK adds the candidacy; when the
// core refuses (already in the pipeline for that opening, withdrawn), the reason shows and the dialog stays.
// The addition goes on the window's undo stack.
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace alumnidesk::ui {

class DateLineEdit;
class PipelineSession;

class AddToPipelineDialog : public QDialog {
    Q_OBJECT
public:
    AddToPipelineDialog(PipelineSession *session, qint64 alumnusId, const QString &name, QWidget *parent = nullptr);

    QComboBox *openingBox() const { return m_opening; }
    QComboBox *sourceBox() const { return m_source; }
    /// The candidacy added on OK (0 before).
    qint64 candidacyId() const { return m_candidacyId; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    PipelineSession *m_session;
    qint64 m_alumnusId;
    QString m_personName;
    QHash<qint64, QString> m_openingTitles;
    qint64 m_candidacyId = 0;
    QComboBox *m_opening;
    QComboBox *m_source;
    QLineEdit *m_event;
    QLineEdit *m_nextAction;
    DateLineEdit *m_due;
    QLabel *m_error;
};

} // namespace alumnidesk::ui
