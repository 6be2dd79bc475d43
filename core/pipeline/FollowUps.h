// The 定着 follow-ups after a rehire (1, 3 and 6 months after the start date): which are due, and recording
// one as done with a note. RehireRecorder schedules them.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"

namespace alumnidesk::pipeline {

class FollowUpLog {
public:
    explicit FollowUpLog(PipelineContext &ctx) : m_ctx(ctx) {}

    /// The follow-ups of one candidacy, in due order.
    Result<QVector<FollowUp>> forCandidacy(qint64 candidacyId);
    /// Follow-ups not yet recorded whose due date is on or before `until` (overdue ones included), with the
    /// person's name and the opening, earliest first.
    Result<QVector<FollowUp>> due(const QDate &until);
    /// Records a follow-up as done on `doneOn` (not in the future) with a note.
    Status record(qint64 followUpId, const QDate &doneOn, const QString &note);

private:
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
