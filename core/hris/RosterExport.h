// Exports the roster (everyone, a filter's result or a chosen set of people) as CSV that opens cleanly in
// Japanese Excel and that AlumniDesk's import reads back into the same roster: one row per employment stint
// with the person's fields repeated on each (as HR systems export), headers that are the field keys or a
// mapping profile's, custom attributes as further columns under their names.
//
// The rules it keeps:
// - No cell becomes a live formula: dangerous text gets a leading apostrophe (csv/FormulaGuard.h), which
//   the import takes off again.
// - CP932 cannot hold every character (𠮷, emoji, é). Then nothing is written: the export fails as a whole
//   and lists every such character with the row, the employee ID and the column. HR would rather choose
//   UTF-8 or fix a name than send a file where someone is missing or misspelt, and a file without some
//   people looks complete when it is not.
// - Excel's limits (1,048,576 rows with the header; 32,767 characters or 253 line breaks in a cell) are
//   warnings: the file is right, Excel would cut it, and another program may not.
// - The file appears under its name only when complete (QSaveFile): a failure or Cancel leaves no partial
//   file and whatever was there before untouched.
#pragma once

#include "common/Result.h"
#include "csv/CsvWriter.h"
#include "roster/RosterFilter.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace alumnidesk {
class Database;
class StoreBackend;
}

namespace alumnidesk::hris {

struct ExportOptions {
    csv::ExportEncoding encoding = csv::ExportEncoding::Utf8WithBom; ///< what Japanese Excel opens without asking
    QStringList columns;                ///< field keys or custom attribute names; empty: every field and attribute
    std::optional<QJsonObject> profile; ///< write this mapping profile's headers and layout (see ExportColumns.h)
    QString profileName;                ///< for messages
    RosterFilter filter;                ///< who, when `ids` is not set; empty: everyone
    std::optional<QVector<qint64>> ids; ///< exactly these people in this order (the window's selection)
    int maxListedIssues = 1000;         ///< issues beyond this are counted, not listed
    qint64 excelDataRows = 1048575;     ///< Excel's rows without the header; warned above (tests lower it)
};

struct ExportIssue {
    enum Severity { Error, Warning };
    Severity severity = Error;
    qint64 row = 0;     ///< the row as a spreadsheet numbers it (the header is row 1); 0 for the whole file
    QString employeeId;
    QString column;     ///< the header
    QString value;      ///< the character CP932 cannot hold; empty otherwise
    QString reason;     ///< translated
};

struct ExportSummary {
    QString path;
    bool written = false;   ///< false: an error (listed in issues) kept the file from being written
    QString encoding;       ///< as shown to users: "UTF-8 (BOM)", "UTF-8", "CP932"
    qint64 rows = 0;        ///< data rows, without the header
    qint64 people = 0;
    qint64 bytes = 0;
    QStringList headers;
    QStringList notes;      ///< translated: columns left out, headers that would read back differently
    QVector<ExportIssue> issues; ///< at most ExportOptions::maxListedIssues, in file order
    qint64 errorCount = 0;   ///< all of them, listed or not
    qint64 warningCount = 0;
};

enum class ExportFailure { None, Columns, Cancelled, Database, File };

/// (people done, people in total); called every few thousand people and once at the end.
using ExportProgress = std::function<void(qint64 done, qint64 total)>;

class RosterExporter {
public:
    /// Reads through this connection (give it one of its own when it runs on a worker thread).
    RosterExporter(QSqlDatabase db, const StoreBackend &backend);

    /// Writes the file. A result without error may still have `written` false: characters the encoding
    /// cannot hold (see issues). Errors: unknown columns, Cancel, the database, the file — `failure` says which.
    Result<ExportSummary> exportTo(const QString &path, const ExportOptions &options, const ExportProgress &progress = {},
                                   const std::atomic_bool *cancel = nullptr, ExportFailure *failure = nullptr);

    /// "UTF-8 (BOM)", "UTF-8", "CP932".
    static QString encodingLabel(csv::ExportEncoding encoding);
    /// utf-8-bom (also utf8-bom, utf-8-sig), utf-8, cp932 (and the other names of Shift_JIS); nothing otherwise.
    static std::optional<csv::ExportEncoding> encodingFromName(const QString &name);

private:
    QSqlDatabase m_db;
    const StoreBackend &m_backend;
};

/// The exporter on the database's own connection.
Result<ExportSummary> exportRoster(Database &db, const QString &path, const ExportOptions &options,
                                   const ExportProgress &progress = {}, const std::atomic_bool *cancel = nullptr,
                                   ExportFailure *failure = nullptr);

/// "Row 12 (employee ID 004512), column family_name: …" — an issue as one sentence for a list or the CLI.
QString describe(const ExportIssue &issue);

} // namespace alumnidesk::hris
