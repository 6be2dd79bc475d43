#include "import/ImportRunPage.h"

#include "common/BackgroundJob.h"
#include "csv/TextEncoding.h"
#include "db/Database.h"
#include "import/ImportSession.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace alumnidesk::ui {

/// What the worker hands back; shared so the worker never writes into a page that may be gone.
struct ImportRunPage::Outcome {
    hris::ImportSummary summary;
    Error error;
    bool failed = false;
    bool cancelled = false;
};

ImportRunPage::ImportRunPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Cancel"), this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The roster is updated in one step: until it is complete, nothing is changed."));
    setFinalPage(true);

    m_stop->setObjectName(QStringLiteral("cancelImport"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_result->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_result->setFont(font);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_job, &BackgroundJob::progressChanged, this, &ImportRunPage::showProgress);
    connect(m_job, &BackgroundJob::finished, this, &ImportRunPage::finish);
    connect(m_stop, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

void ImportRunPage::cancel()
{
    if (!isBusy())
        return;
    m_job->cancel();
    m_stop->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::initializePage()
{
    if (!m_session->plan || !m_session->contents || !m_session->db)
        return;
    m_state = State::Running;
    m_result->clear();
    m_stop->setEnabled(true);
    m_stop->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    const QString fileName = QFileInfo(m_session->filePath).fileName();
    m_status->setText(tr("Importing “%1”…").arg(fileName));
    emit completeChanged();

    hris::ImportSource source;
    source.fileName = fileName;
    source.sha256 = m_session->contents->sha256;
    source.encoding = csv::encodingName(m_session->contents->format.encoding.encoding);
    source.profile = m_session->profileName;
    source.source = QStringLiteral("ui");
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const std::shared_ptr<const hris::ImportPlan> plan = m_session->plan;
    const QString databasePath = m_session->db->path();
    m_job->start([outcome, plan, source, databasePath](BackgroundJob &job) {
        Database::OpenError openError;
        auto db = Database::open(databasePath, &openError);
        if (!db) {
            outcome->failed = true;
            outcome->error = openError.error;
            return;
        }
        auto summary = hris::executeImport(
            *db, *plan, source, [&job](int done, int total) { job.setProgress(done, total); }, job.cancelFlag());
        if (!summary) {
            outcome->failed = true;
            // A cancel that came too late (the commit was under way) is not a cancel: the import stands.
            outcome->cancelled = job.isCancelRequested();
            outcome->error = summary.error();
            return;
        }
        outcome->summary = summary.value();
    });
}

bool ImportRunPage::isComplete() const
{
    return m_state != State::Running && m_state != State::Idle;
}

QString ImportRunPage::resultText() const
{
    return m_result->text();
}

void ImportRunPage::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, total > 0 ? int(total) : 0);
    m_progress->setValue(int(done));
}

void ImportRunPage::finish()
{
    const std::shared_ptr<Outcome> outcome = m_outcome;
    if (!outcome)
        return;
    m_stop->hide();
    m_progress->hide();
    if (outcome->cancelled) {
        m_state = State::Cancelled;
        m_status->setText(tr("Import cancelled."));
        m_result->setText(tr("Nothing was changed: the roster is exactly as it was before."));
    } else if (outcome->failed) {
        m_state = State::Failed;
        m_status->setText(tr("The import failed."));
        m_result->setText(tr("Nothing was changed: the roster is exactly as it was before.\n\n%1")
                              .arg(outcome->error.fullText()));
    } else {
        m_state = State::Done;
        m_session->summary = outcome->summary;
        const hris::ImportSummary &s = outcome->summary;
        m_status->setText(tr("Import complete."));
        QString text = tr("New people: %1 · Updated: %2 · Already up to date: %3")
                           .arg(s.inserted)
                           .arg(s.updated)
                           .arg(s.unchanged);
        if (s.rejectedRows > 0)
            text += QLatin1Char('\n') + tr("%n rows with errors were left out.", nullptr, s.rejectedRows);
        text += QStringLiteral("\n\n") + tr("To undo this import, use File > Import History.");
        m_result->setText(text);
        emit imported();
    }
    emit completeChanged();
}

} // namespace alumnidesk::ui
