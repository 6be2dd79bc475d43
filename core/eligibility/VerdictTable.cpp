#include "eligibility/VerdictTable.h"

#include "db/PageCacheCap.h"
#include "db/RosterChanges.h"
#include "db/RosterRevision.h"
#include "db/SqlUtil.h"
#include "db/Statement.h"
#include "db/StoreBackend.h"
#include "db/WriteTransaction.h"
#include "eligibility/RosterFacts.h"
#include "eligibility/RuleEvaluator.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace alumnidesk::eligibility {

Result<qint64> rosterRevision(QSqlDatabase &db)
{
    return rosterrevision::current(db);
}

VerdictTable::VerdictTable(QSqlDatabase db, const StoreBackend &backend)
    : m_db(std::move(db))
    , m_backend(backend)
{
}

Result<std::optional<EvaluationRun>> VerdictTable::lastRun(qint64 ruleSetId)
{
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT rule_set_version, as_of, roster_revision, evaluated_at, alumni, "
                                                   "feed_seq FROM eligibility_runs WHERE rule_set_id = ?"));
        !st)
        return st.error();
    q.addBindValue(ruleSetId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next())
        return std::optional<EvaluationRun>();
    EvaluationRun r;
    r.ruleSetId = ruleSetId;
    r.version = q.value(0).toInt();
    r.asOf = sql::dateFrom(q.value(1));
    r.rosterRevision = q.value(2).toLongLong();
    r.evaluatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    r.alumni = q.value(4).toLongLong();
    r.feedSeq = q.value(5).toLongLong();
    return std::optional<EvaluationRun>(r);
}

Result<bool> VerdictTable::isStale(const RuleSetVersion &current, const QDate &asOf)
{
    auto run = lastRun(current.ruleSetId);
    if (!run)
        return run.error();
    if (!run.value())
        return true;
    auto revision = rosterRevision(m_db);
    if (!revision)
        return revision.error();
    const EvaluationRun &r = *run.value();
    return r.version != current.version || r.asOf != asOf || r.rosterRevision != revision.value();
}

Result<EvaluationRun> VerdictTable::refresh(const RuleSetVersion &current, const QDate &asOf)
{
    auto runs = refresh(QVector<RuleSetVersion>{current}, asOf);
    if (!runs)
        return runs.error();
    return runs->constFirst();
}

namespace {

// Above this many people named by the feed, one pass over everyone is cheaper than a lookup each.
constexpr qint64 kIncrementalLimit = 20000;

// Page cache of a pass over everyone, in KiB.
constexpr int kStreamingCacheKiB = 4 * 1024;

} // namespace

// The statements a refresh writes with, prepared once for every rule set it evaluates.
struct VerdictWriter {
    std::unique_ptr<Statement> put;  ///< a person's verdict (not Eligible)
    std::unique_ptr<Statement> drop; ///< a person's row (Eligible, or no longer in the roster)
    qint64 ruleSetId = 0;

    Status write(qint64 id, int now)
    {
        put->bindValue(1, id);
        put->bindValue(3, now);
        return put->exec();
    }
    Status remove(qint64 id)
    {
        drop->bindValue(1, id);
        return drop->exec();
    }
    void start(const RuleSetVersion &current, const QString &day)
    {
        ruleSetId = current.ruleSetId;
        put->bindValue(0, current.ruleSetId);
        put->bindValue(2, current.version);
        put->bindValue(4, day);
        drop->bindValue(0, current.ruleSetId);
    }
    /// Writes the difference between a stored verdict (`had` a row holding `before`) and the new one.
    Status apply(qint64 id, bool had, int before, int now)
    {
        if (had && before == int(Verdict::Eligible)) {
            // A row for an eligible person, written before only the others were stored: not needed.
            if (Status st = remove(id); !st)
                return st;
            had = false;
        }
        if (now == before && (had || now == int(Verdict::Eligible)))
            return {};
        if (now == int(Verdict::Eligible))
            return had ? remove(id) : Status{};
        return write(id, now);
    }
};

Result<QVector<EvaluationRun>> VerdictTable::refresh(const QVector<RuleSetVersion> &sets, const QDate &asOf)
{
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status().error();
    // Read inside the transaction: a change committed by another connection after this point waits for us.
    auto revision = rosterRevision(m_db);
    if (!revision)
        return revision.error();
    auto feedSeq = rosterchanges::lastSeq(m_db);
    if (!feedSeq)
        return feedSeq.error();
    VerdictWriter writer;
    auto put = m_backend.prepare(m_db, QStringLiteral("INSERT OR REPLACE INTO eligibility_verdicts(rule_set_id, alumnus_id, "
                                                      "rule_set_version, verdict, evaluated_on) VALUES (?, ?, ?, ?, ?)"));
    if (!put)
        return put.error();
    writer.put = std::move(put.value());
    auto drop = m_backend.prepare(m_db, QStringLiteral("DELETE FROM eligibility_verdicts WHERE rule_set_id = ? AND alumnus_id = ?"));
    if (!drop)
        return drop.error();
    writer.drop = std::move(drop.value());
    auto rec = m_backend.prepare(m_db, QStringLiteral("INSERT OR REPLACE INTO eligibility_runs(rule_set_id, rule_set_version, as_of, "
                                                      "roster_revision, evaluated_at, alumni, feed_seq) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!rec)
        return rec.error();
    const QString day = asOf.toString(Qt::ISODate);
    // What each rule set needs: the people the feed named since its last run when only the roster moved
    // (same version, same day) and the feed still reaches back to it; otherwise everyone.
    struct Plan {
        const RuleSetVersion *set = nullptr;
        std::optional<QVector<qint64>> changed;
        qint64 alumni = 0;
        qint64 evaluated = 0;
    };
    QVector<Plan> plans;
    bool anyEveryone = false;
    for (const RuleSetVersion &current : sets) {
        Plan plan;
        plan.set = &current;
        auto previous = lastRun(current.ruleSetId);
        if (!previous)
            return previous.error();
        const std::optional<EvaluationRun> &last = previous.value();
        if (last && last->version == current.version && last->asOf == asOf && last->feedSeq > 0 && last->feedSeq <= feedSeq.value()) {
            auto named = rosterchanges::changedSince(m_db, last->feedSeq, kIncrementalLimit);
            if (!named)
                return named.error();
            // The revision moving with nothing in the feed is a change the feed did not see: everyone.
            if (named->has_value() && !(named->value().isEmpty() && last->rosterRevision != revision.value()))
                plan.changed = std::move(named.value());
        }
        anyEveryone = anyEveryone || !plan.changed;
        plans.append(std::move(plan));
    }
    qint64 rosterSize = -1; // counted once, for the rule sets evaluated in part
    // The facts of everyone named for any of them, read once (rule sets refreshed together name the same people).
    std::shared_ptr<const RosterFacts> named;
    std::unique_ptr<Statement> storedOne;
    {
        QVector<qint64> ids;
        for (const Plan &plan : std::as_const(plans)) {
            if (plan.changed)
                ids += *plan.changed;
        }
        if (!ids.isEmpty()) {
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            auto facts = RosterFacts::readSome(m_db, m_backend, ids, revision.value());
            if (!facts)
                return facts.error();
            named = facts.value();
            auto one = m_backend.prepare(m_db, QStringLiteral("SELECT verdict FROM eligibility_verdicts WHERE rule_set_id = ? "
                                                              "AND alumnus_id = ?"));
            if (!one)
                return one.error();
            storedOne = std::move(one.value());
        }
    }
    for (Plan &plan : plans) {
        if (!plan.changed)
            continue;
        writer.start(*plan.set, day);
        if (!plan.changed->isEmpty()) {
            if (Status st = evaluateSome(*plan.set, asOf, *plan.changed, *named, *storedOne, writer); !st)
                return st.error();
        }
        // Everyone evaluated is everyone in the roster now (people added or deleted since the last run).
        if (rosterSize < 0) {
            QSqlQuery count(m_db);
            count.setForwardOnly(true);
            if (!count.exec(QStringLiteral("SELECT count(*) FROM alumni")) || !count.next())
                return sql::queryError(count, QCoreApplication::translate("Eligibility", "The roster could not be read."));
            rosterSize = count.value(0).toLongLong();
        }
        plan.alumni = rosterSize;
        plan.evaluated = plan.changed->size();
    }
    if (anyEveryone) {
        // One pass over everyone for all the other rule sets, a chunk of people at a time (bounded memory),
        // each chunk merged with the stored verdicts of the same ids.
        auto stored = m_backend.prepare(m_db, QStringLiteral("SELECT alumnus_id, verdict FROM eligibility_verdicts WHERE rule_set_id = ? "
                                                             "AND alumnus_id > ? AND alumnus_id <= ? ORDER BY alumnus_id"));
        if (!stored)
            return stored.error();
        // The pass reads each page once: a small page cache does as well as the connection's 32 MB and keeps
        // the window's memory down while it first judges a million people (148 → 134 MB).
        const PageCacheCap smallCache(m_backend, m_db, kStreamingCacheKiB);
        RosterFactsChunks chunks(m_db, m_backend, revision.value(), m_chunkSize);
        qint64 after = 0;
        qint64 everyone = 0;
        for (;;) {
            auto chunk = chunks.next();
            if (!chunk)
                return chunk.error();
            const QVector<PersonFacts> &people = chunk.value()->people();
            // The last (empty) chunk reaches to the end: rows of people no longer in the roster go.
            const qint64 upTo = people.isEmpty() ? std::numeric_limits<qint64>::max() : people.constLast().id;
            for (const Plan &plan : std::as_const(plans)) {
                if (plan.changed)
                    continue;
                writer.start(*plan.set, day);
                if (Status st = evaluateRange(*plan.set, asOf, *chunk.value(), *stored.value(), after, upTo, writer); !st)
                    return st.error();
            }
            if (people.isEmpty())
                break;
            everyone += people.size();
            after = upTo;
        }
        for (Plan &plan : plans) {
            if (!plan.changed)
                plan.alumni = plan.evaluated = everyone;
        }
    }
    QVector<EvaluationRun> runs;
    for (const Plan &plan : std::as_const(plans)) {
        EvaluationRun run;
        run.ruleSetId = plan.set->ruleSetId;
        run.version = plan.set->version;
        run.asOf = asOf;
        run.rosterRevision = revision.value();
        run.evaluatedAt = QDateTime::currentDateTimeUtc();
        run.alumni = plan.alumni;
        run.feedSeq = feedSeq.value();
        run.evaluated = plan.evaluated;
        Statement &r = *rec.value();
        r.bindValue(0, run.ruleSetId);
        r.bindValue(1, run.version);
        r.bindValue(2, day);
        r.bindValue(3, run.rosterRevision);
        r.bindValue(4, run.evaluatedAt.toString(Qt::ISODate));
        r.bindValue(5, run.alumni);
        r.bindValue(6, run.feedSeq > 0 ? QVariant(run.feedSeq) : QVariant());
        if (Status st = r.exec(); !st)
            return st.error();
        runs.append(run);
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return runs;
}

Status VerdictTable::evaluateRange(const RuleSetVersion &current, const QDate &asOf, const RosterFacts &chunk,
                                   Statement &storedRows, qint64 after, qint64 upTo, VerdictWriter &writer)
{
    // What is stored now for these ids (people who were not eligible), ascending like the facts.
    QVector<QPair<qint64, int>> stored;
    storedRows.bindValue(0, current.ruleSetId);
    storedRows.bindValue(1, after);
    storedRows.bindValue(2, upTo);
    if (Status st = storedRows.exec(); !st)
        return st;
    while (storedRows.next())
        stored.append({storedRows.value(0).toLongLong(), storedRows.value(1).toInt()});
    storedRows.finish();
    // Write only the differences: a row for each person not eligible now whose stored verdict differs,
    // no row for the eligible, nor for anyone no longer in the roster. A refresh after a rule change that
    // moves a few people writes a few rows instead of the whole roster's.
    const RuleEvaluator eval(current.definition, chunk.texts(), asOf);
    int next = 0; // into stored
    for (const PersonFacts &p : chunk.people()) {
        for (; next < stored.size() && stored.at(next).first < p.id; ++next) {
            if (Status st = writer.remove(stored.at(next).first); !st)
                return st;
        }
        const bool had = next < stored.size() && stored.at(next).first == p.id;
        const int before = had ? stored.at(next++).second : int(Verdict::Eligible);
        if (Status st = writer.apply(p.id, had, before, int(eval.verdict(p))); !st)
            return st;
    }
    for (; next < stored.size(); ++next) {
        if (Status st = writer.remove(stored.at(next).first); !st)
            return st;
    }
    return {};
}

Status VerdictTable::evaluateSome(const RuleSetVersion &current, const QDate &asOf, const QVector<qint64> &ids,
                                  const RosterFacts &facts, Statement &o, VerdictWriter &writer)
{
    o.bindValue(0, current.ruleSetId);
    const RuleEvaluator eval(current.definition, facts.texts(), asOf);
    const QVector<PersonFacts> &people = facts.people();
    int next = 0; // into people: everyone named and still in the roster, ascending like `ids` (a superset of them)
    for (qint64 id : ids) {
        while (next < people.size() && people.at(next).id < id)
            ++next;
        o.bindValue(1, id);
        if (Status st = o.exec(); !st)
            return st.error();
        const bool had = o.next();
        const int before = had ? o.value(0).toInt() : int(Verdict::Eligible);
        o.finish();
        if (next < people.size() && people.at(next).id == id) {
            if (Status st = writer.apply(id, had, before, int(eval.verdict(people.at(next++)))); !st)
                return st.error();
        } else if (had) {
            if (Status st = writer.remove(id); !st) // no longer in the roster
                return st.error();
        }
    }
    return {};
}

Result<EvaluationRun> VerdictTable::refreshIfStale(const RuleSetVersion &current, const QDate &asOf)
{
    auto stale = isStale(current, asOf);
    if (!stale)
        return stale.error();
    if (stale.value())
        return refresh(current, asOf);
    auto run = lastRun(current.ruleSetId);
    if (!run)
        return run.error();
    return *run.value();
}

Result<VerdictCounts> VerdictTable::counts(qint64 ruleSetId, const QDate &today)
{
    VerdictCounts c;
    // Only the people who are not eligible are stored: Eligible is everyone evaluated minus them.
    auto run = lastRun(ruleSetId);
    if (!run)
        return run.error();
    if (run.value())
        c.eligible = run.value()->alumni;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The (rule_set_id, verdict, alumnus_id) index answers this without touching the table.
    if (Status st = sql::prepare(q, QStringLiteral("SELECT verdict, count(*) FROM eligibility_verdicts WHERE rule_set_id = ? "
                                                   "GROUP BY verdict"));
        !st)
        return st.error();
    q.addBindValue(ruleSetId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        c.add(Verdict(qBound(0, q.value(0).toInt(), 2)), n);
        c.eligible -= n;
    }
    c.eligible = std::max<qint64>(0, c.eligible);
    // Overrides in force take the place of the computed verdict (a handful of rows).
    QSqlQuery o(m_db);
    o.setForwardOnly(true);
    if (Status st = sql::prepare(o, QStringLiteral(
                                        "SELECT v.verdict, o.verdict FROM eligibility_overrides o "
                                        "JOIN alumni a ON a.id = o.alumnus_id "
                                        "LEFT JOIN eligibility_verdicts v ON v.rule_set_id = o.rule_set_id AND v.alumnus_id = o.alumnus_id "
                                        "WHERE o.rule_set_id = ? AND o.revoked_at IS NULL AND (o.expires_on IS NULL OR o.expires_on >= ?)"));
        !st)
        return st.error();
    o.addBindValue(ruleSetId);
    o.addBindValue(today.toString(Qt::ISODate));
    if (Status st = sql::exec(o); !st)
        return st.error();
    while (o.next()) {
        if (!o.value(0).isNull())
            c.add(Verdict(qBound(0, o.value(0).toInt(), 2)), -1);
        else if (run.value())
            c.add(Verdict::Eligible, -1); // no row: computed Eligible
        c.add(Verdict(qBound(0, o.value(1).toInt(), 2)), 1);
        ++c.overridden;
    }
    return c;
}

Result<std::optional<StoredVerdict>> VerdictTable::stored(qint64 alumnusId, qint64 ruleSetId)
{
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT verdict, rule_set_version, evaluated_on FROM eligibility_verdicts "
                                                   "WHERE rule_set_id = ? AND alumnus_id = ?"));
        !st)
        return st.error();
    q.addBindValue(ruleSetId);
    q.addBindValue(alumnusId);
    if (Status st = sql::exec(q); !st)
        return st.error();
    if (!q.next()) {
        // No row: Eligible when the rule set was evaluated and the person was already there (by then,
        // roster revisions moved with their insert, so a later one is stale anyway and asks for a refresh).
        auto run = lastRun(ruleSetId);
        if (!run)
            return run.error();
        if (!run.value())
            return std::optional<StoredVerdict>();
        StoredVerdict v;
        v.verdict = Verdict::Eligible;
        v.version = run.value()->version;
        v.evaluatedOn = run.value()->asOf;
        return std::optional<StoredVerdict>(v);
    }
    StoredVerdict v;
    v.verdict = Verdict(qBound(0, q.value(0).toInt(), 2));
    v.version = q.value(1).toInt();
    v.evaluatedOn = sql::dateFrom(q.value(2));
    q.finish();
    // A refresh rewrites only the rows whose verdict changed: the run says which version and as-of date
    // every stored verdict of the rule set now stands for.
    auto run = lastRun(ruleSetId);
    if (!run)
        return run.error();
    if (run.value()) {
        v.version = run.value()->version;
        v.evaluatedOn = run.value()->asOf;
    }
    return std::optional<StoredVerdict>(v);
}

} // namespace alumnidesk::eligibility
