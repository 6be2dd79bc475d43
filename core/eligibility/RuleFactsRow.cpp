#include "eligibility/RuleFactsRow.h"

#include "db/SqlUtil.h"
#include "db/Statement.h"

#include <QDate>

#include <optional>

namespace alumnidesk::eligibility {

namespace {

// The day of a text shaped "YYYY-MM-DD" (invalid when there is no such day, 30 February), or nullopt for
// another shape.
std::optional<QDate> isoShaped(const QByteArray &s)
{
    if (s.size() != 10 || s.at(4) != '-' || s.at(7) != '-')
        return std::nullopt;
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
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    return QDate(y, m, d);
}

} // namespace

QString ruleFactColumns()
{
    return QStringLiteral("id, birth_date, membership_status, hr_misconduct, hr_do_not_rehire, consent_newsletter, "
                          "consent_events, consent_job_offers, stint_count, elig_last_hire_date, elig_last_departure_date, "
                          "elig_last_departure_type, elig_last_employment_type, elig_last_grade, elig_last_department, "
                          "elig_last_group_company, elig_closed_months, elig_open_hire_date, elig_total_known");
}

RuleFactsReader::RuleFactsReader(TextIds &texts, QHash<QByteArray, quint32> &ids)
    : m_texts(texts)
    , m_ids(ids)
{
}

quint32 RuleFactsReader::intern(const QByteArray &bytes)
{
    auto it = m_ids.constFind(bytes);
    if (it != m_ids.constEnd())
        return it.value();
    const quint32 id = m_texts.intern(QString::fromUtf8(bytes));
    m_ids.insert(QByteArray(bytes.constData(), bytes.size()), id); // a deep copy: bytes is the statement's
    return id;
}

// A Julian day; 0 for NULL or an impossible day. Another shape goes the slow way, like sql::dateFrom. Only a
// valid ISO date or NULL keeps the row plain.
qint32 RuleFactsReader::date(const Statement &row, int column)
{
    const QByteArray s = row.utf8(column);
    if (s.isEmpty()) {
        if (!row.value(column).isNull())
            m_plain = false;
        return 0;
    }
    if (const std::optional<QDate> d = isoShaped(s)) {
        if (!d->isValid())
            m_plain = false;
        return julianDay(*d);
    }
    m_plain = false;
    return julianDay(sql::dateFrom(QVariant(QString::fromUtf8(s))));
}

PersonFacts RuleFactsReader::read(const Statement &a, int first)
{
    m_plain = true;
    auto col = [first](int i) { return first + i; };
    PersonFacts p;
    p.id = a.integer(col(0));
    p.birth = date(a, col(1));
    p.membership = intern(a.utf8(col(2)));
    if (qint32(a.integer(col(3))))
        p.flags |= PersonFacts::Misconduct;
    if (qint32(a.integer(col(4))))
        p.flags |= PersonFacts::DoNotRehire;
    if (qint32(a.integer(col(5))))
        p.flags |= PersonFacts::ConsentNewsletter;
    if (qint32(a.integer(col(6))))
        p.flags |= PersonFacts::ConsentEvents;
    if (qint32(a.integer(col(7))))
        p.flags |= PersonFacts::ConsentJobOffers;
    const int stints = qint32(a.integer(col(8)));
    p.stints = quint16(qBound(0, stints, 0xFFFF));
    if (stints > 0) {
        p.flags |= PersonFacts::HasLastStint;
        p.lastHire = date(a, col(9));
        p.lastDeparture = date(a, col(10));
        p.departureType = intern(a.utf8(col(11)));
        p.employmentType = intern(a.utf8(col(12)));
        p.grade = intern(a.utf8(col(13)));
        p.department = intern(a.utf8(col(14)));
        p.groupCompany = intern(a.utf8(col(15)));
    } else {
        // The rules' SQL reads these columns whatever the stint count; the C++ only with a stint.
        for (int i = 9; i <= 15; ++i) {
            if (!a.utf8(col(i)).isEmpty())
                m_plain = false;
        }
    }
    p.closedMonths = qint32(a.integer(col(16)));
    p.openHire = date(a, col(17));
    if (stints == 0 || qint32(a.integer(col(18))) == 0)
        p.flags |= PersonFacts::TotalUnknown;
    return p;
}

} // namespace alumnidesk::eligibility
