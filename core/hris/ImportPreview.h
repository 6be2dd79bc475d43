// The first rows of an HR export as the import wizard previews them: the format the reader decided (with
// its reasons) and the fields as text, read synchronously from the start of the file only — however large
// the file, a preview never reads more than about one chunk, so the window does not wait for it.
#pragma once

#include "common/Result.h"
#include "csv/CsvReader.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace alumnidesk::hris {

struct ImportPreviewOptions {
    std::optional<csv::TextEncoding> encoding; ///< nothing: detect
    std::optional<QChar> delimiter;            ///< nothing: detect
    int maxRows = 50;                          ///< data rows, after the header
    qint64 maxBytes = 64 * 1024;               ///< stop reading further chunks past this many bytes
};

struct ImportPreview {
    csv::CsvFormat format;
    QStringList header;
    QVector<csv::CsvRecord> rows; ///< data rows with their lines and reading problems
    bool complete = false;        ///< the whole file was read (it has no more rows than these)
};

/// Reads the header and the first rows of path. Fails only when the file cannot be opened or read.
Result<ImportPreview> readImportPreview(const QString &path, const ImportPreviewOptions &options = {});

} // namespace alumnidesk::hris
