#include "import/ImportRunPage.h"

#include "common/BackgroundJob.h"
#include "csv/TextEncoding.h"
#include "db/Database.h"
#include "hris/StreamingImport.h"
#include "import/ImportPhaseText.h"
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
    hris::StreamingImportOptions options;
    options.file = m_session->fileOptions();
    options.source = source;
    options.sampleLimit = 0; // the dry run showed the sample; the import keeps only counts and problems
    options.expectedSha256 = m_session->contents->sha256;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const QString filePath = m_session->filePath;
    const QString databasePath = m_session->db->path();
    m_job->start([outcome, filePath, options, databasePath](BackgroundJob &job) {
        Database::OpenError openError;
        auto db = Database::open(databasePath, &openError);
        if (!db) {
            outcome->failed = true;
            outcome->error = openError.error;
            return;
        }
        // The same streaming import as the command line: the file is read again (it must be the one checked),
        // staged on disk and applied in one transaction; Cancel or a failure rolls all of it back.
        auto result = hris::streamImport(
            *db, filePath, options,
            [&job](hris::ImportPhase phase, qint64 done, qint64 total) {
                job.setPhase(int(phase));
                job.setProgress(done, total);
            },
            [&job] { return job.isCancelRequested(); });
        if (!result) {
            outcome->failed = true;
            // A cancel that came too late (the commit was under way) is not a cancel: the import stands.
            outcome->cancelled = job.isCancelRequested();
            outcome->error = result.error();
            return;
        }
        outcome->summary = result->summary;
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
    if (m_job->isCancelRequested())
        return; // the status says Cancelling… until the rollback is done
    const QString fileName = QFileInfo(m_session->filePath).fileName();
    m_status->setText(tr("Importing “%1”: %2").arg(fileName, importPhaseText(hris::ImportPhase(m_job->phase()), false)));
    // Per mille: a byte count of a large file does not fit a progress bar's int.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
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
        const QLocale numbers;
        QString text = tr("New people: %1 · Updated: %2 · Already up to date: %3")
                           .arg(numbers.toString(s.inserted), numbers.toString(s.updated),
                                numbers.toString(s.unchanged));
        if (s.rejectedRows > 0)
            text += QLatin1Char('\n') + tr("%Ln rows with errors were left out.", nullptr, s.rejectedRows);
        text += QStringLiteral("\n\n") + tr("To undo this import, use File > Import History.");
        m_result->setText(text);
        emit imported();
    }
    emit completeChanged();
}

} // namespace alumnidesk::ui
