#include "eligibility/VerdictTable.h"

#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "eligibility/RuleSqlCompiler.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::eligibility {

Result<qint64> rosterRevision(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT n FROM roster_revision")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Eligibility", "The roster revision could not be read."));
    return q.value(0).toLongLong();
}

VerdictTable::VerdictTable(QSqlDatabase db, const StoreBackend &backend)
    : m_db(std::move(db))
    , m_backend(backend)
{
}

Result<std::optional<EvaluationRun>> VerdictTable::lastRun(qint64 ruleSetId)
{
    QSqlQuery q(m_db);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT rule_set_version, as_of, roster_revision, evaluated_at, alumni "
                                                   "FROM eligibility_runs WHERE rule_set_id = ?"));
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
    WriteTransaction tx(m_db, m_backend);
    if (!tx.started())
        return tx.status().error();
    // Read inside the transaction: a change committed by another connection after this point waits for us.
    auto revision = rosterRevision(m_db);
    if (!revision)
        return revision.error();
    QSqlQuery del(m_db);
    if (Status st = sql::prepare(del, QStringLiteral("DELETE FROM eligibility_verdicts WHERE rule_set_id = ?")); !st)
        return st.error();
    del.addBindValue(current.ruleSetId);
    if (Status st = sql::exec(del); !st)
        return st.error();
    RuleSqlCompiler compiler(m_backend, asOf);
    const CompiledSql fill = compiler.refill(current.definition, current.ruleSetId, current.version);
    QSqlQuery ins(m_db);
    if (Status st = sql::prepare(ins, fill.sql); !st)
        return st.error();
    for (const auto &b : fill.binds)
        ins.bindValue(b.first, b.second);
    if (Status st = sql::exec(ins); !st)
        return st.error();
    EvaluationRun run;
    run.ruleSetId = current.ruleSetId;
    run.version = current.version;
    run.asOf = asOf;
    run.rosterRevision = revision.value();
    run.evaluatedAt = QDateTime::currentDateTimeUtc();
    run.alumni = ins.numRowsAffected();
    QSqlQuery rec(m_db);
    if (Status st = sql::prepare(rec, QStringLiteral("INSERT OR REPLACE INTO eligibility_runs(rule_set_id, rule_set_version, as_of, "
                                                     "roster_revision, evaluated_at, alumni) VALUES (?, ?, ?, ?, ?, ?)"));
        !st)
        return st.error();
    rec.addBindValue(run.ruleSetId);
    rec.addBindValue(run.version);
    rec.addBindValue(asOf.toString(Qt::ISODate));
    rec.addBindValue(run.rosterRevision);
    rec.addBindValue(run.evaluatedAt.toString(Qt::ISODate));
    rec.addBindValue(run.alumni);
    if (Status st = sql::exec(rec); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return run;
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
    while (q.next())
        c.add(Verdict(qBound(0, q.value(0).toInt(), 2)), q.value(1).toLongLong());
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
    if (!q.next())
        return std::optional<StoredVerdict>();
    StoredVerdict v;
    v.verdict = Verdict(qBound(0, q.value(0).toInt(), 2));
    v.version = q.value(1).toInt();
    v.evaluatedOn = sql::dateFrom(q.value(2));
    return std::optional<StoredVerdict>(v);
}

} // namespace alumnidesk::eligibility
