// Candidacies with a history of moves for the KPI bench: a pipeline of the size (50,000
// candidacies at a million alumni) whose moves walk the stages in order over 2025–2026, some closing as
// Rehired, Declined or Not selected and a few with an undone move, so that the pipeline KPIs have real work.
#pragma once

#include <QTextStream>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::bench {

/// Adds candidacies until the file holds `count` of them (none when it already does). False on an error.
bool seedPipelineHistory(Database &db, int count, QTextStream &out);

} // namespace alumnidesk::bench
