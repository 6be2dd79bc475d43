#include "demo/DemoGenerator.h"

#include "demo/DemoCareer.h"
#include "demo/DemoCatalog.h"

#include <QTime>
#include <QTimeZone>

#include <algorithm>

namespace alumnidesk::demo {

namespace {

WeightedPicker givenNamePicker(const QVector<GivenName> &names, Generation g)
{
    QVector<quint32> weights;
    weights.reserve(names.size());
    for (const GivenName &n : names)
        weights.append(n.weight[g]);
    return WeightedPicker(weights);
}

// Pickers over the catalogue, built once per process and shared (read-only) by every generator.
struct Tables {
    WeightedPicker surname = weightedPickerOf(surnames());
    WeightedPicker male[GenerationCount];
    WeightedPicker female[GenerationCount];
    WeightedPicker prefecture = weightedPickerOf(prefectures());
    WeightedPicker domain = weightedPickerOf(emailDomains());
    WeightedPicker note = weightedPickerOf(notes());
    WeightedPicker hrNoteDisciplinary = weightedPickerOf(hrNotes(true));
    WeightedPicker hrNoteOther = weightedPickerOf(hrNotes(false));
    WeightedPicker founderTitle = weightedPickerOf(founderTitles());
    WeightedPicker status = WeightedPicker(QVector<quint32>{28, 24, 22, 19, 7});
    QVector<WeightedPicker> titleByIndustry;
    QVector<int> skillsByFamily[kSkillFamilyCount];
    QString statuses[5] = {QStringLiteral("invited"), QStringLiteral("registered"), QStringLiteral("active"),
                           QStringLiteral("dormant"), QStringLiteral("withdrawn")};
    QString hrOwner = QStringLiteral("人事部 アルムナイ担当");

    Tables()
    {
        for (int g = 0; g < GenerationCount; ++g) {
            male[g] = givenNamePicker(maleGivenNames(), Generation(g));
            female[g] = givenNamePicker(femaleGivenNames(), Generation(g));
        }
        for (int i = 0; i < industries().size(); ++i)
            titleByIndustry.append(weightedPickerOf(titles(i)));
        for (int i = 0; i < skills().size(); ++i)
            skillsByFamily[int(skills().at(i).family)].append(i);
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

enum Membership { Invited, Registered, Active, Dormant, Withdrawn };

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

// Addresses from the romanised reading, in the shapes people choose (taro.yamada, yamada.taro, tyamada, …),
// always at a reserved example domain.
QString makeEmail(DemoRandom &rng, const QString &family, const QString &given, const QDate &birth)
{
    const Tables &t = tables();
    QString local;
    switch (rng.between(0, 5)) {
    case 0:
        local = given + QLatin1Char('.') + family;
        break;
    case 1:
        local = family + QLatin1Char('.') + given;
        break;
    case 2:
        local = given.left(1) + family;
        break;
    case 3:
        local = family + QLatin1Char('_') + given.left(1);
        break;
    case 4:
        local = given + family + twoDigits(birth.year() % 100);
        break;
    default:
        local = family + QLatin1Char('.') + given + QString::number(rng.between(1, 99));
        break;
    }
    return local + QLatin1Char('@') + emailDomains().at(t.domain.pick(rng)).text;
}

// The middle group 0000 is not allocated to any subscriber, so no real number is ever generated.
QString makePhone(DemoRandom &rng)
{
    static const QString prefixes[] = {QStringLiteral("090-0000-"), QStringLiteral("080-0000-"),
                                       QStringLiteral("070-0000-")};
    const int r = rng.between(0, 9);
    return prefixes[r < 5 ? 0 : (r < 9 ? 1 : 2)] + QString::number(rng.between(0, 9999)).rightJustified(4, QLatin1Char('0'));
}

Membership pickStatus(DemoRandom &rng, const Career &c, const QDate &lastDeparture, const QDate &today)
{
    if (c.currentlyEmployed)
        return Active;
    if (c.lastKind == Disciplinary)
        return Invited; // on the HR roster, never actually invited to the network
    if (lastDeparture.daysTo(today) < 90)
        return rng.percent(70) ? Invited : Registered;
    return Membership(tables().status.pick(rng));
}

void setConsents(DemoRandom &rng, Alumnus &a, Membership status)
{
    // Per mille chances of newsletter, events and job offers by membership status.
    static constexpr int chances[5][3] = {{50, 20, 10}, {800, 500, 300}, {950, 850, 500}, {600, 200, 150}, {0, 0, 0}};
    a.consentNewsletter = rng.perMille(chances[status][0]);
    a.consentEvents = rng.perMille(chances[status][1]);
    a.consentJobOffers = rng.perMille(chances[status][2]);
}

QDate lastContact(DemoRandom &rng, Membership status, const QDate &lastDeparture, const QDate &today)
{
    const QDate from = lastDeparture.isValid() ? std::min(lastDeparture, today) : today.addYears(-1);
    auto between = [&](int daysAgoMax, int daysAgoMin) {
        const QDate lo = std::max(from, today.addDays(-daysAgoMax));
        const QDate hi = std::max(lo, today.addDays(-daysAgoMin));
        return QDate::fromJulianDay(lo.toJulianDay() + qint64(rng.below(quint64(lo.daysTo(hi)) + 1)));
    };
    switch (status) {
    case Active:
        return between(365, 1);
    case Registered:
        return rng.percent(40) ? between(730, 30) : QDate();
    case Dormant:
        return rng.percent(50) ? between(2190, 730) : QDate();
    case Invited:
    case Withdrawn:
        break;
    }
    return {};
}

void addSkills(DemoRandom &rng, Alumnus &a, SkillFamily family)
{
    const Tables &t = tables();
    static const WeightedPicker count(QVector<quint32>{20, 15, 20, 20, 15, 10});
    const int n = count.pick(rng);
    const QVector<int> &own = t.skillsByFamily[int(family)];
    for (int tries = 0; a.skills.size() < n && tries < 3 * n; ++tries) {
        const bool fromOwn = !own.isEmpty() && rng.percent(65);
        const int index = fromOwn ? own.at(int(rng.below(quint64(own.size())))) : int(rng.below(quint64(skills().size())));
        const QString &name = skills().at(index).name;
        if (!a.skills.contains(name))
            a.skills.append(name);
    }
}

void addTags(DemoRandom &rng, Alumnus &a, const Career &c, Membership status, bool founder, bool abroad)
{
    QVector<Tag> tags;
    const QString &reason = c.stints.last().departureReason;
    if (founder && rng.percent(70))
        tags.append(Founder);
    if (abroad)
        tags.append(LivingAbroad);
    if (c.lastKind == Voluntary && !a.hrDoNotRehire && !c.currentlyEmployed
        && (status == Registered || status == Active) && rng.percent(20))
        tags.append(BoomerangCandidate);
    if (reason == QStringLiteral("出産・育児") ? rng.percent(60) : rng.perMille(15))
        tags.append(RaisingChildren);
    if (status == Active) {
        if (rng.percent(4))
            tags.append(Mentor);
        if (rng.perMille(8))
            tags.append(ReunionOrganizer);
        if (rng.percent(3))
            tags.append(ReferralRecord);
        if (rng.perMille(15))
            tags.append(Speaker);
    }
    if (!a.currentEmployer.isEmpty() && rng.percent(2))
        tags.append(BusinessPartner);
    if (c.wasManager && rng.percent(10))
        tags.append(FormerManager);
    if (rng.perMille(15))
        tags.append(SideJob);
    for (int i = 0; i < tags.size() && a.tags.size() < 2; ++i)
        a.tags.append(tagName(tags.at(i)));
}

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : m_options(options)
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
    m_rowKey = mix64(m_options.seed ^ 0x5EEDA1D35EEDA1D3ULL);
    m_idDigits = m_options.rows <= 1000000 ? 6 : 7;
    m_idSpace = m_idDigits == 6 ? 1000000 : 10000000;
    while ((quint64(1) << m_permutationBits) < m_idSpace)
        ++m_permutationBits;
    m_permutationBits += m_permutationBits % 2; // a balanced Feistel network needs an even width
    for (int i = 0; i < 4; ++i)
        m_permutationKeys[i] = mix64(m_rowKey + quint64(i) + 1);
}

// A keyed Feistel permutation of [0, 2^bits), walked until it lands inside [0, idSpace): a bijection, so
// IDs are unique without remembering the ones already given, and they look random.
quint64 DemoGenerator::permutedIndex(quint64 index) const
{
    const int half = m_permutationBits / 2;
    const quint64 mask = (quint64(1) << half) - 1;
    quint64 x = index;
    do {
        quint64 left = x >> half;
        quint64 right = x & mask;
        for (quint64 key : m_permutationKeys) {
            const quint64 next = left ^ (mix64(right ^ key) & mask);
            left = right;
            right = next;
        }
        x = (left << half) | right;
    } while (x >= m_idSpace);
    return x;
}

QString DemoGenerator::employeeId(int index) const
{
    return QString::number(permutedIndex(quint64(index))).rightJustified(m_idDigits, QLatin1Char('0'));
}

Alumnus DemoGenerator::alumnus(int index) const
{
    const Tables &t = tables();
    const QDate &today = m_options.today;
    DemoRandom rng(mix64(m_rowKey + quint64(index) * 0x9E3779B97F4A7C15ULL));

    const Career career = makeCareer(rng, today);
    const Stint &last = career.stints.last();
    const QDate lastDeparture = career.currentlyEmployed ? career.stints.at(career.stints.size() - 2).departureDate
                                                         : last.departureDate;
    Alumnus a;
    a.employeeId = employeeId(index);
    a.birthDate = career.birthDate;
    a.stints = career.stints;

    const Surname &family = surnames().at(t.surname.pick(rng));
    const Generation generation = generationOf(career.birthDate.year());
    const bool male = rng.percent(55);
    const GivenName &given = male ? maleGivenNames().at(t.male[generation].pick(rng))
                                  : femaleGivenNames().at(t.female[generation].pick(rng));
    a.familyName = family.kanji;
    a.givenName = given.kanji;
    a.familyKana = family.kana;
    a.givenKana = given.kana;

    const Membership status = pickStatus(rng, career, lastDeparture, today);
    a.membershipStatus = t.statuses[status];
    if (career.lastKind != Disciplinary)
        setConsents(rng, a, status);
    a.lastContactDate = lastContact(rng, status, lastDeparture, today);

    const bool founder = last.departureType == QLatin1String("voluntary") && isFoundingReason(last.departureReason);
    const bool leftForAbroad = last.departureReason == QStringLiteral("留学")
        || last.departureReason == QStringLiteral("海外移住");
    const bool abroad = !career.currentlyEmployed && (leftForAbroad ? rng.percent(60) : rng.perMille(15));

    // Someone who withdrew (退会) keeps only what HR must keep: the name, the ID and the employment record.
    if (status != Withdrawn) {
        if (rng.percent(90))
            a.email = makeEmail(rng, family.romaji, given.romaji, a.birthDate);
        if (rng.percent(12))
            a.secondaryEmail = given.romaji.left(1) + family.romaji + QStringLiteral("@example.co.jp");
        if (rng.percent(65))
            a.phone = makePhone(rng);
        if (!abroad && rng.percent(95))
            a.prefecture = prefectures().at(t.prefecture.pick(rng)).text;

        const bool retired = career.lastKind == Retirement && !career.currentlyEmployed;
        const int employedChance = retired ? 15 : 68;
        if (career.currentlyEmployed) {
            // works here again: no outside employer
        } else if (founder && rng.percent(90)) {
            const bool limited = rng.percent(30);
            a.currentEmployer = (limited ? QStringLiteral("合同会社") : QStringLiteral("株式会社")) + family.kana
                + (rng.percent(50) ? QStringLiteral("企画") : QStringLiteral("ラボ"));
            a.currentIndustry = industries().at(foundersIndustry());
            a.currentTitle = founderTitles().at(t.founderTitle.pick(rng)).text;
        } else if (last.departureType == QLatin1String("transfer") && rng.percent(90)) {
            const QVector<GroupCompany> &group = groupCompanies();
            const GroupCompany &g = group.at(1 + int(rng.below(quint64(group.size() - 1))));
            a.currentEmployer = g.name;
            a.currentIndustry = industries().at(g.industry);
            a.currentTitle = titles(g.industry).at(t.titleByIndustry.at(g.industry).pick(rng)).text;
        } else if (rng.percent(employedChance)) {
            const Employer &e = employers().at(int(rng.below(quint64(employers().size()))));
            a.currentEmployer = e.name;
            a.currentIndustry = industries().at(e.industry);
            a.currentTitle = titles(e.industry).at(t.titleByIndustry.at(e.industry).pick(rng)).text;
        }
        addSkills(rng, a, departments().at(career.departmentIndex).family);
        if ((status == Active || status == Registered) && rng.percent(25))
            a.relationshipOwner = rng.percent(60) ? t.hrOwner : last.department;
        if (rng.percent(4))
            a.notes = notes().at(t.note.pick(rng)).text;
    }

    if (career.lastKind == Disciplinary) {
        a.hrMisconduct = true;
        a.hrDoNotRehire = rng.percent(80);
        a.hrNote = hrNotes(true).at(t.hrNoteDisciplinary.pick(rng)).text;
    } else if (rng.perMille(4)) {
        a.hrDoNotRehire = true;
        a.hrNote = hrNotes(false).at(t.hrNoteOther.pick(rng)).text;
    }
    if (status != Withdrawn)
        addTags(rng, a, career, status, founder, abroad);

    // Entered into the roster a few days after the first departure, at 09:00 Japan time.
    const QDate firstDeparture = career.stints.first().departureDate;
    const QDate created = std::min(today, firstDeparture.addDays(rng.between(0, 14)));
    a.createdAt = QDateTime(created, QTime(9, 0), QTimeZone(9 * 3600)).toUTC();
    return a;
}

} // namespace alumnidesk::demo
