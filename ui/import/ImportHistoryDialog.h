// File > Import History: every import into the open roster (when, who, which file, what it did, whether it
// was rolled back) and the rollback of the last one. The rollback runs on a worker thread: for an import of
// a hundred thousand people it restores as many records, too long to freeze the window for. Core refuses a
// rollback that would throw away later edits and says whose; the dialog shows that text.
#pragma once

#include "hris/ImportHistory.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class BackgroundJob;

class ImportHistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Database *db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    BackgroundJob *job() const { return m_job; }
    bool isBusy() const;
    QString statusText() const;

    /// What the button does: asks, then rolls back the most recent import still standing.
    void rollBackLast();
    void reload();

    void reject() override;

signals:
    /// A rollback was committed: the roster list should reload everything.
    void rosterChanged();

private:
    struct Outcome;

    const hris::ImportRecord *lastStanding() const;
    void finishRollback();

    Database *m_db;
    BackgroundJob *m_job;
    std::shared_ptr<Outcome> m_outcome;
    QVector<hris::ImportRecord> m_imports;
    QTableWidget *m_table;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_rollBack;
    QPushButton *m_close;
};

} // namespace alumnidesk::ui
