#include "hris/ImportFile.h"

#include "csv/CsvIssues.h"
#include "csv/CsvWriter.h"
#include "csv/FormulaGuard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString errorsColumnHeader()
{
    return QCoreApplication::translate("ImportFile", "AlumniDesk errors");
}

Result<ImportFileContents> readImportFile(const QString &path, const ImportFileOptions &options,
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
        contents.rows.append(std::move(row));
    }
    if (!reader.status())
        return reader.status().error();
    file.close();
    contents.sha256 = sha256Of(path);
    return contents;
}

Status writeErrorsFile(const QString &path, const ImportFileContents &contents, const QVector<ImportIssue> &issues)
{
    QHash<int, QStringList> reasons;
    for (const ImportIssue &i : issues) {
        if (i.severity != ImportIssue::Error)
            continue;
        QString text = i.reason;
        if (i.column > 0)
            text = QCoreApplication::translate("ImportFile", "column %1 (%2): %3").arg(i.column).arg(i.field, i.reason);
        reasons[i.line].append(text);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("ImportFile", "“%1” could not be written.").arg(QDir::toNativeSeparators(path)),
                     out.errorString()};
    csv::CsvWriter writer(&out, csv::ExportEncoding::Utf8WithBom);
    QStringList header = contents.header;
    header.append(errorsColumnHeader());
    writer.writeRecord(header);
    for (const ImportRow &row : contents.rows) {
        const auto it = reasons.constFind(row.line);
        if (it == reasons.constEnd())
            continue;
        QStringList fields = row.raw;
        while (fields.size() < contents.header.size())
            fields.append(QString());
        fields.append(it.value().join(QStringLiteral(" / ")));
        // The user opens this file in Excel to correct it: no cell may run as a formula there. The import
        // takes the apostrophe off again, so the corrected file reads back exactly.
        for (QString &f : fields)
            f = csv::formulaGuarded(f);
        writer.writeRecord(fields);
    }
    if (!writer.status())
        return writer.status();
    if (!out.commit())
        return Error{QCoreApplication::translate("ImportFile", "“%1” could not be written.").arg(QDir::toNativeSeparators(path)),
                     out.errorString()};
    return {};
}

} // namespace alumnidesk::hris
