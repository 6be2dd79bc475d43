// The import of a file of any size in bounded memory: rows are read and interpreted a chunk at a time into
// a staging table on disk (ImportStaging), the file-wide checks are set-based SQL, and each person is then
// planned (PersonPlanner, the same rules as the dry-run planner) and written (PersonWriter) as it comes,
// all in ONE write transaction: Cancel, a failure, a crash or a kill leave the roster as it was. When many
// people are new, their rows go in with the indexes and the search index suspended and rebuilt once after.
// A dry run does the same without writing and keeps only counts, the issues and a sample of the changes.
#pragma once

#include "common/Result.h"
#include "hris/ImportExecutor.h"
#include "hris/ImportFile.h"
#include "hris/ImportPlan.h"

#include <functional>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::hris {

struct StreamingImportOptions {
    ImportFileOptions file;
    bool dryRun = false;
    ImportSource source;        ///< for the history and the audit trail (ignored by a dry run)
    int sampleLimit = 1000;     ///< new and changed people each kept in the plan for showing
    /// Issues held in memory (the first ones in line order, for showing); the rest wait in a temporary
    /// file for ImportIssueList::Reader. 0: ImportIssueList's default.
    int keptIssues = 0;
    /// New people from which the indexes are suspended and rebuilt (also needs half the roster's size).
    int bulkThreshold = 20000;
    /// A file of at least this many bytes imported into an empty roster goes in as a bulk load with its
    /// valid rows inserted while they are read (ImportStaging::Target::EmptyRoster) instead of staged and
    /// copied once the whole file was read. 0: bulkThreshold rows of 64 bytes; negative: never.
    qint64 directLoadBytes = 0;
    /// When set, the file's SHA-256 must be this (the one a dry run saw): a file changed since is refused
    /// after reading, before anything is compared or written.
    QString expectedSha256;
};

struct StreamingImportResult {
    ImportFileContents file; ///< path, hash, format, header, mapping; no rows
    ImportPlan plan;         ///< complete counts and issues; people is a sample (plan.sampled)
    ImportSummary summary;   ///< what was written (importId 0 for a dry run or when nothing was)
    bool bulk = false;       ///< the new people went in as a bulk load: one audit entry for all (bulkThreshold)
    bool direct = false;     ///< into an empty roster, rows inserted while they were read, indexes suspended (directLoadBytes)
    bool soleWriter = false; ///< written through a rollback journal, no one else having the file open
    struct Timings {
        qint64 read = 0;    ///< decoding, interpreting and staging the rows
        qint64 compare = 0; ///< indexing the staging, duplicates, counting the new
        qint64 write = 0;   ///< planning and writing person by person
        qint64 indexes = 0;
        qint64 searchIndex = 0;
        qint64 commit = 0;
    } timings;
};

enum class ImportPhase { Reading, Comparing, Writing, Indexing };
/// (phase, done, total): bytes while reading, people after.
using StreamingProgress = std::function<void(ImportPhase phase, qint64 done, qint64 total)>;

Result<StreamingImportResult> streamImport(Database &db, const QString &path, const StreamingImportOptions &options,
                                           const StreamingProgress &progress = {},
                                           const std::function<bool()> &cancelled = {});

} // namespace alumnidesk::hris
