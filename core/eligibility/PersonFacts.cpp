#include "eligibility/PersonFacts.h"

#include "eligibility/TenureMath.h"

namespace alumnidesk::eligibility {

TextIds::TextIds()
{
    intern(QString());
}

quint32 TextIds::intern(const QString &text)
{
    const QString key = text.isNull() ? QStringLiteral("") : text;
    auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return it.value();
    const auto id = quint32(m_texts.size());
    m_ids.insert(key, id);
    m_texts.append(key);
    return id;
}

void addStintTotals(PersonFacts &p, const QVector<StintDates> &stints)
{
    int open = 0;
    for (const StintDates &s : stints) {
        if (s.hire == 0) {
            p.flags |= PersonFacts::TotalUnknown;
            continue;
        }
        if (s.departure == 0) {
            ++open;
            p.openHire = s.hire;
            continue;
        }
        p.closedMonths += wholeMonthsJd(s.hire, qint64(s.departure) + 1);
    }
    if (open > 1 || stints.isEmpty())
        p.flags |= PersonFacts::TotalUnknown;
    p.stints = quint16(qMin(stints.size(), qsizetype(0xFFFF)));
}

int lastStintIndex(const QVector<Stint> &stints)
{
    int best = -1;
    for (int i = 0; i < stints.size(); ++i) {
        if (best < 0) {
            best = i;
            continue;
        }
        const QDate &h = stints.at(i).hireDate;
        const QDate &b = stints.at(best).hireDate;
        // Unknown dates are the earliest; equal dates go to the later stint.
        if (!h.isValid() && b.isValid())
            continue;
        if (!b.isValid() || h >= b)
            best = i;
    }
    return best;
}

StoredRuleFacts storedRuleFacts(const QVector<Stint> &stints)
{
    StoredRuleFacts out;
    // The row id a stint will have: its own, or (new) one above every stored id, in list order.
    auto rowId = [&stints](int i) {
        const qint64 id = stints.at(i).id;
        return id != 0 ? id : (qint64(1) << 62) + i;
    };
    for (int i = 0; i < stints.size(); ++i) {
        if (out.last < 0) {
            out.last = i;
            continue;
        }
        const QDate &h = stints.at(i).hireDate;
        const QDate &b = stints.at(out.last).hireDate;
        // Unknown dates are the earliest (NULL sorts first); equal dates go to the larger row id.
        if (h.isValid() != b.isValid()) {
            if (h.isValid())
                out.last = i;
            continue;
        }
        if (h > b || (h == b && rowId(i) > rowId(out.last)))
            out.last = i;
    }
    PersonFacts p;
    QVector<StintDates> dates;
    dates.reserve(stints.size());
    for (const Stint &s : stints)
        dates.append({julianDay(s.hireDate), julianDay(s.departureDate)});
    addStintTotals(p, dates);
    out.closedMonths = p.closedMonths;
    out.openHire = p.openHire ? QDate::fromJulianDay(p.openHire) : QDate();
    out.totalKnown = !p.has(PersonFacts::TotalUnknown);
    return out;
}

PersonFacts factsOf(const Alumnus &a, TextIds &texts)
{
    PersonFacts p;
    p.id = a.id;
    p.birth = julianDay(a.birthDate);
    QVector<StintDates> dates;
    dates.reserve(a.stints.size());
    for (const Stint &s : a.stints)
        dates.append({julianDay(s.hireDate), julianDay(s.departureDate)});
    addStintTotals(p, dates);
    const int last = lastStintIndex(a.stints);
    if (last >= 0) {
        const Stint &s = a.stints.at(last);
        p.flags |= PersonFacts::HasLastStint;
        p.lastHire = julianDay(s.hireDate);
        p.lastDeparture = julianDay(s.departureDate);
        p.departureType = texts.intern(s.departureType);
        p.employmentType = texts.intern(s.employmentType);
        p.grade = texts.intern(s.grade);
        p.department = texts.intern(s.department);
        p.groupCompany = texts.intern(s.groupCompany);
    }
    p.membership = texts.intern(a.membershipStatus);
    if (a.hrMisconduct)
        p.flags |= PersonFacts::Misconduct;
    if (a.hrDoNotRehire)
        p.flags |= PersonFacts::DoNotRehire;
    if (a.consentNewsletter)
        p.flags |= PersonFacts::ConsentNewsletter;
    if (a.consentEvents)
        p.flags |= PersonFacts::ConsentEvents;
    if (a.consentJobOffers)
        p.flags |= PersonFacts::ConsentJobOffers;
    return p;
}

} // namespace alumnidesk::eligibility
