// Reads and interprets an import file on a thread of its own, a batch of rows ahead of the caller, so that
// decoding, parsing, interpreting and preparing each row (most of an import's reading time) runs beside the
// database work on the caller's thread instead of before it. The two meet in a bounded queue of a few
// batches: memory stays constant whatever the file's size. Rows arrive in file order.
#pragma once

#include "common/Result.h"
#include "db/RowValues.h"
#include "hris/ImportFile.h"

#include <functional>

namespace alumnidesk::hris {

/// One row as the caller's thread sees it: where it was, its problems, and what prepare() made of it.
struct ReadAheadRow {
    int line = 0;
    bool rejected = false;      ///< an error in the row: prepare() was not called, `values` is empty
    QVector<ImportIssue> issues;
    RowValues values;
    /// A rejected row's normalised employee ID and hire date (invalid when unreadable or missing): a later
    /// row of the same employment is a duplicate of it even though this one is not imported.
    QString employeeId;
    QDate hireDate;
};

/// Runs on the reading thread for every accepted row (it must not touch the database or the caller's data).
using ReadAheadPrepare = std::function<void(const ImportRow &row, RowValues &out)>;
/// Runs on the caller's thread for every row, in file order; an error stops the reading.
using ReadAheadConsume = std::function<Status(ReadAheadRow &row)>;

/// streamImportFile() with the reading on another thread. `progress` and `cancelled` are called on the
/// caller's thread only (between batches).
Result<ImportFileContents> readImportFileAhead(const QString &path, const ImportFileOptions &options,
                                               const ReadAheadPrepare &prepare, const ReadAheadConsume &consume,
                                               const std::function<void(qint64, qint64)> &progress = {},
                                               const std::function<bool()> &cancelled = {});

} // namespace alumnidesk::hris
