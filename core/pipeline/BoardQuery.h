// The pipeline board: one column per stage in board order, each with how many candidacies match the filter
// and the first cards (longest in stage first), every card carrying what it shows — name, kana, last
// position, opening, days in stage, next action and the overdue marker. The list view uses the same filter.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"

namespace alumnidesk::pipeline {

class BoardQuery {
public:
    explicit BoardQuery(PipelineContext &ctx) : m_ctx(ctx) {}

    Result<Board> board(const BoardFilter &filter);

private:
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
