#include "hris/ImportFile.h"

#include "common/FileSha256.h"
#include "csv/CsvIssues.h"
#include "csv/CsvWriter.h"
#include "csv/FormulaGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

namespace alumnidesk::hris {

namespace {

ImportIssue fromCsvIssue(const csv::CsvIssue &i, const QStringList &header)
{
    ImportIssue out;
    out.severity = i.isError() ? ImportIssue::Error : ImportIssue::Warning;
    out.line = int(i.line);
    out.column = i.column;
    out.field = header.value(i.column - 1);
    if (!i.bytes.isEmpty())
        out.value = QString::fromLatin1(i.bytes.toHex(' ').toUpper());
    out.reason = i.message;
    return out;
}

} // namespace

QString errorsColumnHeader()
{
    return QCoreApplication::translate("ImportFile", "AlumniDesk errors");
}

Result<ImportFileContents> streamImportFile(const QString &path, const ImportFileOptions &options, const ImportRowSink &sink,
                                            const std::function<void(qint64, qint64)> &progress,
                                            const std::function<bool()> &cancelled)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ImportFile", "“%1” could not be opened.").arg(shown), file.errorString()};
    csv::CsvReaderOptions readerOptions;
    readerOptions.encoding = options.encoding;
    readerOptions.delimiter = options.delimiter;
    csv::CsvReader reader(&file, readerOptions);
    if (progress)
        reader.setProgressCallback(progress);
    if (cancelled)
        reader.setCancelCheck(cancelled);
    auto format = reader.open();
    if (!format)
        return format.error();

    ImportFileContents contents;
    contents.path = path;
    contents.format = format.value();
    csv::CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.status())
            return reader.status().error();
        return Error{QCoreApplication::translate("ImportFile", "“%1” is empty: there is no header line.").arg(shown), {}};
    }
    if (record.hasErrors())
        return Error{QCoreApplication::translate("ImportFile", "The header line of “%1” could not be read.").arg(shown),
                     csv::issues::describe(record.issues.constFirst())};
    contents.header = record.fields;
    contents.mapping = options.mapping ? *options.mapping
        : options.profile              ? ColumnMapping::fromProfile(contents.header, *options.profile)
                                       : ColumnMapping::automatic(contents.header);
    // The reasons column of an errors file we wrote is never data.
    for (int c = 0; c < contents.header.size(); ++c) {
        if (contents.header.at(c) == errorsColumnHeader())
            contents.mapping.setField(c, ImportField::Ignore);
    }
    if (const QStringList problems = contents.mapping.problems(); !problems.isEmpty())
        return Error{QCoreApplication::translate("ImportFile", "The columns of “%1” cannot be imported as they are mapped:").arg(shown),
                     problems.join(QLatin1Char('\n'))};

    const RecordInterpreter interpreter(contents.mapping);
    while (reader.readNext(record)) {
        ImportRow row = interpreter.interpret(int(record.line), record.fields);
        for (const csv::CsvIssue &i : record.issues)
            row.issues.append(fromCsvIssue(i, contents.header));
        row.raw = record.fields;
        if (Status st = sink(std::move(row)); !st)
            return st.error();
    }
    if (!reader.status())
        return reader.status().error();
    file.close();
    if (cancelled && cancelled())
        return Error{QCoreApplication::translate("ImportFile", "Cancelled."), {}};
    contents.sha256 = fileSha256(path);
    return contents;
}

Result<ImportFileContents> readImportFile(const QString &path, const ImportFileOptions &options,
                                          const std::function<void(qint64, qint64)> &progress,
                                          const std::function<bool()> &cancelled)
{
    QVector<ImportRow> rows;
    auto contents = streamImportFile(
        path, options,
        [&rows](ImportRow &&row) {
            rows.append(std::move(row));
            return Status();
        },
        progress, cancelled);
    if (contents)
        contents->rows = std::move(rows);
    return contents;
}

namespace {

using RowVisitor = std::function<void(int line, const QStringList &fields)>;

// The errors file from any source of rows: `rows` calls its argument for every row in file order. The
// issues are read alongside in line order (ImportIssueList::Reader), so nothing grows with their number.
Status writeErrors(const QString &path, const QStringList &fileHeader, const std::function<Status(const RowVisitor &)> &rows,
                   const ImportIssueList &issues)
{
    ImportIssueList::Reader reader(issues);
    const ImportIssue *next = reader.next();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("ImportFile", "“%1” could not be written.").arg(QDir::toNativeSeparators(path)),
                     out.errorString()};
    csv::CsvWriter writer(&out, csv::ExportEncoding::Utf8WithBom);
    QStringList header = fileHeader;
    header.append(errorsColumnHeader());
    writer.writeRecord(header);
    QStringList reasons;
    const Status read = rows([&](int line, const QStringList &raw) {
        while (next && next->line < line)
            next = reader.next();
        reasons.clear();
        for (; next && next->line == line; next = reader.next()) {
            if (next->severity != ImportIssue::Error)
                continue;
            reasons.append(next->column > 0 ? QCoreApplication::translate("ImportFile", "column %1 (%2): %3")
                                                  .arg(next->column)
                                                  .arg(next->field, next->reason)
                                            : next->reason);
        }
        if (reasons.isEmpty())
            return;
        QStringList fields = raw;
        while (fields.size() < fileHeader.size())
            fields.append(QString());
        fields.append(reasons.join(QStringLiteral(" / ")));
        // The user opens this file in Excel to correct it: no cell may run as a formula there. The import
        // takes the apostrophe off again, so the corrected file reads back exactly.
        for (QString &f : fields)
            f = csv::formulaGuarded(f);
        writer.writeRecord(fields);
    });
    if (!read)
        return read;
    if (!reader.status())
        return reader.status();
    if (!writer.status())
        return writer.status();
    if (!out.commit())
        return Error{QCoreApplication::translate("ImportFile", "“%1” could not be written.").arg(QDir::toNativeSeparators(path)),
                     out.errorString()};
    return {};
}

} // namespace

Status writeErrorsFile(const QString &path, const ImportFileContents &contents, const ImportIssueList &issues)
{
    return writeErrors(
        path, contents.header,
        [&contents](const RowVisitor &visit) {
            for (const ImportRow &row : contents.rows)
                visit(row.line, row.raw);
            return Status();
        },
        issues);
}

Status writeErrorsFile(const QString &path, const QString &sourcePath, const csv::CsvFormat &format,
                       const ImportIssueList &issues)
{
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ImportFile", "“%1” could not be opened.").arg(QDir::toNativeSeparators(sourcePath)),
                     file.errorString()};
    csv::CsvReaderOptions readerOptions;
    readerOptions.encoding = format.encoding.encoding;
    readerOptions.delimiter = format.delimiter.delimiter;
    csv::CsvReader reader(&file, readerOptions);
    if (auto opened = reader.open(); !opened)
        return opened.error();
    csv::CsvRecord record;
    if (!reader.readNext(record))
        return reader.status();
    const QStringList header = record.fields;
    return writeErrors(
        path, header,
        [&](const RowVisitor &visit) {
            while (reader.readNext(record))
                visit(int(record.line), record.fields);
            return reader.status();
        },
        issues);
}

} // namespace alumnidesk::hris
