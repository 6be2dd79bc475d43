// Last step of the import wizard: imports the checked file on a worker thread with the streaming import (the
// command line's: rows staged on disk, one transaction), with progress by phase and Cancel (which rolls
// everything back), then says what was done. A file that changed on disk since the check is refused. The window stays
// responsive throughout; the wizard cannot be closed while the transaction is open.
#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace alumnidesk::ui {

class BackgroundJob;
struct ImportSession;

class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Cancelled, Failed };

    ImportRunPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    BackgroundJob *job() const { return m_job; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Running; }
    /// Asks the import to stop; it rolls back unless it was already committing.
    void cancel();
    /// What the page says at the end.
    QString resultText() const;

signals:
    /// The import was committed: the roster changed.
    void imported();

private:
    struct Outcome;

    void finish();
    void showProgress(qint64 done, qint64 total);

    ImportSession *m_session;
    BackgroundJob *m_job;
    std::shared_ptr<Outcome> m_outcome;
    State m_state = State::Idle;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QLabel *m_result;
};

} // namespace alumnidesk::ui
