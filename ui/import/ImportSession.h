// What the import wizard's pages hand on to each other: the file, the format the user accepted, the preview,
// the column mapping, then the dry run's file format and plan, and the outcome. The wizard owns one; each
// page reads what the pages before it decided and writes its own part.
#pragma once

#include "hris/ColumnMapping.h"
#include "hris/ImportExecutor.h"
#include "hris/ImportFile.h"
#include "hris/ImportPlan.h"
#include "hris/ImportPreview.h"

#include <memory>
#include <optional>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

struct ImportSession {
    Database *db = nullptr; ///< the window's connection (UI thread): profiles only; workers open their own
    QString filePath;

    std::optional<csv::TextEncoding> encoding; ///< the user's choice; nothing: as detected
    std::optional<QChar> delimiter;            ///< the user's choice; nothing: as detected
    csv::CsvFormat detected;                   ///< what automatic detection decided, with its reasons
    hris::ImportPreview preview;               ///< read with the choices above

    hris::ColumnMapping mapping;
    QStringList mappedHeader; ///< the header `mapping` was made for: a different one needs a new mapping
    QString profileName;      ///< the profile the mapping came from or was saved as; empty once edited

    // The dry run (a streaming one: the rows stay in the file), shared with the worker that produced it and
    // the one that imports it. contents holds the format, header, mapping and hash but no rows; the plan has
    // complete counts and every issue, but only a sample of the new and the changed people.
    std::shared_ptr<const hris::ImportFileContents> contents;
    std::shared_ptr<const hris::ImportPlan> plan;
    int sampleLimit = 1000; ///< new and changed people each kept by the dry run for showing (tests lower it)

    std::optional<hris::ImportSummary> summary; ///< set when the import was committed

    hris::ImportFileOptions fileOptions() const
    {
        hris::ImportFileOptions options;
        options.encoding = encoding;
        options.delimiter = delimiter;
        options.mapping = mapping;
        return options;
    }
};

} // namespace alumnidesk::ui
