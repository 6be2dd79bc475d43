// Makes a new roster file holding a generated demo roster: the fast way to `demo` into a file that does not
// exist yet. The file is built under a temporary name beside the target without a journal (each page is
// written once instead of into the write-ahead log and again at the checkpoint), switched to WAL, synced,
// and only then renamed to the target. Until then the target does not exist; a refused, cancelled or failed
// run deletes the temporary file and leaves nothing behind. The roster is the one generateDemoRoster()
// writes into an open database.
#pragma once

#include "demo/DemoRoster.h"

namespace alumnidesk::demo {

/// Generates options.rows alumni into a new file at `path`, which must not exist (a file that appears there
/// meanwhile is never overwritten: the run then fails). `summary.seconds` covers the whole run, creating
/// and naming the file included; the time spent finishing the file is counted in timings.commit.
Result<DemoSummary> generateDemoFile(const QString &path, const DemoOptions &options, const DemoProgress &progress = {},
                                     const std::atomic_bool *cancel = nullptr, DemoFailure *failure = nullptr);

} // namespace alumnidesk::demo
