#include "eligibility/RosterFacts.h"

#include "db/SqlUtil.h"
#include "eligibility/RuleEvaluator.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::eligibility {

namespace {

// ISO "YYYY-MM-DD" without building a QString; anything else goes the slow way, like sql::dateFrom.
qint32 julianDayOf(const QVariant &v)
{
    if (v.isNull())
        return 0;
    const QString s = v.toString();
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
        bool ok1 = false, ok2 = false, ok3 = false;
        const int y = QStringView(s).mid(0, 4).toInt(&ok1);
        const int m = QStringView(s).mid(5, 2).toInt(&ok2);
        const int d = QStringView(s).mid(8, 2).toInt(&ok3);
        if (ok1 && ok2 && ok3)
            return julianDay(QDate(y, m, d));
    }
    return julianDay(sql::dateFrom(v));
}

Error cancelledError()
{
    return Error{QCoreApplication::translate("Eligibility", "Cancelled."), {}};
}

} // namespace

Result<std::shared_ptr<const RosterFacts>> RosterFacts::load(QSqlDatabase &db, const std::function<bool()> &cancelled)
{
    auto facts = std::make_shared<RosterFacts>();
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
    facts->m_revision = revision.value();
    QSqlQuery a(db);
    a.setForwardOnly(true);
    // One pass over alumni in row id order (no sort): the row carries what the rules need of the stints
    // (elig_* columns, eligibility::storedRuleFacts()).
    if (!a.exec(QStringLiteral("SELECT id, birth_date, membership_status, hr_misconduct, hr_do_not_rehire, consent_newsletter, "
                               "consent_events, consent_job_offers, stint_count, elig_last_hire_date, elig_last_departure_date, "
                               "elig_last_departure_type, elig_last_employment_type, elig_last_grade, elig_last_department, "
                               "elig_last_group_company, elig_closed_months, elig_open_hire_date, elig_total_known "
                               "FROM alumni ORDER BY id"))) {
        end();
        return sql::queryError(a, QCoreApplication::translate("Eligibility", "The roster could not be read."));
    }
    TextIds &texts = facts->m_texts;
    while (a.next()) {
        if (cancelled && (facts->m_people.size() & 0x3FFF) == 0 && cancelled()) {
            end();
            return cancelledError();
        }
        PersonFacts p;
        p.id = a.value(0).toLongLong();
        p.birth = julianDayOf(a.value(1));
        p.membership = texts.intern(a.value(2).toString());
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
            p.lastHire = julianDayOf(a.value(9));
            p.lastDeparture = julianDayOf(a.value(10));
            p.departureType = texts.intern(a.value(11).toString());
            p.employmentType = texts.intern(a.value(12).toString());
            p.grade = texts.intern(a.value(13).toString());
            p.department = texts.intern(a.value(14).toString());
            p.groupCompany = texts.intern(a.value(15).toString());
        }
        p.closedMonths = a.value(16).toInt();
        p.openHire = julianDayOf(a.value(17));
        if (stints == 0 || a.value(18).toInt() == 0)
            p.flags |= PersonFacts::TotalUnknown;
        facts->m_people.append(p);
    }
    a.finish();
    end();
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
