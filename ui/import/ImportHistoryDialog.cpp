#include "import/ImportHistoryDialog.h"

#include "common/BackgroundJob.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "db/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

namespace {

// Prefixed: QDialog has a Rejected of its own, which a bare name here would silently mean.
enum Column {
    ColWhen,
    ColUser,
    ColFile,
    ColEncoding,
    ColRows,
    ColInserted,
    ColUpdated,
    ColUnchanged,
    ColRejected,
    ColRolledBack,
    ColumnCount
};

QTableWidgetItem *numberItem(int n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

struct ImportHistoryDialog::Outcome {
    hris::RollbackSummary summary;
    Error error;
    bool failed = false;
};

ImportHistoryDialog::ImportHistoryDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_job(new BackgroundJob(this))
    , m_table(new QTableWidget(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_rollBack(new QPushButton(tr("&Roll Back Last Import…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("ImportHistoryDialog"));
    setWindowTitle(tr("Import History"));

    auto *intro = new QLabel(tr("Every import into this roster, newest first. The most recent import that still "
                                "stands can be rolled back: the people it added are removed and the people it "
                                "changed get their previous record back."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("imports"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("By"), tr("File"), tr("Encoding"), tr("Rows"), tr("New"),
                                        tr("Updated"), tr("Unchanged"), tr("Rejected"), tr("Rolled back")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(64); // counts read better with some air around them
    m_table->horizontalHeader()->setSectionResizeMode(ColFile, QHeaderView::Stretch);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_rollBack->setObjectName(QStringLiteral("rollBack"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(980, 440);

    connect(m_rollBack, &QPushButton::clicked, this, &ImportHistoryDialog::rollBackLast);
    connect(m_close, &QPushButton::clicked, this, &ImportHistoryDialog::reject);
    connect(m_job, &BackgroundJob::finished, this, &ImportHistoryDialog::finishRollback);
    reload();
}

bool ImportHistoryDialog::isBusy() const
{
    return m_job->isRunning();
}

QString ImportHistoryDialog::statusText() const
{
    return m_status->text();
}

void ImportHistoryDialog::reload()
{
    m_imports.clear();
    if (m_db) {
        auto imports = hris::listImports(*m_db);
        if (imports)
            m_imports = imports.value();
        else
            m_status->setText(imports.errorText());
    }
    m_table->setRowCount(int(m_imports.size()));
    for (int r = 0; r < m_imports.size(); ++r) {
        const hris::ImportRecord &i = m_imports.at(r);
        m_table->setItem(r, ColWhen, new QTableWidgetItem(shortDateTime(i.startedAt.toLocalTime())));
        m_table->setItem(r, ColUser, new QTableWidgetItem(i.user));
        auto *file = new QTableWidgetItem(i.fileName);
        file->setToolTip(i.profile.isEmpty() ? tr("SHA-256: %1").arg(i.sha256)
                                             : tr("Mapping profile: %1\nSHA-256: %2").arg(i.profile, i.sha256));
        m_table->setItem(r, ColFile, file);
        m_table->setItem(r, ColEncoding, new QTableWidgetItem(i.encoding));
        m_table->setItem(r, ColRows, numberItem(i.rows));
        m_table->setItem(r, ColInserted, numberItem(i.inserted));
        m_table->setItem(r, ColUpdated, numberItem(i.updated));
        m_table->setItem(r, ColUnchanged, numberItem(i.unchanged));
        m_table->setItem(r, ColRejected, numberItem(i.rejected));
        m_table->setItem(r, ColRolledBack, new QTableWidgetItem(i.rolledBackAt.isValid()
                                                                     ? shortDateTime(i.rolledBackAt.toLocalTime())
                                                                     : QString()));
    }
    if (m_imports.isEmpty())
        m_status->setText(tr("No file has been imported into this roster yet."));
    m_rollBack->setEnabled(!isBusy() && lastStanding() != nullptr);
}

const hris::ImportRecord *ImportHistoryDialog::lastStanding() const
{
    for (const hris::ImportRecord &i : m_imports) {
        if (!i.rolledBackAt.isValid())
            return &i;
    }
    return nullptr;
}

void ImportHistoryDialog::rollBackLast()
{
    const hris::ImportRecord *last = lastStanding();
    if (!last || !m_db || isBusy())
        return;
    const QString question =
        tr("Roll back the import of “%1” from %2?\n\nThe %3 people it added will be removed and the %4 people it "
           "updated get their previous record back. This cannot be undone.")
            .arg(last->fileName, shortDateTime(last->startedAt.toLocalTime()))
            .arg(last->inserted)
            .arg(last->updated);
    if (MessageBox::question(this, tr("Roll Back Import"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const QString databasePath = m_db->path();
    m_rollBack->setEnabled(false);
    m_close->setEnabled(false);
    m_busy->show();
    m_status->setText(tr("Rolling back “%1”…").arg(last->fileName));
    m_job->start([outcome, databasePath](BackgroundJob &) {
        Database::OpenError openError;
        auto db = Database::open(databasePath, &openError);
        if (!db) {
            outcome->failed = true;
            outcome->error = openError.error;
            return;
        }
        auto summary = hris::rollbackLastImport(*db, QStringLiteral("ui"));
        if (!summary) {
            outcome->failed = true;
            outcome->error = summary.error();
            return;
        }
        outcome->summary = summary.value();
    });
}

void ImportHistoryDialog::finishRollback()
{
    m_busy->hide();
    m_close->setEnabled(true);
    const std::shared_ptr<Outcome> outcome = m_outcome;
    if (!outcome)
        return;
    if (outcome->failed) {
        reload();
        m_status->setText(tr("The import was not rolled back."));
        // The detail names the people changed since and by whom: that is what the user needs to act on, so
        // it goes in the message itself rather than behind "Show Details".
        MessageBox::warning(this, tr("Roll Back Import"), outcome->error.fullText());
        return;
    }
    reload();
    m_status->setText(tr("Rolled back: %1 people removed, %2 people restored to their previous record.")
                          .arg(outcome->summary.removed)
                          .arg(outcome->summary.restored));
    emit rosterChanged();
}

void ImportHistoryDialog::reject()
{
    // A rollback is one transaction that cannot be stopped halfway; the dialog waits for it.
    if (isBusy())
        return;
    QDialog::reject();
}

} // namespace alumnidesk::ui
