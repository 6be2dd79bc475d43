// Stops the CHECK constraints of a connection while a bulk load inserts its rows (SQLite builds the list of
// an `IN (…)` check anew for every single-row INSERT: an eighth of the demo roster's inserting, a tenth and
// more of a direct import's reading), puts them back when it goes, and verifies afterwards, in one query,
// what the one constraint those rows meet guards (alumni.membership_status in the vocabulary).
//
//     CheckConstraintPause pause(db, backend);   // off, when the backend can
//     … insert rows with ids from `first` …
//     if (Status st = pause.resumeAndVerify(first); !st) … (the caller rolls back)
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace alumnidesk {

class StoreBackend;

class CheckConstraintPause {
public:
    CheckConstraintPause(QSqlDatabase db, const StoreBackend &backend);
    ~CheckConstraintPause(); ///< the constraints are back, whatever happened
    CheckConstraintPause(const CheckConstraintPause &) = delete;
    CheckConstraintPause &operator=(const CheckConstraintPause &) = delete;

    /// The constraints are off (a backend that cannot stop them keeps checking).
    bool active() const { return m_off; }
    /// Puts the constraints back and, when they were off, checks the alumni rows with ids from `firstId` on:
    /// an error names the first person with a membership status outside the vocabulary.
    Status resumeAndVerify(qint64 firstId = 0);

private:
    void resume();

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    bool m_off = false;
};

/// The alumni rows with ids from `firstId` on all have a membership status of the vocabulary (what the
/// table's CHECK constraint guards), asked at once.
Status verifyMembershipStatuses(QSqlDatabase &db, qint64 firstId = 0);

} // namespace alumnidesk
