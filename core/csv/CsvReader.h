// Reads an HR export from any QIODevice as a stream of records: the encoding and delimiter are decided
// from the first 64 KB (or chosen by the user), then the file is read in chunks of 64 KB, so memory stays
// at a chunk plus the record being read whatever the file's size. Each record comes with the line it
// starts on, its fields and its issues; the reader never stops for a malformed record, only for a read
// error, a record beyond the size limit (a missing closing quote in a large file) or a cancel.
//
// Pull:                                      Callback:
//   CsvReader reader(&file);                   CsvReader reader(&file, options);
//   if (auto format = reader.open(); !format)  const Status s = reader.forEachRecord(
//       return format.error();                     [&](const CsvRecord &r) { …; return true; });
//   CsvRecord record;
//   while (reader.readNext(record)) { … }
//   if (!reader.status()) …  // failed or cancelled
//
// The first record is the header like any other: the reader does not compare field counts; the importer does.
#pragma once

#include "common/Result.h"
#include "csv/CsvParser.h"
#include "csv/DelimiterDetector.h"
#include "csv/EncodingDetector.h"

#include <QIODevice>

#include <functional>
#include <memory>
#include <optional>

namespace alumnidesk::csv {

struct CsvReaderOptions {
    std::optional<TextEncoding> encoding; ///< nothing: detect
    std::optional<QChar> delimiter;       ///< nothing: detect among comma, tab and semicolon
    qsizetype chunkSize = 64 * 1024;      ///< bytes per read; tests use 1 to cut every character in two
    qsizetype detectionSize = 64 * 1024;  ///< bytes looked at to detect the encoding and delimiter
    CsvParser::Limits limits;
};

/// What the reader decided about the file, and why: the import wizard shows both and offers to change them.
struct CsvFormat {
    EncodingGuess encoding;
    DelimiterGuess delimiter;
};

class CsvReader {
public:
    /// `device` must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device, CsvReaderOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Reads the first bytes and decides the format. readNext() calls it if you did not.
    Result<CsvFormat> open();
    const CsvFormat &format() const { return m_format; }

    /// The next record; false at the end of the file, on a fatal problem or a cancel (see status()).
    bool readNext(CsvRecord &record);
    /// Every record in turn; `onRecord` returns false to stop early (that is not an error).
    Status forEachRecord(const std::function<bool(const CsvRecord &)> &onRecord);

    /// Called before each chunk is read; returning true stops the reading (status() says it was cancelled).
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelCheck = std::move(cancelled); }
    /// Called after each chunk with the bytes read so far and the device's size (-1 when unknown).
    void setProgressCallback(std::function<void(qint64, qint64)> progress) { m_progress = std::move(progress); }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const;
    bool atEnd() const { return m_state == State::Finished; }
    bool wasCancelled() const { return m_state == State::Cancelled; }
    /// Success while reading and at the end; otherwise why the reading stopped.
    Status status() const;
    /// The record that stopped the reading by growing past CsvReaderOptions::limits, with its line and column.
    const std::optional<CsvIssue> &fatalIssue() const { return m_parser ? m_parser->fatalIssue() : m_noIssue; }

    /// Bytes held in buffers (chunk, decoded text, the record being built): for tests of the memory bound.
    qsizetype bufferedBytes() const;
    qsizetype peakBufferedBytes() const { return m_peakBuffered; }

private:
    enum class State { New, Reading, Finished, Cancelled, Failed };

    QByteArray readHead();
    bool fillInput();
    void decodeInto(QByteArrayView bytes, bool last);
    void fail(Error error);

    QIODevice *m_device;
    CsvReaderOptions m_options;
    State m_state = State::New;
    Error m_error;
    CsvFormat m_format;
    std::unique_ptr<ByteDecoder> m_decoder;
    std::unique_ptr<CsvParser> m_parser;
    std::function<bool()> m_cancelCheck;
    std::function<void(qint64, qint64)> m_progress;

    QByteArray m_chunk;
    QString m_text;                    ///< the decoded chunk the parser is reading
    QVector<DecodeError> m_errors;     ///< decode errors in m_text
    qint64 m_bytesRead = 0;
    bool m_deviceDone = false;
    bool m_finalFlushed = false;
    qsizetype m_peakBuffered = 0;
    std::optional<CsvIssue> m_noIssue;
};

} // namespace alumnidesk::csv
