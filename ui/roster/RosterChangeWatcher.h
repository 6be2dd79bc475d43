// Notices when another program (alumnidesk-cli, a second window, an HRIS script) wrote to the open roster
// file, so that the list, its counts and its cached rows never show what the file no longer holds. It polls
// cheaply — the backend's change counter (SQLite's data_version: one pragma, no table read), and only when
// that moved, the roster revision (one row) — every few seconds and whenever the application becomes active.
// The window's own writes are acknowledged by the window, so they are not reported twice.
#pragma once

#include <QObject>
#include <QTimer>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class RosterChangeWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    explicit RosterChangeWatcher(QObject *parent = nullptr);

    /// Watches this file from its state now (nullptr: nothing).
    void setDatabase(Database *db);
    /// The window itself changed the file and has refreshed what it shows: take the state now as seen.
    void acknowledge();
    /// Likewise after the window's own writes that leave the roster alone (the pipeline, overrides): a roster
    /// change by another program that came in meanwhile is still reported.
    void acknowledgeOtherData();
    void setInterval(int ms) { m_timer.setInterval(ms); }
    /// Looks now; the timer and the application becoming active call it.
    void check();

signals:
    /// Alumni or stints changed elsewhere: the order, the counts and any row may differ.
    void rosterChanged();
    /// Something else in the file changed (verdicts, overrides, tags, the pipeline): rows may show differently.
    void otherDataChanged();

private:
    void remember();

    Database *m_db = nullptr;
    QTimer m_timer;
    qint64 m_counter = -1;
    qint64 m_revision = -1;
};

} // namespace alumnidesk::ui
