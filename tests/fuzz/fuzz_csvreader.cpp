// libFuzzer target for the CSV reader: any bytes, with the options (encoding, delimiter, chunk size, limits)
// taken from the first two bytes. Beyond "no crash, no hang, no unbounded memory" (the sanitizers and
// libFuzzer's limits), it checks what must hold for every input:
//  - the records and issues do not depend on how the bytes were cut into chunks;
//  - line numbers rise, every field has its line, every issue points into its record;
//  - writing the records back out and reading them again gives the same fields (writer and reader agree).
// How to build and run it, briefly or for hours: tests/fuzz/CMakeLists.txt.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>

using namespace alumnidesk::csv;

namespace {

struct Outcome {
    QVector<CsvRecord> records;
    bool failed = false;
    CsvFormat format;
};

Outcome readAll(const QByteArray &bytes, const CsvReaderOptions &options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Outcome out;
    CsvRecord record;
    while (reader.readNext(record))
        out.records.append(record);
    out.failed = !reader.status().ok();
    out.format = reader.format();
    return out;
}

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    __builtin_trap();
}

bool sameIssues(const CsvRecord &a, const CsvRecord &b)
{
    if (a.issues.size() != b.issues.size())
        return false;
    for (qsizetype i = 0; i < a.issues.size(); ++i) {
        const CsvIssue &x = a.issues.at(i);
        const CsvIssue &y = b.issues.at(i);
        if (x.kind != y.kind || x.line != y.line || x.column != y.column || x.byteOffset != y.byteOffset
            || x.byteCount != y.byteCount || x.bytes != y.bytes || x.message != y.message)
            return false;
    }
    return true;
}

void checkShape(const Outcome &o)
{
    qint64 previous = 0;
    for (const CsvRecord &r : o.records) {
        if (r.line <= previous)
            broken("record lines must rise");
        if (r.fields.isEmpty() || r.fieldLines.size() != r.fields.size())
            broken("every record has fields, each with its line");
        if (r.fieldLines.first() != r.line || !std::is_sorted(r.fieldLines.begin(), r.fieldLines.end()))
            broken("field lines start at the record's line and rise");
        for (const CsvIssue &i : r.issues) {
            if (i.line < r.line || i.column < 0 || i.column > r.fields.size() || i.message.isEmpty())
                broken("an issue points into its record");
        }
        previous = r.fieldLines.last();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t mode = data[0];
    const uint8_t limits = data[1];
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    CsvReaderOptions options;
    static const std::optional<TextEncoding> encodings[] = {std::nullopt, std::nullopt, TextEncoding::Utf8,
                                                            TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                                            TextEncoding::Cp932, TextEncoding::EucJp, std::nullopt};
    options.encoding = encodings[mode & 7];
    static const std::optional<QChar> delimiters[] = {std::nullopt, QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    options.delimiter = delimiters[(mode >> 3) & 3];
    static const qsizetype chunks[] = {1, 2, 3, 7, 64, 1000, 4096, 65536};
    options.chunkSize = chunks[(mode >> 5) & 7];
    if (limits & 0x80) { // small limits, so the limit paths are reached too
        options.limits.maxRecordChars = 8 + (limits & 0x3F) * 4;
        options.limits.maxIssuesPerRecord = 1 + (limits & 7);
    }

    const Outcome cut = readAll(input, options);
    CsvReaderOptions whole = options;
    whole.chunkSize = 1 << 20;
    const Outcome uncut = readAll(input, whole);

    if (cut.failed != uncut.failed || cut.records.size() != uncut.records.size())
        broken("chunk size changed the outcome");
    for (qsizetype i = 0; i < cut.records.size(); ++i) {
        const CsvRecord &a = cut.records.at(i);
        const CsvRecord &b = uncut.records.at(i);
        if (a.line != b.line || a.fields != b.fields || a.fieldLines != b.fieldLines || !sameIssues(a, b))
            broken("chunk size changed a record");
    }
    checkShape(cut);

    // Written back as UTF-8 with the same delimiter, the records read back exactly, without issues.
    const QChar delimiter = cut.format.delimiter.delimiter;
    QString text;
    for (const CsvRecord &r : cut.records)
        text += formatRecord(r.fields, delimiter);
    CsvReaderOptions again;
    again.encoding = TextEncoding::Utf8;
    again.delimiter = delimiter;
    again.limits.maxRecordChars = 4 * options.limits.maxRecordChars + 16; // quotes doubled and added
    const Outcome reread = readAll(text.toUtf8(), again);
    if (reread.failed || reread.records.size() != cut.records.size())
        broken("written records read back as a different number");
    for (qsizetype i = 0; i < reread.records.size(); ++i) {
        if (reread.records.at(i).fields != cut.records.at(i).fields || !reread.records.at(i).issues.isEmpty())
            broken("a written record read back differently");
    }
    return 0;
}
