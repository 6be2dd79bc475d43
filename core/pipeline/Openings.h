// Openings (求人): the positions candidacies are for. Added, edited, listed with their pipeline counts.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"

namespace alumnidesk::pipeline {

/// An opening with how many candidacies it holds (for the openings list).
struct OpeningSummary {
    Opening opening;
    int openCandidacies = 0;
    int closedCandidacies = 0; ///< hired, declined, rejected, on hold: they still count
};

class OpeningRepository {
public:
    explicit OpeningRepository(PipelineContext &ctx) : m_ctx(ctx) {}

    Result<QVector<OpeningSummary>> list();
    Result<Opening> load(qint64 id);
    /// Adds an opening (opened today unless openedOn is set); returns its id. A non-zero id re-adds the
    /// opening an undo took back under that id (so later commands that name it still find it).
    Result<qint64> add(const Opening &o);
    /// Saves an existing opening; closing it (filled/closed) stamps closedOn when unset.
    Status save(const Opening &o);
    /// Takes back an opening added by mistake (the undo of adding it): refused once any candidacy refers
    /// to it, since those are history. The audit trail keeps the removal.
    Status removeUnused(qint64 id);

    /// "Python, SQL" → ["Python", "SQL"], normalised like the roster's skills.
    static QStringList parseSkills(const QString &text);

private:
    Status validate(const Opening &o);
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
