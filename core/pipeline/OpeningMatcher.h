// Ranks alumni for an opening with a score out of 100 that says where every point came from. Deterministic:
// integer arithmetic on stored values and a fixed "today", ties broken by the roster's row id.
//
// What it weighs (weights() returns this for the UI):
//   skills        40  share of the opening's required skills the person lists
//   verdict       15  rehire verdict (Eligible 15, not yet assessed 8, needs review 3; Not eligible excluded)
//   history       15  a stint in the opening's department (10); the opening's title or grade held before (5)
//   departure     10  time since the last departure: full up to 3 years, nothing from 10 years
//   engagement    10  last contact: within 6 months 10, a year 6, two years 3
//   consent       10  agreed to hear about job offers
//
// Who is considered: people listing at least one required skill (read from the alumnus_skills index), plus
// those whose last department is the opening's; with neither skills nor department on the opening, the
// 5,000 most recent leavers. Withdrawn people, people working here again, and (by default) people without
// consent to job offers or with a Not eligible verdict are left out. Candidates are scored tier by tier,
// most skills first, and the search stops once no one in a lower tier could still reach the list — which is
// what keeps a million-person roster under half a second.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"
#include "pipeline/RehireVerdict.h"

namespace alumnidesk::pipeline {

struct MatchOptions {
    int limit = 20;
    bool requireConsent = true;     ///< leave out people who did not agree to hear about job offers
    bool excludeNotEligible = true; ///< leave out people whose verdict is Not eligible
    QDate today;                    ///< invalid = the current date
};

/// One named part of a score, with the reason in the user's language. Points are tenths (0–1000 in all).
struct MatchComponent {
    QString key; ///< "skills", "verdict", "history", "departure", "engagement", "consent"
    QString label;
    int points = 0;
    int maxPoints = 0;
    QString reason;
};

struct MatchResult {
    qint64 alumnusId = 0;
    QString employeeId;
    QString name;
    QString kana;
    QString lastDepartment;
    QString lastPosition;
    QDate lastDepartureDate;
    int score = 0; ///< tenths of a point, 0–1000
    RehireVerdict verdict;
    qint64 openCandidacyId = 0; ///< already in the pipeline for this opening
    QVector<MatchComponent> components;

    QString scoreText() const; ///< "87.5"
};

struct MatchList {
    Opening opening;
    int considered = 0; ///< people scored (the rest were left out before scoring)
    QVector<MatchResult> results;
};

struct MatchWeight {
    QString key;
    QString label;
    int maxPoints = 0; ///< tenths
    QString description;
};

class OpeningMatcher {
public:
    explicit OpeningMatcher(PipelineContext &ctx) : m_ctx(ctx) {}

    Result<MatchList> match(qint64 openingId, const MatchOptions &options = {});

    static QVector<MatchWeight> weights();
    /// The key under which alumnus_skills stores a skill (trimmed, NFKC, ASCII lower case).
    static QString skillKey(const QString &skill);

private:
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
