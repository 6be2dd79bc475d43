// Everyone's PersonFacts in memory (about 60 bytes a person), loaded in one pass over the alumni rows so
// that the rule editor can evaluate a draft against the whole roster in C++ while HR types: live counts and
// the person-by-person what-if comparison. Load it on a worker thread with the worker's own connection;
// `revision` says which roster state it describes (compare with rosterRevision() to know it is stale).
#pragma once

#include "common/Result.h"
#include "eligibility/PersonFacts.h"
#include "eligibility/RuleModel.h"
#include "eligibility/VerdictTable.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace alumnidesk {
class Statement;
class StoreBackend;
}

namespace alumnidesk::eligibility {

class RosterFacts {
public:
    /// Everyone's facts and the roster revision they describe, in a read transaction of its own.
    static Result<std::shared_ptr<const RosterFacts>> load(QSqlDatabase &db, const StoreBackend &backend,
                                                           const std::function<bool()> &cancelled = {});
    /// The pass itself, through the backend's native statement, reading dates and texts from the database's
    /// own bytes (no QVariant or QString per value). Opens no transaction: call it inside the caller's (a
    /// full re-evaluation does, inside its write transaction), so the facts and `revision` agree.
    static Result<std::shared_ptr<const RosterFacts>> read(QSqlDatabase &db, const StoreBackend &backend, qint64 revision,
                                                           const std::function<bool()> &cancelled = {});

    /// The facts of the given people who are in the roster (ascending like `ids`; someone deleted is
    /// absent), one lookup by id each: what a refresh after a few edits re-evaluates.
    static Result<std::shared_ptr<const RosterFacts>> readSome(QSqlDatabase &db, const StoreBackend &backend,
                                                               const QVector<qint64> &ids, qint64 revision);

    const QVector<PersonFacts> &people() const { return m_people; }
    const TextIds &texts() const { return m_texts; }
    qint64 revision() const { return m_revision; }

private:
    friend class RosterFactsChunks;
    QVector<PersonFacts> m_people; ///< ascending by id
    TextIds m_texts;
    qint64 m_revision = 0;
};

/// Everyone's facts a chunk at a time, ascending by id, through one prepared statement: a full
/// re-evaluation holds one chunk in memory instead of a million people (about 60 MB). Each chunk has texts
/// of its own. Read inside the caller's transaction, like RosterFacts::read().
class RosterFactsChunks {
public:
    RosterFactsChunks(QSqlDatabase &db, const StoreBackend &backend, qint64 revision, int chunkSize = 65536);
    /// The people after the previous chunk; an empty chunk at the end.
    Result<std::shared_ptr<const RosterFacts>> next();

private:
    Result<std::unique_ptr<Statement>> m_statement;
    qint64 m_revision = 0;
    int m_chunkSize = 0;
    qint64 m_after = 0; ///< the last id handed out
};

/// One person whose verdict a draft would change.
struct VerdictChange {
    qint64 alumnusId = 0;
    Verdict before = Verdict::Eligible;
    Verdict after = Verdict::Eligible;
};

/// Evaluates drafts against a RosterFacts snapshot: no database, safe to call from any thread.
class DraftPreview {
public:
    DraftPreview(std::shared_ptr<const RosterFacts> facts, const QDate &asOf);

    /// Computed verdicts of the draft for everyone (overrides are not applied: the editor shows rules).
    VerdictCounts counts(const RuleSet &draft) const;
    /// Everyone whose verdict differs between the saved rule set and the draft, ascending by id.
    QVector<VerdictChange> compare(const RuleSet &saved, const RuleSet &draft) const;

private:
    std::shared_ptr<const RosterFacts> m_facts;
    QDate m_asOf;
};

} // namespace alumnidesk::eligibility
