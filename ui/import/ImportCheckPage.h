// Fourth step of the import wizard, the dry run: the file is streamed through the import (rows staged on
// disk, never all in memory) and compared with the roster on a worker thread (progress by phase, Cancel),
// then the page shows what an import would do — how many people are new, updated, unchanged, how many rows
// are rejected — with every problem and the field-by-field updates in tables. The counts and the problems
// are complete; the new and the updated people are a sample of the first ones (the page says so). Rejected rows can be saved as a CSV to correct. Nothing is written to the roster here; Next
// (Import) is the point of no return, and it is disabled when nothing can be imported.
#pragma once

#include "common/Result.h"
#include "hris/ColumnMapping.h"

#include <QWizardPage>

#include <initializer_list>
#include <memory>

class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace alumnidesk::ui {

class BackgroundJob;
class ImportChangeModel;
class ImportIssueModel;
class ImportNewPeopleModel;
struct ImportSession;

class ImportCheckPage : public QWizardPage {
    Q_OBJECT
public:
    ImportCheckPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    BackgroundJob *job() const { return m_job; }
    bool isBusy() const;
    /// True when the dry run found something to write.
    bool canImport() const;
    /// The sentence under the counts: ready, nothing to import, cancelled or failed.
    QString verdict() const;
    /// Under the tables when they show only the first people of a large file ("the first 1,000 of 48,213").
    QString sampleNote() const;
    ImportIssueModel *issueModel() const { return m_issues; }
    ImportChangeModel *changeModel() const { return m_changes; }
    ImportNewPeopleModel *newPeopleModel() const { return m_newPeople; }

    /// Writes the rejected rows with their reasons (what the button does after asking where), on a worker:
    /// the check kept no rows, so the file is read again. savedStatus() says how it went once !isSaving().
    void saveRejectedRows(const QString &path);
    bool isSaving() const;
    Status savedStatus() const { return m_savedStatus; }
    /// Values in the file's 退職区分 / 雇用形態 columns that no roster term stands for (rows rejected for them).
    int unmappedValues() const;
    /// Takes a mapping with new value maps (from the Map Values dialog) and checks the file again.
    void remapValues(const hris::ColumnMapping &mapping);

private:
    struct Outcome;

    void start();
    void finish();
    void showProgress(qint64 done, qint64 total);
    void showCounts();
    void askSaveRejectedRows();
    void finishSaving();
    void editValues();
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, std::initializer_list<int> widths);

    ImportSession *m_session;
    BackgroundJob *m_job;
    std::shared_ptr<Outcome> m_outcome;

    QWidget *m_progressBox;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QPushButton *m_again;
    QWidget *m_resultBox;
    QLabel *m_counts[4] = {};
    QLabel *m_verdict;
    QTabWidget *m_tabs;
    QLabel *m_sampleNote;
    ImportNewPeopleModel *m_newPeople;
    ImportChangeModel *m_changes;
    ImportIssueModel *m_issues;
    QPushButton *m_saveRejected;
    QPushButton *m_mapValues;
    QLabel *m_saved;
    BackgroundJob *m_saveJob;
    std::shared_ptr<Status> m_saveOutcome;
    QString m_savePath;
    Status m_savedStatus;
};

} // namespace alumnidesk::ui
