// Engagement from the roster's last-contact date. Event and newsletter KPIs will be further definitions
// beside this one, over their own tables.
#include "kpi/KpiShapes.h"
#include "kpi/KpiSnapshot.h"
#include "kpi/MemoryFacts.h"
#include "kpi/RosterFacts.h"
#include "kpi/RosterKpiParts.h"

#include <QCoreApplication>

namespace alumnidesk::kpi::roster {

namespace {

// Everyone not withdrawn, by how long ago they were last contacted as of the as-of date.
FactQuery contacts(const KpiContext &ctx)
{
    FactQuery f;
    const QString asOf = ctx.asOf.toString(Qt::ISODate);
    f.binds << asOf << asOf << asOf << asOf << asOf << asOf;
    f.sql = QStringLiteral("SELECT a.id, a.last_contact_date, CASE WHEN a.last_contact_date IS NULL THEN 'never' "
                           "WHEN a.last_contact_date > ? THEN 'later' "
                           "WHEN a.last_contact_date > date(?, '-3 months') THEN 'within_3m' "
                           "WHEN a.last_contact_date > date(?, '-12 months') THEN 'within_12m' "
                           "WHEN a.last_contact_date > date(?, '-24 months') THEN 'within_24m' ELSE 'older' END, "
                           "a.last_contact_date > date(?, '-12 months') AND a.last_contact_date <= ?, NULL "
                           "FROM alumni a WHERE a.membership_status <> 'withdrawn' AND ")
        + facts::filterSql(ctx, QStringLiteral("a.last_department"), QStringLiteral("a.last_departure_type"), f.binds);
    f.onePerPerson = true;

    // The same rows from the snapshot: the bucket boundaries as SQLite's date() computes them.
    const qint32 asOfKey = memfacts::dateKey(ctx.asOf);
    const QString department = ctx.department();
    const QString type = ctx.departureType();
    f.memory = [=](const KpiSnapshot &s) -> std::optional<MemoryFacts> {
        if (asOfKey < 0)
            return std::nullopt;
        const qint32 m3 = memfacts::addMonths(asOfKey, -3);
        const qint32 m12 = memfacts::addMonths(asOfKey, -12);
        const qint32 m24 = memfacts::addMonths(asOfKey, -24);
        const qint32 withdrawn = s.code(QStringLiteral("withdrawn"));
        const qint32 dep = department.isEmpty() ? -2 : s.code(department);
        const qint32 typ = type.isEmpty() ? -2 : s.code(type);
        enum { Never, Later, Within3m, Within12m, Within24m, Older };
        static const QStringList texts{QStringLiteral("never"), QStringLiteral("later"), QStringLiteral("within_3m"),
                                       QStringLiteral("within_12m"), QStringLiteral("within_24m"), QStringLiteral("older")};
        MemoryFacts m;
        m.onePerPerson = true;
        m.categoryText = [](qint32 code) { return texts.at(code); };
        const std::vector<SnapPerson> &people = s.people();
        m.rows.reserve(people.size());
        for (size_t i = 0; i < people.size(); ++i) {
            const SnapPerson &x = people[i];
            if (!x.live || x.status == withdrawn || (dep != -2 && x.department != dep) || (typ != -2 && x.departureType != typ))
                continue;
            const qint32 lc = x.lastContact;
            FactRow r;
            r.person = qint32(i);
            r.at = lc;
            r.category = lc == 0 ? Never : lc > asOfKey ? Later : lc > m3 ? Within3m : lc > m12 ? Within12m : lc > m24 ? Within24m : Older;
            r.num = lc != 0 && lc > m12 && lc <= asOfKey;
            m.rows.push_back(r);
        }
        return m;
    };
    return f;
}

KpiDefinition contacted12m()
{
    KpiDefinition d;
    d.id = QStringLiteral("contacted_12m");
    d.nameSource = QT_TRANSLATE_NOOP("Kpi", "Alumni contacted in the last 12 months");
    d.definitionSource = QT_TRANSLATE_NOOP(
        "Kpi", "Alumni who have not withdrawn (department and departure type of the latest stint), and of them the "
               "share whose last contact date lies in the twelve months up to the as-of date. The roster keeps only "
               "the latest contact, so this is a snapshot at the as-of date with no previous period; the bars group "
               "everyone by the time since their last contact.");
    d.unit = Unit::Percent;
    d.kind = Kind::Single;
    d.compute = [](const KpiContext &ctx) -> Result<KpiResult> {
        KpiResult r;
        r.period = {ctx.asOf.addMonths(-12).addDays(1), ctx.asOf};
        const FactQuery all = contacts(ctx);
        auto groups = facts::countBy(ctx, all, QStringLiteral("category"));
        if (!groups)
            return groups.error();
        // One row per person: the groups add up to everyone.
        PeopleCount total;
        for (const auto &g : groups.value()) {
            total.people += g.second.people;
            total.numerator += g.second.numerator;
        }
        r.numerator = total.numerator;
        r.denominator = total.people;
        if (total.people > 0)
            r.value = 100.0 * double(total.numerator) / double(total.people);
        static const char *const labels[][2] = {
            {"within_3m", QT_TRANSLATE_NOOP("Kpi", "Within 3 months")},
            {"within_12m", QT_TRANSLATE_NOOP("Kpi", "3 to 12 months ago")},
            {"within_24m", QT_TRANSLATE_NOOP("Kpi", "1 to 2 years ago")},
            {"older", QT_TRANSLATE_NOOP("Kpi", "More than 2 years ago")},
            {"never", QT_TRANSLATE_NOOP("Kpi", "Never contacted")},
            {"later", QT_TRANSLATE_NOOP("Kpi", "After the as-of date")},
        };
        for (const auto &l : labels) {
            double people = 0;
            for (const auto &g : groups.value()) {
                if (g.first == QLatin1String(l[0]))
                    people = double(g.second.people);
            }
            if (people == 0 && qstrcmp(l[0], "later") == 0)
                continue;
            r.breakdown.append({QString::fromLatin1(l[0]), QCoreApplication::translate("Kpi", l[1]), people,
                                QStringLiteral("row:") + QLatin1String(l[0])});
        }
        return r;
    };
    d.drillDown = [](const KpiContext &ctx, const QString &key) -> Result<QVector<qint64>> {
        const FactQuery all = contacts(ctx);
        if (key.isEmpty())
            return facts::ids(ctx, all, QStringLiteral("num"));
        if (key == QLatin1String("population"))
            return facts::ids(ctx, all);
        if (key.startsWith(QLatin1String("row:")))
            return facts::ids(ctx, all, QStringLiteral("category = ?"), {key.mid(4)});
        return facts::unknownDrillKey(QStringLiteral("contacted_12m"), key);
    };
    return d;
}

} // namespace

void addEngagementKpis(KpiRegistry &registry)
{
    registry.add(contacted12m());
}

} // namespace alumnidesk::kpi::roster
