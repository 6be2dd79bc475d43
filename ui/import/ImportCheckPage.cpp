#include "import/ImportCheckPage.h"

#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "hris/StreamingImport.h"
#include "import/ImportChangeModel.h"
#include "import/ImportIssueModel.h"
#include "import/ImportNewPeopleModel.h"
#include "import/ImportPhaseText.h"
#include "import/ImportSession.h"
#include "import/ValueMappingDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace alumnidesk::ui {

namespace {

enum Count { NewCount, UpdatedCount, UnchangedCount, RejectedCount };

} // namespace

/// What the worker hands back; it lives in a shared_ptr so a run the page gave up never writes into the page.
struct ImportCheckPage::Outcome {
    std::shared_ptr<const hris::ImportFileContents> contents;
    std::shared_ptr<const hris::ImportPlan> plan;
    Error error;
    bool failed = false;
    bool cancelled = false;
};

ImportCheckPage::ImportCheckPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_progressBox(new QWidget(this))
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Cancel"), this))
    , m_again(new QPushButton(tr("Check &Again"), this))
    , m_resultBox(new QWidget(this))
    , m_verdict(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sampleNote(new QLabel(this))
    , m_newPeople(new ImportNewPeopleModel(this))
    , m_changes(new ImportChangeModel(this))
    , m_issues(new ImportIssueModel(this))
    , m_saveRejected(new QPushButton(tr("&Save Rejected Rows…"), this))
    , m_mapValues(new QPushButton(tr("Map &Values…"), this))
    , m_saved(new QLabel(this))
    , m_saveJob(new BackgroundJob(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("A dry run: this is what the import would do. Nothing has been written to the roster yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_stop->setObjectName(QStringLiteral("cancelCheck"));
    m_again->setObjectName(QStringLiteral("checkAgain"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_saveRejected->setObjectName(QStringLiteral("saveRejected"));
    auto *progressRow = new QHBoxLayout(m_progressBox);
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_phase);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);

    const QString captions[] = {tr("new people"), tr("updated"), tr("unchanged"), tr("rejected rows")};
    const char *names[] = {"newCount", "updatedCount", "unchangedCount", "rejectedCount"};
    auto *countRow = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *tile = new QFrame(m_resultBox);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *tileLayout = new QVBoxLayout(tile);
        m_counts[i] = new QLabel(tile);
        m_counts[i]->setObjectName(QString::fromLatin1(names[i]));
        QFont big = m_counts[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        m_counts[i]->setFont(big);
        m_counts[i]->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(captions[i], tile);
        caption->setAlignment(Qt::AlignCenter);
        tileLayout->addWidget(m_counts[i]);
        tileLayout->addWidget(caption);
        countRow->addWidget(tile, 1);
    }
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sampleNote->setObjectName(QStringLiteral("sampleNote"));
    m_sampleNote->setWordWrap(true);
    m_sampleNote->hide();

    m_tabs->setObjectName(QStringLiteral("checkTabs"));
    // Widths by what the columns hold: numbers narrow, the reason (last) takes the rest.
    m_tabs->addTab(makeTable(m_newPeople, QStringLiteral("newPeople"), {100, 130, 150, 100, 100, 150}), QString());
    m_tabs->addTab(makeTable(m_changes, QStringLiteral("changes"), {100, 120, 130, 330}), QString());
    m_tabs->addTab(makeTable(m_issues, QStringLiteral("issues"), {90, 60, 60, 140, 200}), QString());

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveRejected);
    saveRow->addWidget(m_saved, 1);
    m_mapValues->setObjectName(QStringLiteral("mapValues"));
    m_mapValues->setToolTip(tr("Some departure or employment types in the file are not roster terms: choose what "
                               "they stand for, then the file is checked again"));
    saveRow->addWidget(m_mapValues);
    m_saved->setWordWrap(true);

    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addLayout(countRow);
    resultLayout->addWidget(m_verdict);
    resultLayout->addWidget(m_tabs, 1);
    resultLayout->addWidget(m_sampleNote);
    resultLayout->addLayout(saveRow);

    auto *againRow = new QHBoxLayout;
    againRow->addStretch(1);
    againRow->addWidget(m_again);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressBox);
    layout->addWidget(m_resultBox, 1);
    layout->addLayout(againRow);

    connect(m_job, &BackgroundJob::progressChanged, this, &ImportCheckPage::showProgress);
    connect(m_job, &BackgroundJob::finished, this, &ImportCheckPage::finish);
    connect(m_stop, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_again, &QPushButton::clicked, this, &ImportCheckPage::start);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportCheckPage::askSaveRejectedRows);
    connect(m_saveJob, &BackgroundJob::finished, this, &ImportCheckPage::finishSaving);
    connect(m_mapValues, &QPushButton::clicked, this, &ImportCheckPage::editValues);
}

QTableView *ImportCheckPage::makeTable(QAbstractItemModel *model, const QString &objectName,
                                       std::initializer_list<int> widths)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // One line a row, whatever the text: a file with many problems must scroll evenly; tooltips hold the rest.
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    int column = 0;
    for (int width : widths)
        view->setColumnWidth(column++, width);
    return view;
}

void ImportCheckPage::initializePage()
{
    start();
}

void ImportCheckPage::cleanupPage()
{
    // Back to the mapping: a check still running is for a mapping about to change.
    m_job->cancelAndWait();
    m_outcome.reset();
    m_session->contents.reset();
    m_session->plan.reset();
}

bool ImportCheckPage::isBusy() const
{
    return m_job->isRunning();
}

bool ImportCheckPage::canImport() const
{
    const hris::ImportPlan *plan = m_session->plan.get();
    return plan && plan->count(hris::PlannedPerson::Insert) + plan->count(hris::PlannedPerson::Update) > 0;
}

bool ImportCheckPage::isComplete() const
{
    return !isBusy() && canImport();
}

QString ImportCheckPage::verdict() const
{
    return m_verdict->text();
}

QString ImportCheckPage::sampleNote() const
{
    return m_sampleNote->isHidden() ? QString() : m_sampleNote->text();
}

void ImportCheckPage::start()
{
    m_session->contents.reset();
    m_session->plan.reset();
    m_newPeople->setPlan(nullptr);
    m_changes->setPlan(nullptr);
    m_issues->setPlan(nullptr);
    m_saved->clear();
    m_progressBox->show();
    m_resultBox->setEnabled(false);
    m_again->hide();
    m_stop->setEnabled(true);
    m_progress->setRange(0, 0);
    m_phase->setText(importPhaseText(hris::ImportPhase::Reading, true));
    m_verdict->clear();
    showCounts();
    emit completeChanged();

    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const QString databasePath = m_session->db ? m_session->db->path() : QString();
    const QString filePath = m_session->filePath;
    hris::StreamingImportOptions options;
    options.file = m_session->fileOptions();
    options.dryRun = true;
    options.sampleLimit = m_session->sampleLimit;
    m_job->start([outcome, databasePath, filePath, options](BackgroundJob &job) {
        Database::OpenError openError;
        auto db = Database::open(databasePath, &openError);
        if (!db) {
            outcome->failed = true;
            outcome->error = openError.error;
            return;
        }
        // The streaming dry run: rows go to a staging table on disk, not into memory, whatever the file's size.
        auto result = hris::streamImport(
            *db, filePath, options,
            [&job](hris::ImportPhase phase, qint64 done, qint64 total) {
                job.setPhase(int(phase));
                job.setProgress(done, total);
            },
            [&job] { return job.isCancelRequested(); });
        if (!result) {
            outcome->failed = true;
            outcome->cancelled = job.isCancelRequested();
            outcome->error = result.error();
            return;
        }
        outcome->contents = std::make_shared<const hris::ImportFileContents>(std::move(result->file));
        outcome->plan = std::make_shared<const hris::ImportPlan>(std::move(result->plan));
    });
}

void ImportCheckPage::showProgress(qint64 done, qint64 total)
{
    m_phase->setText(importPhaseText(hris::ImportPhase(m_job->phase()), true));
    // Per mille: a byte count of a large file does not fit a progress bar's int.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
}

void ImportCheckPage::finish()
{
    const std::shared_ptr<Outcome> outcome = m_outcome;
    m_progressBox->hide();
    m_resultBox->setEnabled(true);
    if (!outcome)
        return;
    if (outcome->failed) {
        m_again->show();
        m_verdict->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_verdict->setText(outcome->cancelled ? tr("The check was cancelled. Press Check Again to start it over.")
                                              : tr("The file could not be checked: %1").arg(outcome->error.fullText()));
        showCounts();
        emit completeChanged();
        return;
    }
    m_session->contents = outcome->contents;
    m_session->plan = outcome->plan;
    m_newPeople->setPlan(outcome->plan);
    m_changes->setPlan(outcome->plan);
    m_issues->setPlan(outcome->plan);
    showCounts();
    emit completeChanged();
}

void ImportCheckPage::showCounts()
{
    const hris::ImportPlan *plan = m_session->plan.get();
    const int values[] = {plan ? plan->count(hris::PlannedPerson::Insert) : 0,
                          plan ? plan->count(hris::PlannedPerson::Update) : 0,
                          plan ? plan->count(hris::PlannedPerson::Unchanged) : 0, plan ? plan->rejectedRows : 0};
    for (int i = 0; i < 4; ++i)
        m_counts[i]->setText(plan ? QLocale().toString(values[i]) : QStringLiteral("–"));
    const qint64 errors = plan ? plan->issues.errors() : 0;
    const qint64 warnings = plan ? plan->issues.warnings() : 0;
    // A large file's check keeps only the first new and updated people: the tabs and a note say so.
    const int newShown = m_newPeople->rowCount();
    const int newTotal = plan ? plan->count(hris::PlannedPerson::Insert) : 0;
    int updatedShown = 0;
    if (plan) {
        for (const hris::PlannedPerson &p : plan->people)
            updatedShown += p.action == hris::PlannedPerson::Update ? 1 : 0;
    }
    const int updatedTotal = plan ? plan->count(hris::PlannedPerson::Update) : 0;
    const QLocale numbers;
    const bool newSampled = newShown < newTotal;
    const bool updatedSampled = updatedShown < updatedTotal;
    m_tabs->setTabText(0, newSampled ? tr("New people (the first %1 of %2)")
                                           .arg(numbers.toString(newShown), numbers.toString(newTotal))
                                     : tr("New people (%1)").arg(numbers.toString(newShown)));
    m_tabs->setTabText(1, updatedSampled ? tr("Updates (the first %1 of %2 people)")
                                               .arg(numbers.toString(updatedShown), numbers.toString(updatedTotal))
                                         : tr("Updates (%1)").arg(numbers.toString(m_changes->rowCount())));
    m_tabs->setTabText(2, tr("Problems (errors: %1, warnings: %2)").arg(numbers.toString(errors), numbers.toString(warnings)));
    QStringList sampled;
    if (newSampled)
        sampled.append(tr("showing the first %1 of %2 new people").arg(numbers.toString(newShown), numbers.toString(newTotal)));
    if (updatedSampled)
        sampled.append(tr("showing the first %1 of %2 updated people")
                           .arg(numbers.toString(updatedShown), numbers.toString(updatedTotal)));
    // The problems beyond the first few thousand wait in a temporary file: the list says how many more
    // there are and where they all are.
    const qint64 issuesShown = m_issues->rowCount();
    const qint64 issuesTotal = plan ? plan->issues.size() : 0;
    const bool issuesSampled = issuesShown < issuesTotal;
    if (issuesSampled)
        sampled.append(tr("showing the first %1 of %2 problems, %3 more are not listed (Save Rejected Rows writes "
                          "every rejected row with its reasons)")
                           .arg(numbers.toString(issuesShown), numbers.toString(issuesTotal),
                                numbers.toString(issuesTotal - issuesShown)));
    m_sampleNote->setVisible(!sampled.isEmpty());
    QString note;
    if (issuesSampled)
        note = tr("A sample: %1. The counts above are complete; the import applies every change.").arg(sampled.join(tr("; ")));
    else if (!sampled.isEmpty())
        note = tr("A sample: %1. The counts above and the problems are complete; the import applies every change.")
                   .arg(sampled.join(tr("; ")));
    m_sampleNote->setText(note);
    m_saveRejected->setEnabled(plan && plan->rejectedRows > 0);
    m_mapValues->setVisible(unmappedValues() > 0);
    if (!plan)
        return;
    if (m_issues->rowCount() > 0 && m_newPeople->rowCount() == 0 && m_changes->rowCount() == 0)
        m_tabs->setCurrentIndex(2);
    else if (m_newPeople->rowCount() == 0 && m_changes->rowCount() > 0)
        m_tabs->setCurrentIndex(1);

    QString text;
    if (canImport()) {
        m_verdict->setStyleSheet(QString());
        text = tr("Ready: %Ln rows read. Press Import to apply these changes in one step; you can roll the import "
                  "back later in File > Import History.",
                  nullptr, plan->rows);
        if (plan->rejectedRows > 0)
            text += QLatin1Char('\n') + tr("Rows with errors are left out: save them, correct them and import that "
                                          "file afterwards.");
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        if (plan->rows == 0)
            text = tr("Nothing to import: the file has a header but no data rows.");
        else if (plan->rejectedRows == plan->rows)
            text = tr("Nothing can be imported: every row has an error. Save the rejected rows, correct them and "
                      "import that file.");
        else if (plan->rejectedRows == 0)
            text = tr("Nothing to import: the roster already holds everything in this file.");
        else
            text = tr("Nothing to import: the rows without errors are already in the roster, and the others have "
                      "errors.");
    }
    m_verdict->setText(text);
}

void ImportCheckPage::saveRejectedRows(const QString &path)
{
    if (!m_session->contents || !m_session->plan) {
        m_savedStatus = Error{tr("There is no check to save rows from."), {}};
        return;
    }
    // The check kept no rows: the rejected ones are copied from the file, read again in the format it was
    // checked in (the lines of the issues say which), on a worker so a large file does not stop the window.
    auto outcome = std::make_shared<Status>();
    m_saveOutcome = outcome;
    m_savePath = path;
    m_saveRejected->setEnabled(false);
    m_saved->setText(tr("Saving the rejected rows…"));
    const QString sourcePath = m_session->filePath;
    const csv::CsvFormat format = m_session->contents->format;
    const std::shared_ptr<const hris::ImportPlan> plan = m_session->plan;
    m_saveJob->start([outcome, path, sourcePath, format, plan](BackgroundJob &) {
        *outcome = hris::writeErrorsFile(path, sourcePath, format, plan->issues);
    });
}

bool ImportCheckPage::isSaving() const
{
    return m_saveJob->isRunning();
}

void ImportCheckPage::finishSaving()
{
    const std::shared_ptr<Status> outcome = m_saveOutcome;
    if (!outcome)
        return;
    m_saveOutcome.reset();
    m_savedStatus = *outcome;
    const hris::ImportPlan *plan = m_session->plan.get();
    m_saveRejected->setEnabled(plan && plan->rejectedRows > 0);
    if (m_savedStatus) {
        m_saved->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(m_savePath)));
        return;
    }
    m_saved->clear();
    MessageBox::warning(this, tr("Save Rejected Rows"), m_savedStatus.error().message, m_savedStatus.error().detail);
}

int ImportCheckPage::unmappedValues() const
{
    if (!m_session->plan)
        return 0;
    int n = 0;
    for (hris::ValueVocabulary v : {hris::ValueVocabulary::DepartureType, hris::ValueVocabulary::EmploymentType})
        for (const hris::ValueChoice &c : hris::valueChoices(m_session->mapping, v, {}, m_session->plan->issues.kept()))
            n += c.chosen.isEmpty() ? 1 : 0;
    return n;
}

void ImportCheckPage::editValues()
{
    const QVector<hris::ImportIssue> issues = m_session->plan ? m_session->plan->issues.kept() : QVector<hris::ImportIssue>();
    ValueMappingDialog dialog(m_session->mapping, m_session->preview.rows, issues, this);
    if (dialog.exec() == QDialog::Accepted)
        remapValues(dialog.mapping());
}

void ImportCheckPage::remapValues(const hris::ColumnMapping &mapping)
{
    m_session->mapping = mapping;
    m_session->profileName.clear();
    start();
}

void ImportCheckPage::askSaveRejectedRows()
{
    const QFileInfo source(m_session->filePath);
    const QString suggestion =
        source.absoluteDir().filePath(tr("%1 - rejected rows.csv").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggestion,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    saveRejectedRows(path);
}

} // namespace alumnidesk::ui
