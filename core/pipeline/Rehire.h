// What closing a candidacy as 入社 (rehired) does to the roster, and how it is taken back: a new employment
// stint from the start date (department, position and grade from the offer, else the opening), the offer
// salary beside the stint, the person's membership status set to active (a rehired boomerang stays in the
// network; the open stint marks them as working here again), and the 定着 follow-ups at 1, 3 and 6 months.
// Runs inside the caller's transaction (StageMover's), and writes the audit entries for the alumnus.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"

namespace alumnidesk::pipeline {

struct HireOutcome {
    qint64 stintId = 0;
    QVector<FollowUp> followUps;
};

class RehireRecorder {
public:
    explicit RehireRecorder(PipelineContext &ctx) : m_ctx(ctx) {}

    /// Why this person cannot be rehired from this candidacy on that date; empty when they can.
    QString obstacle(const Candidacy &c, const QDate &startDate);

    Result<HireOutcome> hire(const Candidacy &c, const QDate &startDate);
    /// Removes the stint, its salary and the follow-ups, and puts the membership status back. Refused once
    /// a follow-up has been recorded or the stint has been given a departure date.
    Status unhire(const Candidacy &c);

    /// The months after the start date when follow-ups fall due.
    static QVector<int> followUpMonths() { return {1, 3, 6}; }

private:
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
