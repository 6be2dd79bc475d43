#include "eligibility/RosterFacts.h"

#include "db/Statement.h"
#include "db/StoreBackend.h"
#include "eligibility/RuleEvaluator.h"
#include "eligibility/RuleFactsRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace alumnidesk::eligibility {

namespace {

Error cancelledError()
{
    return Error{QCoreApplication::translate("Eligibility", "Cancelled."), {}};
}

} // namespace

Result<std::shared_ptr<const RosterFacts>> RosterFacts::load(QSqlDatabase &db, const StoreBackend &backend,
                                                            const std::function<bool()> &cancelled)
{
    // One read transaction, so the pass and the revision describe the same roster.
    QSqlQuery begin(db);
    const bool inTransaction = begin.exec(QStringLiteral("BEGIN"));
    auto end = [&]() {
        if (inTransaction)
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    };
    auto revision = rosterRevision(db);
    if (!revision) {
        end();
        return revision.error();
    }
    auto facts = read(db, backend, revision.value(), cancelled);
    end();
    return facts;
}

Result<std::shared_ptr<const RosterFacts>> RosterFacts::read(QSqlDatabase &db, const StoreBackend &backend, qint64 revision,
                                                            const std::function<bool()> &cancelled)
{
    auto facts = std::make_shared<RosterFacts>();
    facts->m_revision = revision;
    auto readError = [](const Error &e) {
        return Error{QCoreApplication::translate("Eligibility", "The roster could not be read."), e.fullText()};
    };
    auto prepared = backend.prepare(db, QStringLiteral("SELECT ") + ruleFactColumns() + QStringLiteral(" FROM alumni ORDER BY id"));
    if (!prepared)
        return readError(prepared.error());
    Statement &a = *prepared.value();
    if (Status st = a.exec(); !st)
        return readError(st.error());
    QHash<QByteArray, quint32> textIds;
    RuleFactsReader reader(facts->m_texts, textIds);
    facts->m_people.reserve(1 << 16);
    // One pass over alumni in row id order (no sort): the row carries what the rules need of the stints
    // (elig_* columns, eligibility::storedRuleFacts()).
    while (a.next()) {
        if (cancelled && (facts->m_people.size() & 0x3FFF) == 0 && cancelled()) {
            a.finish();
            return cancelledError();
        }
        facts->m_people.append(reader.read(a, 0));
    }
    a.finish();
    return std::shared_ptr<const RosterFacts>(std::move(facts));
}

Result<std::shared_ptr<const RosterFacts>> RosterFacts::readSome(QSqlDatabase &db, const StoreBackend &backend,
                                                                const QVector<qint64> &ids, qint64 revision)
{
    auto facts = std::make_shared<RosterFacts>();
    facts->m_revision = revision;
    auto readError = [](const Error &e) {
        return Error{QCoreApplication::translate("Eligibility", "The roster could not be read."), e.fullText()};
    };
    auto prepared = backend.prepare(db, QStringLiteral("SELECT ") + ruleFactColumns() + QStringLiteral(" FROM alumni WHERE id = ?"));
    if (!prepared)
        return readError(prepared.error());
    Statement &a = *prepared.value();
    QHash<QByteArray, quint32> textIds;
    RuleFactsReader reader(facts->m_texts, textIds);
    facts->m_people.reserve(ids.size());
    for (qint64 id : ids) {
        a.bindValue(0, id);
        if (Status st = a.exec(); !st)
            return readError(st.error());
        if (a.next())
            facts->m_people.append(reader.read(a, 0));
        a.finish();
    }
    return std::shared_ptr<const RosterFacts>(std::move(facts));
}

RosterFactsChunks::RosterFactsChunks(QSqlDatabase &db, const StoreBackend &backend, qint64 revision, int chunkSize)
    : m_statement(backend.prepare(db, QStringLiteral("SELECT ") + ruleFactColumns()
                                          + QStringLiteral(" FROM alumni WHERE id > ? ORDER BY id LIMIT ?")))
    , m_revision(revision)
    , m_chunkSize(chunkSize)
{
}

Result<std::shared_ptr<const RosterFacts>> RosterFactsChunks::next()
{
    auto readError = [](const Error &e) {
        return Error{QCoreApplication::translate("Eligibility", "The roster could not be read."), e.fullText()};
    };
    if (!m_statement)
        return readError(m_statement.error());
    Statement &a = *m_statement.value();
    a.bindValue(0, m_after);
    a.bindValue(1, m_chunkSize);
    if (Status st = a.exec(); !st)
        return readError(st.error());
    auto facts = std::make_shared<RosterFacts>();
    facts->m_revision = m_revision;
    facts->m_people.reserve(m_chunkSize);
    QHash<QByteArray, quint32> textIds;
    RuleFactsReader reader(facts->m_texts, textIds);
    while (a.next())
        facts->m_people.append(reader.read(a, 0));
    a.finish();
    if (!facts->m_people.isEmpty())
        m_after = facts->m_people.constLast().id;
    return std::shared_ptr<const RosterFacts>(std::move(facts));
}

DraftPreview::DraftPreview(std::shared_ptr<const RosterFacts> facts, const QDate &asOf)
    : m_facts(std::move(facts))
    , m_asOf(asOf)
{
}

VerdictCounts DraftPreview::counts(const RuleSet &draft) const
{
    const RuleEvaluator eval(draft, m_facts->texts(), m_asOf);
    qint64 n[3] = {0, 0, 0};
    for (const PersonFacts &p : m_facts->people())
        ++n[int(eval.verdict(p))];
    VerdictCounts c;
    c.eligible = n[0];
    c.needsReview = n[1];
    c.notEligible = n[2];
    return c;
}

QVector<VerdictChange> DraftPreview::compare(const RuleSet &saved, const RuleSet &draft) const
{
    const RuleEvaluator before(saved, m_facts->texts(), m_asOf);
    const RuleEvaluator after(draft, m_facts->texts(), m_asOf);
    QVector<VerdictChange> out;
    for (const PersonFacts &p : m_facts->people()) {
        const Verdict b = before.verdict(p);
        const Verdict a = after.verdict(p);
        if (a != b)
            out.append({p.id, b, a});
    }
    return out;
}

} // namespace alumnidesk::eligibility
