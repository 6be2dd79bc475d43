// The rehire pipeline's schema, kept in one function so that its migration number is decided in one line of
// db/Migrations.cpp. It only creates tables, indexes and triggers of its own; it changes no existing table.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::pipeline {

/// Creates openings, pipeline_stages (with the default stages), candidacies, candidacy_moves,
/// rehire_followups, stint_salaries and the alumnus_skills table that matching reads (kept current by
/// triggers on alumni.skills, filled in one pass for existing rosters).
Status createPipelineSchema(QSqlDatabase &db, const StoreBackend &backend);

} // namespace alumnidesk::pipeline
