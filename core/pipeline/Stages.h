// The ordered pipeline stages HR edits (関心あり … 入社, 辞退, 不採用, 保留): reading them, finding one by
// what a person typed, adding, renaming, reordering and retiring. A stage is never deleted: moves refer to it.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"

namespace alumnidesk::pipeline {

class StageCatalog {
public:
    explicit StageCatalog(PipelineContext &ctx) : m_ctx(ctx) {}

    /// Every stage in board order (retired ones too; callers skip them where they must).
    Result<QVector<Stage>> stages();
    Result<Stage> stage(qint64 id);
    /// A stage by its key or its name in Japanese or English (case-insensitive for Latin text).
    Result<Stage> find(const QString &text);

    /// Adds a stage at the end of the active stages' order or wherever stage.position says; returns its id.
    Result<qint64> add(const Stage &stage);
    /// Saves names, position, kind, closing and eligibility flags of an existing stage.
    Status save(const Stage &stage);
    /// Retires a stage (or brings it back): retired stages take no new moves; a stage holding open
    /// candidacies cannot be retired.
    Status setRetired(qint64 id, bool retired);
    /// The stage editor's OK: the whole edited list in one transaction — stages with id 0 are added, the
    /// others saved where they changed, retired or brought back; nothing is written when one is invalid.
    Status saveAll(const QVector<Stage> &stages);

private:
    Status validateFields(const Stage &stage);
    Status validate(const Stage &stage, qint64 selfId);
    Result<qint64> insertRow(const Stage &stage);
    Status updateRow(const Stage &before, const Stage &stage);
    Status retireRow(const Stage &stage, bool retired);
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
