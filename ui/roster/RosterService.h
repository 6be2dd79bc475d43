// The window's door to roster edits: wraps AlumnusRepository for the open database and announces every
// change, so the list, the detail pane and the undo stack stay in step. Undo commands call it too.
#pragma once

#include "common/Result.h"
#include "roster/Alumnus.h"
#include "roster/Validation.h"

#include <QObject>

#include <memory>

namespace alumnidesk {
class AlumnusRepository;
class Database;
}

namespace alumnidesk::ui {

class RosterService : public QObject {
    Q_OBJECT
public:
    explicit RosterService(QObject *parent = nullptr);
    ~RosterService() override;

    void setDatabase(Database *db);
    Database *database() const { return m_db; }

    Result<Alumnus> load(qint64 id);
    QVector<ValidationIssue> check(const Alumnus &a);
    Result<qint64> add(const Alumnus &a);
    Status save(const Alumnus &a);
    /// Saves a only if the stored record still matches `expected` (see AlumnusRepository::save).
    Status save(const Alumnus &a, const Alumnus &expected);
    Status remove(qint64 id);
    Status restore(const Alumnus &snapshot);

    /// Says that many rows changed at once behind the service's back (an import, its rollback): listeners
    /// reload everything.
    void announceBulkChange();

signals:
    /// Rows were added, changed or removed; the list should re-query. `ids` were touched; empty: any row may
    /// have changed.
    void rosterChanged(const QVector<qint64> &ids);

private:
    Database *m_db = nullptr;
    std::unique_ptr<AlumnusRepository> m_repo;
};

} // namespace alumnidesk::ui
