#include "eligibility/RosterFacts.h"

#include "db/SqlUtil.h"
#include "db/Statement.h"
#include "db/StoreBackend.h"
#include "eligibility/RuleEvaluator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace alumnidesk::eligibility {

namespace {

// ISO "YYYY-MM-DD" from UTF-8 bytes (empty for NULL) without building a QString; anything else goes the
// slow way, like sql::dateFrom.
qint32 julianDayOf(const QByteArray &s)
{
    if (s.isEmpty())
        return 0;
    auto digits = [&s](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = s.at(i);
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    if (s.size() == 10 && s.at(4) == '-' && s.at(7) == '-') {
        const int y = digits(0, 4);
        const int m = digits(5, 2);
        const int d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return julianDay(QDate(y, m, d));
    }
    return julianDay(sql::dateFrom(QVariant(QString::fromUtf8(s))));
}

// TextIds::intern() keyed by the bytes the statement hands out: a QString only for a text seen first.
class Utf8Interner {
public:
    explicit Utf8Interner(TextIds &texts)
        : m_texts(texts)
    {
    }
    quint32 intern(const QByteArray &bytes)
    {
        auto it = m_ids.constFind(bytes);
        if (it != m_ids.constEnd())
            return it.value();
        const quint32 id = m_texts.intern(QString::fromUtf8(bytes));
        m_ids.insert(QByteArray(bytes.constData(), bytes.size()), id); // a deep copy: bytes is the statement's
        return id;
    }

private:
    TextIds &m_texts;
    QHash<QByteArray, quint32> m_ids;
};

constexpr auto kFactSelect = "SELECT id, birth_date, membership_status, hr_misconduct, hr_do_not_rehire, consent_newsletter, "
                              "consent_events, consent_job_offers, stint_count, elig_last_hire_date, elig_last_departure_date, "
                              "elig_last_departure_type, elig_last_employment_type, elig_last_grade, elig_last_department, "
                              "elig_last_group_company, elig_closed_months, elig_open_hire_date, elig_total_known "
                              "FROM alumni ";

// One row of kFactSelect.
PersonFacts decodeFacts(Statement &a, Utf8Interner &texts)
{
    PersonFacts p;
    p.id = a.value(0).toLongLong();
    p.birth = julianDayOf(a.utf8(1));
    p.membership = texts.intern(a.utf8(2));
    if (a.value(3).toInt())
        p.flags |= PersonFacts::Misconduct;
    if (a.value(4).toInt())
        p.flags |= PersonFacts::DoNotRehire;
    if (a.value(5).toInt())
        p.flags |= PersonFacts::ConsentNewsletter;
    if (a.value(6).toInt())
        p.flags |= PersonFacts::ConsentEvents;
    if (a.value(7).toInt())
        p.flags |= PersonFacts::ConsentJobOffers;
    const int stints = a.value(8).toInt();
    p.stints = quint16(qBound(0, stints, 0xFFFF));
    if (stints > 0) {
        p.flags |= PersonFacts::HasLastStint;
        p.lastHire = julianDayOf(a.utf8(9));
        p.lastDeparture = julianDayOf(a.utf8(10));
        p.departureType = texts.intern(a.utf8(11));
        p.employmentType = texts.intern(a.utf8(12));
        p.grade = texts.intern(a.utf8(13));
        p.department = texts.intern(a.utf8(14));
        p.groupCompany = texts.intern(a.utf8(15));
    }
    p.closedMonths = a.value(16).toInt();
    p.openHire = julianDayOf(a.utf8(17));
    if (stints == 0 || a.value(18).toInt() == 0)
        p.flags |= PersonFacts::TotalUnknown;
    return p;
}

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
    auto prepared = backend.prepare(db, QString::fromLatin1(kFactSelect) + QStringLiteral("ORDER BY id"));
    if (!prepared)
        return readError(prepared.error());
    Statement &a = *prepared.value();
    if (Status st = a.exec(); !st)
        return readError(st.error());
    Utf8Interner texts(facts->m_texts);
    facts->m_people.reserve(1 << 16);
    // One pass over alumni in row id order (no sort): the row carries what the rules need of the stints
    // (elig_* columns, eligibility::storedRuleFacts()).
    while (a.next()) {
        if (cancelled && (facts->m_people.size() & 0x3FFF) == 0 && cancelled()) {
            a.finish();
            return cancelledError();
        }
        facts->m_people.append(decodeFacts(a, texts));
    }
    a.finish();
    return std::shared_ptr<const RosterFacts>(std::move(facts));
}

Result<std::shared_ptr<const RosterFacts>> RosterFacts::readSome(QSqlDatabase &db, const StoreBackend &backend,
                                                                const QVector<qint64> &ids, qint64 revision)
{
    auto facts = std::make_shared<RosterFacts>();
    facts->m_revision = revision;
    auto prepared = backend.prepare(db, QString::fromLatin1(kFactSelect) + QStringLiteral("WHERE id = ?"));
    if (!prepared)
        return Error{QCoreApplication::translate("Eligibility", "The roster could not be read."), prepared.error().fullText()};
    Statement &a = *prepared.value();
    Utf8Interner texts(facts->m_texts);
    facts->m_people.reserve(ids.size());
    for (qint64 id : ids) {
        a.bindValue(0, id);
        if (Status st = a.exec(); !st)
            return Error{QCoreApplication::translate("Eligibility", "The roster could not be read."), st.error().fullText()};
        if (a.next())
            facts->m_people.append(decodeFacts(a, texts));
        a.finish();
    }
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
