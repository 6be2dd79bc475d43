#include "pipeline/OpeningMatcher.h"

#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "pipeline/Candidacies.h"
#include "pipeline/Openings.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace alumnidesk::pipeline {

namespace {

constexpr int kSkills = 400;
constexpr int kVerdict = 150;
constexpr int kHistory = 150;
constexpr int kDeparture = 100;
constexpr int kEngagement = 100;
constexpr int kConsent = 100;
constexpr int kOtherThanSkills = kVerdict + kHistory + kDeparture + kEngagement + kConsent;
constexpr int kRecentLeavers = 5000;

int monthsBetween(const QDate &from, const QDate &to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// Everything scoring reads about one person.
struct Person {
    qint64 id = 0;
    QString employeeId, name, kana, lastDepartment, lastPosition, departureType;
    QDate lastHire, lastDeparture, lastContact;
    bool consent = false, withdrawn = false, doNotRehire = false, misconduct = false;
    QStringList skills;
};

bool better(const MatchResult &a, const MatchResult &b)
{
    return a.score != b.score ? a.score > b.score : a.alumnusId < b.alumnusId;
}

} // namespace

QString MatchResult::scoreText() const
{
    return QLocale().toString(double(score) / 10.0, 'f', 1);
}

QString OpeningMatcher::skillKey(const QString &skill)
{
    QString key = text::normalizeText(skill).trimmed();
    for (QChar &ch : key) {
        if (ch.unicode() >= 'A' && ch.unicode() <= 'Z')
            ch = QChar(ch.unicode() + ('a' - 'A'));
    }
    return key;
}

QVector<MatchWeight> OpeningMatcher::weights()
{
    return {
        {QStringLiteral("skills"), QCoreApplication::translate("Pipeline", "Skills"), kSkills, QCoreApplication::translate("Pipeline", "Share of the opening's required skills the person lists.")},
        {QStringLiteral("verdict"), QCoreApplication::translate("Pipeline", "Rehire verdict"), kVerdict,
         QCoreApplication::translate("Pipeline", "Eligible scores in full, not yet assessed about half, needs review a little; Not eligible people are left out.")},
        {QStringLiteral("history"), QCoreApplication::translate("Pipeline", "Department and position"), kHistory,
         QCoreApplication::translate("Pipeline", "Worked in the opening's department; held its title or grade before.")},
        {QStringLiteral("departure"), QCoreApplication::translate("Pipeline", "Time since leaving"), kDeparture,
         QCoreApplication::translate("Pipeline", "Full within three years of leaving, falling to nothing at ten years.")},
        {QStringLiteral("engagement"), QCoreApplication::translate("Pipeline", "Recent contact"), kEngagement,
         QCoreApplication::translate("Pipeline", "Last contact within six months, a year or two years.")},
        {QStringLiteral("consent"), QCoreApplication::translate("Pipeline", "Consent to job offers"), kConsent, QCoreApplication::translate("Pipeline", "Agreed to hear about job openings.")},
    };
}

Result<MatchList> OpeningMatcher::match(qint64 openingId, const MatchOptions &options)
{
    OpeningRepository openings(m_ctx);
    auto opening = openings.load(openingId);
    if (!opening)
        return opening.error();
    const Opening &o = opening.value();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const int limit = std::max(1, options.limit);
    MatchList out;
    out.opening = o;

    // 1. Who to consider, and how many required skills each lists (an index range per skill).
    QStringList required;
    for (const QString &s : o.requiredSkills) {
        const QString key = skillKey(s);
        if (!key.isEmpty() && !required.contains(key))
            required.append(key);
    }
    QHash<qint64, int> hits;
    {
        QSqlQuery q(m_ctx.db);
        q.setForwardOnly(true);
        if (Status st = sql::prepare(q, QStringLiteral("SELECT alumnus_id FROM alumnus_skills WHERE skill = ?")); !st)
            return st.error();
        for (const QString &key : required) {
            q.addBindValue(key);
            if (Status st = sql::exec(q); !st)
                return st.error();
            while (q.next())
                ++hits[q.value(0).toLongLong()];
        }
    }
    {
        QSqlQuery q(m_ctx.db);
        q.setForwardOnly(true);
        if (!o.department.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id FROM alumni WHERE last_department = ?"));
            q.addBindValue(o.department);
        } else if (required.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id FROM alumni WHERE last_departure_date IS NOT NULL ORDER BY last_departure_date DESC LIMIT ?"));
            q.addBindValue(kRecentLeavers);
        }
        if (!q.lastQuery().isEmpty()) {
            if (Status st = sql::exec(q); !st)
                return st.error();
            while (q.next())
                hits.insert(q.value(0).toLongLong(), hits.value(q.value(0).toLongLong()));
        }
    }
    // People who agreed to hear about offers, as a bitmap over row ids (the alumni_job_offer_pool index).
    std::vector<bool> pool;
    if (options.requireConsent) {
        QSqlQuery q(m_ctx.db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM alumni WHERE consent_job_offers = 1 AND membership_status <> 'withdrawn'")))
            return sql::queryError(q, QCoreApplication::translate("Pipeline", "The alumni to match could not be read."));
        while (q.next()) {
            const auto id = size_t(q.value(0).toLongLong());
            if (id >= pool.size())
                pool.resize(std::max(id + 1, pool.size() * 2), false);
            pool[id] = true;
        }
    }
    QVector<QVector<qint64>> tiers(required.size() + 1);
    for (auto it = hits.constBegin(); it != hits.constEnd(); ++it) {
        if (options.requireConsent && (size_t(it.key()) >= pool.size() || !pool[size_t(it.key())]))
            continue;
        tiers[std::min(it.value(), int(required.size()))].append(it.key());
    }

    auto openCandidacies = CandidacyRepository(m_ctx).openByAlumnusForOpening(openingId);
    if (!openCandidacies)
        return openCandidacies.error();

    auto personStatement = m_ctx.backend->prepare(
        m_ctx.db, QStringLiteral("SELECT employee_id, trim(family_name || ' ' || given_name), trim(family_kana || ' ' || given_kana), "
                                 "last_department, last_position, last_departure_type, last_hire_date, last_departure_date, "
                                 "last_contact_date, consent_job_offers, membership_status, hr_do_not_rehire, hr_misconduct, skills "
                                 "FROM alumni WHERE id = ?"));
    if (!personStatement)
        return personStatement.error();
    Statement &personQuery = *personStatement.value();
    auto stintStatement = m_ctx.backend->prepare(m_ctx.db, QStringLiteral("SELECT department, position, grade FROM stints WHERE alumnus_id = ? "
                                                                          "ORDER BY hire_date"));
    if (!stintStatement)
        return stintStatement.error();
    Statement &stintQuery = *stintStatement.value();

    QVector<MatchResult> best; // kept sorted, at most `limit`
    const auto threshold = [&]() { return int(best.size()) < limit ? -1 : best.constLast().score; };

    qsizetype candidates = 0;
    for (const auto &tierIds : tiers)
        candidates += tierIds.size();
    m_ctx.verdicts->expect(candidates);

    // 2. Tier by tier, most skills first; stop when a lower tier cannot reach the list.
    for (int tier = int(required.size()); tier >= 0; --tier) {
        const int skillPoints = required.isEmpty() ? 0 : (kSkills * tier + int(required.size()) / 2) / int(required.size());
        if (int(best.size()) >= limit && skillPoints + kOtherThanSkills < threshold())
            break;
        QVector<qint64> ids = tiers.at(tier);
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids) {
            personQuery.bindValue(0, id);
            if (Status st = personQuery.exec(); !st)
                return st.error();
            if (!personQuery.next())
                continue;
            Person p;
            p.id = id;
            p.employeeId = personQuery.value(0).toString();
            p.name = personQuery.value(1).toString();
            p.kana = personQuery.value(2).toString();
            p.lastDepartment = personQuery.value(3).toString();
            p.lastPosition = personQuery.value(4).toString();
            p.departureType = personQuery.value(5).toString();
            p.lastHire = sql::dateFrom(personQuery.value(6));
            p.lastDeparture = sql::dateFrom(personQuery.value(7));
            p.lastContact = sql::dateFrom(personQuery.value(8));
            p.consent = personQuery.value(9).toBool();
            p.withdrawn = personQuery.value(10).toString() == QLatin1String("withdrawn");
            p.doNotRehire = personQuery.value(11).toBool();
            p.misconduct = personQuery.value(12).toBool();
            const QString skills = personQuery.value(13).toString();
            personQuery.finish();
            if (p.withdrawn || (options.requireConsent && !p.consent) || (p.lastHire.isValid() && !p.lastDeparture.isValid()))
                continue;
            RehireFacts facts{id, p.doNotRehire, p.misconduct, p.departureType, p.lastHire, p.lastDeparture};
            MatchResult r;
            r.verdict = m_ctx.verdicts->verdict(facts);
            if (options.excludeNotEligible && r.verdict.kind == RehireVerdict::NotEligible)
                continue;
            ++out.considered;
            // Points first, from numbers alone; reasons are written only for people who make the list.
            int verdictPoints = 0;
            switch (r.verdict.kind) {
            case RehireVerdict::Eligible: verdictPoints = kVerdict; break;
            case RehireVerdict::Unknown: verdictPoints = 80; break;
            case RehireVerdict::NeedsReview: verdictPoints = 30; break;
            case RehireVerdict::NotEligible: verdictPoints = 0; break;
            }
            const int leftMonths = p.lastDeparture.isValid() ? monthsBetween(p.lastDeparture, today) : -1;
            const int departurePoints = leftMonths < 0 ? 0 : leftMonths <= 36 ? kDeparture : leftMonths >= 120 ? 0 : kDeparture * (120 - leftMonths) / 84;
            const int contactMonths = p.lastContact.isValid() ? monthsBetween(p.lastContact, today) : -1;
            const int engagementPoints = contactMonths < 0 ? 0 : contactMonths <= 6 ? kEngagement : contactMonths <= 12 ? 60 : contactMonths <= 24 ? 30 : 0;
            const int consentPoints = p.consent ? kConsent : 0;
            const int partial = skillPoints + verdictPoints + departurePoints + engagementPoints + consentPoints;
            // History needs the stints; skip reading them when even full marks would not reach the list.
            if (int(best.size()) >= limit && partial + kHistory < threshold())
                continue;
            bool department = false, role = false;
            QString roleHeld;
            stintQuery.bindValue(0, id);
            if (Status st = stintQuery.exec(); !st)
                return st.error();
            while (stintQuery.next()) {
                const QString dept = stintQuery.value(0).toString();
                const QString position = stintQuery.value(1).toString();
                const QString grade = stintQuery.value(2).toString();
                if (!o.department.isEmpty() && dept == o.department)
                    department = true;
                if (!role && !o.title.isEmpty() && position == o.title) {
                    role = true;
                    roleHeld = position;
                } else if (!role && !o.grade.isEmpty() && grade == o.grade) {
                    role = true;
                    roleHeld = grade;
                }
            }
            stintQuery.finish();
            const int historyPoints = (department ? 100 : 0) + (role ? 50 : 0);
            r.score = partial + historyPoints;
            r.alumnusId = id;
            if (int(best.size()) >= limit && !better(r, best.constLast()))
                continue;

            // Skills
            p.skills = skills.isEmpty() ? QStringList() : skills.split(QStringLiteral(", "));
            MatchComponent cSkills{QStringLiteral("skills"), QCoreApplication::translate("Pipeline", "Skills"), skillPoints, kSkills, {}};
            if (required.isEmpty()) {
                cSkills.reason = QCoreApplication::translate("Pipeline", "The opening lists no required skills.");
            } else {
                QStringList have, missing;
                for (const QString &s : o.requiredSkills) {
                    const QString key = skillKey(s);
                    const bool found = std::any_of(p.skills.begin(), p.skills.end(), [&](const QString &x) { return skillKey(x) == key; });
                    (found ? have : missing).append(s);
                }
                const int total = int(required.size());
                cSkills.reason = have.isEmpty() ? QCoreApplication::translate("Pipeline", "Lists none of the %1 required skills.").arg(total)
                                                : QCoreApplication::translate("Pipeline", "Lists %1 of %2 required skills: %3.").arg(have.size()).arg(total).arg(have.join(QStringLiteral(", ")));
                if (!missing.isEmpty() && !have.isEmpty())
                    cSkills.reason += QLatin1Char(' ') + QCoreApplication::translate("Pipeline", "Missing: %1.").arg(missing.join(QStringLiteral(", ")));
            }
            // Verdict
            MatchComponent cVerdict{QStringLiteral("verdict"), QCoreApplication::translate("Pipeline", "Rehire verdict"), verdictPoints, kVerdict,
                                    verdictLabel(r.verdict.kind) + QStringLiteral(": ") + r.verdict.reason};
            // History
            MatchComponent cHistory{QStringLiteral("history"), QCoreApplication::translate("Pipeline", "Department and position"), historyPoints, kHistory, {}};
            QStringList why;
            if (department)
                why.append(QCoreApplication::translate("Pipeline", "Worked in %1, the opening's department.").arg(o.department));
            else if (!o.department.isEmpty())
                why.append(QCoreApplication::translate("Pipeline", "Never worked in %1.").arg(o.department));
            if (role)
                why.append(QCoreApplication::translate("Pipeline", "Held %1 before, as the opening asks.").arg(roleHeld));
            if (why.isEmpty())
                why.append(QCoreApplication::translate("Pipeline", "The opening names no department, title or grade to compare."));
            cHistory.reason = why.join(QLatin1Char(' '));
            // Departure
            MatchComponent cDeparture{QStringLiteral("departure"), QCoreApplication::translate("Pipeline", "Time since leaving"), departurePoints, kDeparture, {}};
            if (leftMonths >= 0) {
                const QString when = dateText(p.lastDeparture);
                cDeparture.reason = QCoreApplication::translate("Pipeline", "Left %n month(s) ago (%1).", nullptr, leftMonths).arg(when);
            } else {
                cDeparture.reason = QCoreApplication::translate("Pipeline", "No departure date is recorded.");
            }
            // Engagement
            MatchComponent cEngagement{QStringLiteral("engagement"), QCoreApplication::translate("Pipeline", "Recent contact"), engagementPoints, kEngagement, {}};
            if (contactMonths >= 0) {
                const QString when = dateText(p.lastContact);
                cEngagement.reason = QCoreApplication::translate("Pipeline", "Last contact %n month(s) ago (%1).", nullptr, contactMonths).arg(when);
            } else {
                cEngagement.reason = QCoreApplication::translate("Pipeline", "No contact has been recorded.");
            }
            // Consent
            MatchComponent cConsent{QStringLiteral("consent"), QCoreApplication::translate("Pipeline", "Consent to job offers"), consentPoints, kConsent,
                                    p.consent ? QCoreApplication::translate("Pipeline", "Agreed to hear about job openings.")
                                              : QCoreApplication::translate("Pipeline", "Has not agreed to hear about job openings.")};

            r.employeeId = p.employeeId;
            r.name = p.name;
            r.kana = p.kana;
            r.lastDepartment = p.lastDepartment;
            r.lastPosition = p.lastPosition;
            r.lastDepartureDate = p.lastDeparture;
            r.openCandidacyId = openCandidacies->value(id);
            r.components = {cSkills, cVerdict, cHistory, cDeparture, cEngagement, cConsent};
            best.insert(int(std::lower_bound(best.begin(), best.end(), r, better) - best.begin()), r);
            if (int(best.size()) > limit)
                best.removeLast();
        }
    }
    out.results = best;
    return out;
}

} // namespace alumnidesk::pipeline
