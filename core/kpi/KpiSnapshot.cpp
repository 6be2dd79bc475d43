#include "kpi/KpiSnapshot.h"

#include "db/Statement.h"
#include "db/StoreBackend.h"
#include "eligibility/RuleFactsRow.h"
#include "kpi/SnapshotDay.h"

#include <QCoreApplication>

#include <algorithm>

namespace alumnidesk::kpi {

namespace {

// The KPIs' columns, then the eligibility rules' (eligibility::ruleFactColumns(), from column 6 on).
QString alumniColumns()
{
    return QStringLiteral("SELECT id, last_contact_date, stint_count, membership_status, last_department, last_departure_type, ")
        + eligibility::ruleFactColumns() + QStringLiteral(" FROM alumni");
}
constexpr int kRuleColumn = 6;
constexpr auto kStintColumns = "SELECT alumnus_id, id, hire_date, departure_date, department, departure_type, "
                               "departure_reason FROM stints";

Error readError(const Error &e)
{
    return Error{QCoreApplication::translate("Kpi", "The roster could not be read for the KPIs."), e.fullText()};
}

qint32 dateOf(const Statement &s, int column)
{
    return snapshotDay(s, column, DayText::DateOnly);
}

} // namespace

qint32 KpiSnapshot::intern(const QByteArray &utf8)
{
    auto it = m_codes.constFind(utf8);
    if (it != m_codes.constEnd())
        return it.value();
    const qint32 code = qint32(m_texts.size());
    m_codes.insert(QByteArray(utf8.constData(), utf8.size()), code); // a copy: utf8 may be the database's bytes
    m_texts.append(QString::fromUtf8(utf8));
    return code;
}

bool KpiSnapshot::isMember(qint32 status) const
{
    const QString &s = m_texts.at(status);
    return s == QLatin1String("registered") || s == QLatin1String("active") || s == QLatin1String("dormant");
}

qint32 KpiSnapshot::slotOf(qint64 id) const
{
    if (m_orderedSlots > 0 && id >= m_rows.front().id && id <= m_rows[m_orderedSlots - 1].id) {
        // Distinct ascending integers: the k-th is at least first + k and at most last - (count - 1 - k),
        // which narrows the search to the gaps around id (none in a roster nobody deleted from).
        const qint64 count = qint64(m_orderedSlots);
        const qint64 lo = std::max<qint64>(0, count - 1 - (m_rows[m_orderedSlots - 1].id - id));
        const qint64 hi = std::min<qint64>(count - 1, id - m_rows.front().id) + 1;
        const auto end = m_rows.begin() + hi;
        const auto it = std::lower_bound(m_rows.begin() + lo, end, id, [](const PersonRows &r, qint64 v) { return r.id < v; });
        if (it != end && it->id == id)
            return qint32(it - m_rows.begin());
    }
    return m_laterSlots.isEmpty() ? -1 : m_laterSlots.value(id, -1);
}

void KpiSnapshot::remove(qint64 id)
{
    const qint32 slot = slotOf(id);
    if (slot < 0)
        return;
    SnapPerson &p = m_people[size_t(slot)];
    const PersonRows &rows = m_rows[size_t(slot)];
    if (!p.live)
        return;
    p.live = 0;
    p.firstDeparture = 0;
    --m_livePeople;
    if (rows.inexact)
        --m_inexactPeople;
    if (rows.rulesUnplain)
        --m_unplainRules;
    m_deadRows += rows.departureRows + rows.rehireRows;
    for (qint32 i = 0; i < rows.departureRows; ++i)
        m_departures[size_t(rows.firstDepartureRow + i)].date = 0;
    for (qint32 i = 0; i < rows.rehireRows; ++i)
        m_rehires[size_t(rows.firstRehireRow + i)].hire = 0;
}

void KpiSnapshot::put(const Row &row, std::vector<Stint> &stints, bool stintsInexact)
{
    remove(row.id);
    qint32 index = slotOf(row.id);
    if (index < 0) {
        index = qint32(m_people.size());
        // Still in ascending order (every load, and new alumni after it): found by binary search.
        const bool ordered = m_orderedSlots == m_people.size() && (m_orderedSlots == 0 || row.id > m_rows.back().id);
        m_people.emplace_back();
        m_rows.emplace_back();
        m_ruleFacts.emplace_back();
        if (ordered)
            ++m_orderedSlots;
        else
            m_laterSlots.insert(row.id, index);
    }
    SnapPerson &p = m_people[size_t(index)];
    PersonRows &rows = m_rows[size_t(index)];
    p = SnapPerson{};
    p.lastContact = row.lastContact;
    p.stintCount = row.stintCount;
    p.status = row.status;
    p.department = row.department;
    p.departureType = row.departureType;
    p.live = 1;
    rows = PersonRows{};
    rows.id = row.id;
    rows.inexact = row.inexact || stintsInexact;
    rows.rulesUnplain = !row.rulesPlain;
    m_ruleFacts[size_t(index)] = row.rules;
    ++m_livePeople;
    if (rows.inexact)
        ++m_inexactPeople;
    if (rows.rulesUnplain)
        ++m_unplainRules;

    // ORDER BY hire_date, id, as the facts' window does: NULL (0) first, as SQLite orders it.
    std::sort(stints.begin(), stints.end(),
              [](const Stint &a, const Stint &b) { return a.hire != b.hire ? a.hire < b.hire : a.id < b.id; });
    rows.firstDepartureRow = qint32(m_departures.size());
    for (const Stint &s : stints) {
        if (s.departure == 0)
            continue;
        if (p.firstDeparture == 0 || s.departure < p.firstDeparture)
            p.firstDeparture = s.departure;
        SnapDeparture d;
        d.person = index;
        d.date = s.departure;
        for (const Stint &n : stints) {
            if (n.hire > s.departure && (d.nextHire == 0 || n.hire < d.nextHire))
                d.nextHire = n.hire;
        }
        d.department = s.department;
        d.type = s.type;
        d.reason = s.reason;
        m_departuresByYear[d.date / 10000].push_back(qint32(m_departures.size()));
        m_departures.push_back(d);
    }
    rows.departureRows = qint32(m_departures.size()) - rows.firstDepartureRow;
    if (rows.departureRows > 1) {
        for (qint32 i = 0; i < rows.departureRows; ++i)
            m_departures[size_t(rows.firstDepartureRow + i)].multi = true;
    }
    rows.firstRehireRow = qint32(m_rehires.size());
    if (row.stintCount > 1) {
        for (size_t i = 1; i < stints.size(); ++i) {
            const Stint &prev = stints[i - 1];
            const Stint &s = stints[i];
            if (prev.departure == 0 || s.hire <= prev.departure)
                continue;
            m_rehires.push_back({index, s.hire, prev.departure, s.departure, prev.department, prev.type});
        }
    }
    rows.rehireRows = qint32(m_rehires.size()) - rows.firstRehireRow;
}

KpiSnapshot::Stint KpiSnapshot::readStint(const Statement &stints, bool &inexact)
{
    Stint t;
    t.alumnus = stints.integer(0);
    t.id = stints.integer(1);
    t.hire = dateOf(stints, 2);
    t.departure = dateOf(stints, 3);
    if (t.hire < 0 || t.departure < 0) {
        inexact = true;
        t.hire = std::max(t.hire, 0);
        t.departure = std::max(t.departure, 0);
    }
    t.department = intern(stints.utf8(4));
    t.type = intern(stints.utf8(5));
    t.reason = intern(stints.utf8(6));
    return t;
}

KpiSnapshot::Row KpiSnapshot::readRow(const Statement &alumni)
{
    Row r;
    r.id = alumni.integer(0);
    r.lastContact = dateOf(alumni, 1);
    r.inexact = r.lastContact < 0;
    r.lastContact = std::max(r.lastContact, 0);
    r.stintCount = qint32(alumni.integer(2));
    r.status = intern(alumni.utf8(3));
    r.department = intern(alumni.utf8(4));
    r.departureType = intern(alumni.utf8(5));
    eligibility::RuleFactsReader rules(m_ruleTexts, m_ruleTextIds);
    r.rules = rules.read(alumni, kRuleColumn);
    r.rulesPlain = rules.plain();
    return r;
}

Result<std::shared_ptr<KpiSnapshot>> KpiSnapshot::load(QSqlDatabase &db, const StoreBackend &backend)
{
    auto snapshot = std::make_shared<KpiSnapshot>();
    KpiSnapshot &s = *snapshot;
    s.intern(QByteArray("")); // code 0: the empty text, the category of facts without one

    // Every stint in storage order, grouped by person in memory (a sort here is cheaper than SQLite's).
    auto st = backend.prepare(db, QString::fromLatin1(kStintColumns));
    if (!st)
        return readError(st.error());
    Statement &stints = *st.value();
    if (Status e = stints.exec(); !e)
        return readError(e.error());
    std::vector<Stint> all;
    std::vector<qint64> inexactAlumni;
    all.reserve(1 << 16);
    while (stints.next()) {
        bool inexact = false;
        all.push_back(s.readStint(stints, inexact));
        if (inexact)
            inexactAlumni.push_back(all.back().alumnus);
    }
    stints.finish();
    std::sort(all.begin(), all.end(), [](const Stint &a, const Stint &b) { return a.alumnus < b.alumnus; });
    std::sort(inexactAlumni.begin(), inexactAlumni.end());

    auto al = backend.prepare(db, alumniColumns() + QStringLiteral(" ORDER BY id"));
    if (!al)
        return readError(al.error());
    Statement &alumni = *al.value();
    if (Status e = alumni.exec(); !e)
        return readError(e.error());
    s.m_people.reserve(all.size());
    s.m_rows.reserve(all.size());
    s.m_ruleFacts.reserve(all.size());
    s.m_departures.reserve(all.size());
    size_t next = 0;
    std::vector<Stint> mine;
    while (alumni.next()) {
        const Row r = s.readRow(alumni);
        // Stints of ids below this one have no alumni row (a foreign key forbids them): skipped, as the
        // facts' joins skip them.
        while (next < all.size() && all[next].alumnus < r.id)
            ++next;
        mine.clear();
        while (next < all.size() && all[next].alumnus == r.id)
            mine.push_back(all[next++]);
        const bool stintsInexact = std::binary_search(inexactAlumni.begin(), inexactAlumni.end(), r.id);
        s.put(r, mine, stintsInexact);
    }
    alumni.finish();
    return snapshot;
}

Status KpiSnapshot::reload(QSqlDatabase &db, const StoreBackend &backend, const QVector<qint64> &ids)
{
    auto al = backend.prepare(db, alumniColumns() + QStringLiteral(" WHERE id = ?"));
    if (!al)
        return readError(al.error());
    auto st = backend.prepare(db, QString::fromLatin1(kStintColumns) + QStringLiteral(" WHERE alumnus_id = ?"));
    if (!st)
        return readError(st.error());
    Statement &alumni = *al.value();
    Statement &stints = *st.value();
    std::vector<Stint> mine;
    for (qint64 id : ids) {
        alumni.bindValue(0, id);
        if (Status e = alumni.exec(); !e)
            return readError(e.error());
        if (!alumni.next()) {
            alumni.finish();
            remove(id);
            if (const qint32 i = slotOf(id); i >= 0)
                m_changed.push_back(i);
            continue;
        }
        const Row r = readRow(alumni);
        alumni.finish();
        stints.bindValue(0, id);
        if (Status e = stints.exec(); !e)
            return readError(e.error());
        mine.clear();
        bool inexact = false;
        while (stints.next())
            mine.push_back(readStint(stints, inexact));
        stints.finish();
        put(r, mine, inexact);
        m_changed.push_back(slotOf(id));
    }
    return {};
}

} // namespace alumnidesk::kpi
