// Everything around the names in the demo roster: departments, positions and grades, group companies,
// departure reasons as HR writes them, invented current employers with their industries, titles, skills,
// tags, prefectures, short notes and the reserved e-mail domains. Employer and group-company names are made
// up; e-mail domains are the reserved example ones (RFC 2606 / JPRS), never real providers.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace alumnidesk::demo {

struct WeightedText {
    QString text;
    quint32 weight;
};

/// Kinds of skill a department builds, so that a salesperson lists 法人営業 more often than CAD.
enum class SkillFamily { General, Sales, Engineering, People, Finance, Legal, Marketing, Manufacturing, Global, Support, Logistics };
inline constexpr int kSkillFamilyCount = int(SkillFamily::Logistics) + 1;

struct Department {
    QString name;
    SkillFamily family;
    quint32 weight;
};

struct Skill {
    QString name;
    SkillFamily family;
};

/// The departure types of the vocabulary, as indexes for the generator's tables.
enum DepartureKind { Voluntary, CompanyInitiated, Retirement, ContractEnd, GroupTransfer, Disciplinary, OtherDeparture, DepartureKindCount };

/// Positions from 一般 (stored as an empty string) up to 本部長, plus 執行役員 for executive officers.
enum Position { Staff, Chief, SubsectionHead, DeputyManager, Manager, DeputyGeneralManager, GeneralManager, DivisionHead, ExecutiveOfficer, PositionCount };

struct Employer {
    QString name;
    int industry; ///< index into industries()
};

/// A group company (グループ会社); the first entry is the company itself, whose name is empty.
struct GroupCompany {
    QString name;
    int industry;
    quint32 weight;
};

const QVector<Department> &departments();
QString positionName(Position p);
/// The grade (等級) that goes with a position; for 一般 it rises with tenure. Empty for executives.
QString gradeFor(Position p, int tenureYears);

const QVector<GroupCompany> &groupCompanies();
QString departureTypeKey(DepartureKind kind);
/// Weights of the departure types among leavers: 自己都合 70%, 契約満了 9%, 定年 8%, 会社都合 5%, 転籍 5%,
/// 懲戒 0.5%, その他 2.5% (per mille).
quint32 departureKindWeight(DepartureKind kind);
/// What HR writes as the reason for a departure of that kind (retirement reasons depend on the age).
const QVector<WeightedText> &departureReasons(DepartureKind kind);
QString retirementReason(int retirementAge);
/// Reasons of a voluntary departure that mean the person founded a company or went independent.
bool isFoundingReason(const QString &reason);

const QStringList &industries();
int foundersIndustry(); ///< 起業: the person runs their own company
const QVector<Employer> &employers();
/// Titles that fit an industry (a few industries have their own; the rest share the general ones).
const QVector<WeightedText> &titles(int industry);
const QVector<WeightedText> &founderTitles();

const QVector<Skill> &skills();

enum Tag { BoomerangCandidate, Mentor, Founder, RaisingChildren, LivingAbroad, ReunionOrganizer, ReferralRecord, Speaker, BusinessPartner, FormerManager, SideJob, TagCount };
QString tagName(Tag tag);

const QVector<WeightedText> &prefectures(); ///< the 47, weighted toward the large metropolitan areas
const QVector<WeightedText> &notes();        ///< short notes an HR officer leaves on a record
const QVector<WeightedText> &hrNotes(bool disciplinary);
const QVector<WeightedText> &emailDomains(); ///< example.com, example.jp, example.co.jp, example.ne.jp, example.org
/// The domains any generated address may use (tests check against it).
QStringList reservedEmailDomains();

} // namespace alumnidesk::demo
