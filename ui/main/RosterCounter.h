// Counts everyone in the open roster on a worker thread, for the status bar: at a million alumni a
// count(*) is a full index scan the window should not wait for, and SQL belongs in core (RosterQuery).
#pragma once

#include <QObject>

#include <memory>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class BackgroundJob;

class RosterCounter : public QObject {
    Q_OBJECT
public:
    explicit RosterCounter(QObject *parent = nullptr);
    ~RosterCounter() override;

    /// Starts counting db (after stopping a count still running); nullptr only stops.
    void recount(const Database *db);

signals:
    void counted(qint64 alumni);

private:
    BackgroundJob *m_job;
    std::shared_ptr<qint64> m_result;
};

} // namespace alumnidesk::ui
