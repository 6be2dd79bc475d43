// The materialised verdicts of the whole roster, read by the roster's verdict column and filter: one row
// per rule set and person who is NOT eligible (needs review or not eligible, usually a minority); a person
// without a row is Eligible once the rule set has been evaluated (eligibility_runs has its row). A refill
// reads everyone's facts in one pass and evaluates them in C++ (RuleEvaluator). Each refill records what
// it was computed from (rule set version, as-of date, roster revision): when any of them moves, the
// verdicts are stale and isStale() says so, so the UI can show it and refresh on a worker thread.
#pragma once

#include "common/Result.h"
#include "eligibility/RuleModel.h"
#include "eligibility/RuleSetStore.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace alumnidesk {
class Statement;
class StoreBackend;
}

namespace alumnidesk::eligibility {

class RosterFacts;
struct VerdictWriter;

struct VerdictCounts {
    qint64 eligible = 0;
    qint64 needsReview = 0;
    qint64 notEligible = 0;
    qint64 overridden = 0; ///< how many of the above come from an override in force

    qint64 total() const { return eligible + needsReview + notEligible; }
    qint64 of(Verdict v) const
    {
        return v == Verdict::Eligible ? eligible : v == Verdict::NeedsReview ? needsReview : notEligible;
    }
    void add(Verdict v, qint64 n)
    {
        (v == Verdict::Eligible ? eligible : v == Verdict::NeedsReview ? needsReview : notEligible) += n;
    }
};

struct EvaluationRun {
    qint64 ruleSetId = 0;
    int version = 0;
    QDate asOf;
    qint64 rosterRevision = 0;
    QDateTime evaluatedAt;
    qint64 alumni = 0;
    qint64 feedSeq = 0; ///< the roster change feed's newest entry then (0: not recorded)
    qint64 evaluated = 0; ///< people this refresh evaluated: everyone, or those the feed named (not stored)
};

struct StoredVerdict {
    Verdict verdict = Verdict::Eligible;
    int version = 0;
    QDate evaluatedOn;
};

/// A number that moves with every change to alumni or stints, on any connection (triggers of schema 4).
Result<qint64> rosterRevision(QSqlDatabase &db);

class VerdictTable {
public:
    VerdictTable(QSqlDatabase db, const StoreBackend &backend);

    Result<std::optional<EvaluationRun>> lastRun(qint64 ruleSetId);
    /// True when never evaluated, or evaluated with another version, as-of date or roster revision.
    Result<bool> isStale(const RuleSetVersion &current, const QDate &asOf);
    /// Recomputes every verdict of the rule set in one transaction.
    Result<EvaluationRun> refresh(const RuleSetVersion &current, const QDate &asOf);
    /// Brings the verdicts of each rule set up to date in one transaction. When only the roster moved since
    /// a rule set's last run (same version, same day) and the change feed names the people who changed
    /// (up to 20,000), only they are read and re-evaluated; otherwise everyone's facts are read once for
    /// all such rule sets, a chunk at a time (RosterFactsChunks: bounded memory). Both evaluate in C++ (RuleEvaluator, which the property test
    /// proves agrees with RuleSqlCompiler) and write only what differs from the stored verdicts; only the
    /// people who are not eligible have a row.
    Result<QVector<EvaluationRun>> refresh(const QVector<RuleSetVersion> &sets, const QDate &asOf);
    /// refresh() only when isStale().
    Result<EvaluationRun> refreshIfStale(const RuleSetVersion &current, const QDate &asOf);

    /// People read at a time by a pass over everyone (65,536; tests use small chunks to cross their edges).
    void setChunkSize(int people) { m_chunkSize = people; }

    /// Computed verdicts per kind, with overrides in force on `today` put in place of the computed ones.
    Result<VerdictCounts> counts(qint64 ruleSetId, const QDate &today);
    Result<std::optional<StoredVerdict>> stored(qint64 alumnusId, qint64 ruleSetId);

private:
    /// Merges the verdicts of a chunk of people with the stored ones of ids in (after, upTo].
    Status evaluateRange(const RuleSetVersion &current, const QDate &asOf, const RosterFacts &chunk, Statement &storedRows,
                         qint64 after, qint64 upTo, VerdictWriter &writer);
    /// Re-judges the people `ids` (ascending) from `facts`, which hold at least those of them still in the
    /// roster; `storedOne` reads a person's stored verdict (rule set, alumnus).
    Status evaluateSome(const RuleSetVersion &current, const QDate &asOf, const QVector<qint64> &ids, const RosterFacts &facts,
                        Statement &storedOne, VerdictWriter &writer);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    int m_chunkSize = 65536;
};

} // namespace alumnidesk::eligibility
