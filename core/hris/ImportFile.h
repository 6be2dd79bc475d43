// Reads a whole HR export for an import: the CSV reader decides (or is told) the encoding and delimiter,
// the header is mapped (automatically or by a saved profile), and every data row is interpreted. Problems
// of the file itself (bytes that do not decode, broken quoting) become issues of their rows, by line and
// column, so a row whose text did not decode is rejected, never imported with replacement characters.
#pragma once

#include "common/Result.h"
#include "csv/CsvReader.h"
#include "hris/ColumnMapping.h"
#include "hris/ImportIssueList.h"
#include "hris/RecordInterpreter.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace alumnidesk::hris {

struct ImportFileOptions {
    std::optional<csv::TextEncoding> encoding; ///< nothing: detect
    std::optional<QChar> delimiter;            ///< nothing: detect (the wizard lets the user override it)
    std::optional<QJsonObject> profile;        ///< nothing: map the header automatically
    /// Used instead of the profile or the automatic mapping when set (the wizard's hand-made mapping).
    std::optional<ColumnMapping> mapping;
};

struct ImportFileContents {
    QString path;
    QString sha256;
    csv::CsvFormat format;
    QStringList header;
    ColumnMapping mapping;
    QVector<ImportRow> rows; ///< each with its fields as read (ImportRow::raw), for the errors file
};

/// The header the errors file adds; an import ignores a column with this header.
QString errorsColumnHeader();

/// Reads and interprets the file. A file that cannot be read, is empty, or whose header cannot be mapped
/// (no employee ID column, …) is an error; problems of single rows are issues inside the rows.
Result<ImportFileContents> readImportFile(const QString &path, const ImportFileOptions &options,
                                          const std::function<void(qint64, qint64)> &progress = {},
                                          const std::function<bool()> &cancelled = {});

/// Reads and interprets the file a row at a time, handing each row to `sink` instead of keeping it: the
/// streaming import of files of any size. The contents returned hold no rows. A sink's error stops reading.
using ImportRowSink = std::function<Status(ImportRow &&row)>;
Result<ImportFileContents> streamImportFile(const QString &path, const ImportFileOptions &options, const ImportRowSink &sink,
                                            const std::function<void(qint64, qint64)> &progress = {},
                                            const std::function<bool()> &cancelled = {});

/// Writes the rejected rows, with the original header plus a column of reasons, as UTF-8 with BOM (Excel
/// opens it as it is), so the user can fix them and import that file again.
Status writeErrorsFile(const QString &path, const ImportFileContents &contents, const ImportIssueList &issues);

/// The same from a file imported by streaming (whose rows were not kept): the source is read again, in the
/// format it was read in, and the rows with errors are copied.
Status writeErrorsFile(const QString &path, const QString &sourcePath, const csv::CsvFormat &format,
                       const ImportIssueList &issues);

} // namespace alumnidesk::hris
