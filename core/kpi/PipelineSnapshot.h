// What the pipeline KPIs read of the candidacies, held in memory beside the roster's KPI snapshot: the
// stages, every candidacy (person, creation and closing dates, stage, source) and its effective moves (not
// undone, not undoing another) in the order of their ids. Candidacies and moves are small (tens of
// thousands), so the whole of it is read again whenever its signature moves: one aggregate query of
// numbers (counts, largest ids, id-weighted sums of the integer columns and the source, the latest dates,
// the stages' rows), cheap next to the facts. Every write of the pipeline's own code moves it (a move,
// an undo, a new or deleted candidacy, a stage edited); a plain SQL edit of an older date alone does not. Dates are yyyymmdd integers (0 = NULL) of the texts' first ten
// characters; a date that is not a plain YYYY-MM-DD makes it inexact, and the pipeline KPIs run their SQL.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::kpi {

struct PipeStage {
    qint64 id = 0;
    QString key;
    QString nameJa;
    QString nameEn;
    int position = 0;
    bool active = false;  ///< kind 'active' (retired or not)
    bool funnel = false;  ///< an active stage or the hired one, not retired
    bool closing = false;
};

/// An effective move; stage is an index into stages() or -1 (a stage that no longer exists).
struct PipeMove {
    qint64 id = 0;
    qint32 at = 0;
    qint32 stage = -1;
};

struct PipeCandidacy {
    qint64 alumnus = 0;
    qint32 created = 0;
    qint32 closed = 0;  ///< 0 = open
    qint32 stage = -1;  ///< index into stages(), -1 = none
    qint32 source = 0;  ///< index into texts()
    qint32 firstMove = 0;
    qint32 moveCount = 0;
};

class PipelineSnapshot {
public:
    /// The signature of what the snapshot mirrors; equal signatures, equal facts.
    static Result<QString> signature(QSqlDatabase &db);
    /// Everything, read in the caller's (read) transaction.
    static Result<std::shared_ptr<PipelineSnapshot>> load(QSqlDatabase &db, const StoreBackend &backend);

    bool exact() const { return m_exact; }
    const std::vector<PipeStage> &stages() const { return m_stages; }
    const std::vector<PipeCandidacy> &candidacies() const { return m_candidacies; }
    const std::vector<PipeMove> &moves() const { return m_moves; }
    /// Category texts of the facts: the stages' keys (code = stage index), then the sources.
    const QStringList &texts() const { return m_texts; }
    /// The stage with this key, or -1.
    qint32 stageOf(const QString &key) const;

    QString signatureRead; ///< the signature it was read under (set by KpiSnapshotCache)

private:
    std::vector<PipeStage> m_stages;
    std::vector<PipeCandidacy> m_candidacies;
    std::vector<PipeMove> m_moves;
    QStringList m_texts;
    bool m_exact = true;
};

} // namespace alumnidesk::kpi
