// Fills an empty roster with a generated demo roster (DemoGenerator) through the BulkLoader: one
// transaction, progress reports, a cancel flag, and one audit entry. A refused, cancelled or failed run
// leaves the database as it was.
#pragma once

#include "common/Result.h"
#include "demo/DemoGenerator.h"
#include "roster/BulkLoader.h"

#include <atomic>
#include <functional>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::demo {

inline constexpr int kMaxDemoRows = 10000000;

struct DemoSummary {
    qint64 rows = 0;
    qint64 boomerangs = 0;  ///< alumni with more than one stint
    qint64 stints = 0;
    double seconds = 0;     ///< the whole run, wall clock
    qint64 generateMs = 0;  ///< spent making the records, on a second thread while the inserts run
    BulkLoader::Timings timings;
};

enum class DemoFailure { None, InvalidOptions, RosterNotEmpty, Cancelled, Database };

/// (rows done, rows in total); called every few thousand rows and once at the end of the inserts (the
/// indexes and the search index are rebuilt after that).
using DemoProgress = std::function<void(qint64 done, qint64 total)>;

/// Generates options.rows alumni (1 … kMaxDemoRows) into db, whose roster must be empty. On failure
/// `failure` (when given) says why; the error message is translated.
Result<DemoSummary> generateDemoRoster(Database &db, const DemoOptions &options, const DemoProgress &progress = {},
                                       const std::atomic_bool *cancel = nullptr, DemoFailure *failure = nullptr);

} // namespace alumnidesk::demo
