#include "hris/ImportPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace alumnidesk::hris {

Result<ImportPreview> readImportPreview(const QString &path, const ImportPreviewOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ImportPreview", "“%1” could not be opened.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    csv::CsvReaderOptions readerOptions;
    readerOptions.encoding = options.encoding;
    readerOptions.delimiter = options.delimiter;
    csv::CsvReader reader(&file, readerOptions);
    // The reader asks before each further chunk: past the byte budget the preview has what it needs, and a
    // "cancel" here is the way to stop without reading the rest of a large file.
    const qint64 maxBytes = options.maxBytes;
    reader.setCancelCheck([&reader, maxBytes] { return reader.bytesRead() >= maxBytes; });
    auto format = reader.open();
    if (!format)
        return format.error();

    ImportPreview preview;
    preview.format = format.value();
    csv::CsvRecord record;
    if (reader.readNext(record))
        preview.header = record.fields;
    bool more = false;
    while (reader.readNext(record)) {
        if (preview.rows.size() == options.maxRows) {
            more = true;
            break;
        }
        preview.rows.append(record);
    }
    if (!reader.wasCancelled() && !reader.status())
        return reader.status().error();
    preview.complete = !more && reader.atEnd();
    return preview;
}

} // namespace alumnidesk::hris
