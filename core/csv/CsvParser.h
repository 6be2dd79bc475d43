// The RFC 4180 state machine on decoded text, without any I/O: text goes in piece by piece, records come
// out one at a time with their line numbers and issues. A record may span any number of pieces; nothing
// but the record being built is kept between them.
//
// Recovery from malformed input, chosen so that one bad value never shifts the rest of the file:
//  - a quote inside an unquoted value is kept as a character (5'11", 27" monitor) — warning;
//  - text after a closing quote is appended to the value ("Tanaka" Taro → Tanaka Taro) — warning;
//  - a quoted value still open at the end of the file holds everything up to there — error;
//  - a record longer than the limit stops the reading (fatal): without a closing quote there is no
//    reliable place to resume, and holding the rest of a large file in memory is not an option.
#pragma once

#include "csv/ByteDecoder.h"
#include "csv/CsvRecord.h"

#include <optional>

namespace alumnidesk::csv {

class CsvParser {
public:
    struct Limits {
        qsizetype maxRecordChars = 1 << 20; ///< characters, delimiters included
        int maxIssuesPerRecord = 100;       ///< beyond this, issues are counted, not kept
    };

    /// `encoding` is only for the wording of undecodable-byte issues.
    CsvParser(QChar delimiter, Limits limits, QString encoding);

    /// The next piece of text. It must stay alive and unchanged until next() asks for more. `errors`
    /// (indexes into `text`) come from the decoder that produced it.
    void setInput(QStringView text, const QVector<DecodeError> &errors);

    enum class Step { Record, NeedInput, Fatal };
    /// Reads on until a record is complete (Record: it is in `record`), the input is used up (NeedInput) or
    /// the record grew past the limit (Fatal: see fatalIssue()).
    Step next(CsvRecord &record);
    /// At the end of the input: the last record if it was not terminated by a line break.
    bool finish(CsvRecord &record);

    const std::optional<CsvIssue> &fatalIssue() const { return m_fatal; }
    /// Characters held for the record being built (for the memory bound checked in tests).
    qsizetype heldChars() const;

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterClosingQuote };

    bool isSpecial(QChar c, bool quoted) const;
    void appendRun(bool quoted);
    void appendChar(QChar c);
    bool grow(qsizetype chars);
    void countLineBreak(QChar c);
    void attachDecodeError(const DecodeError &error);
    void addIssue(CsvIssue issue);
    int column() const { return int(m_record.fields.size()) + 1; }
    void beginRecord();
    void endField();
    void endRecord(CsvRecord &out);
    Step completeRecord(CsvRecord &record, QChar lineBreak);

    QChar m_delimiter;
    Limits m_limits;
    QString m_encoding;

    QStringView m_input;
    qsizetype m_pos = 0;
    const QVector<DecodeError> *m_errors = nullptr;
    qsizetype m_nextError = 0;

    State m_state = State::RecordStart;
    qint64 m_line = 1;
    bool m_afterCr = false; ///< the last character was CR: an LF now completes the same line break
    CsvRecord m_record;
    QString m_field;
    qint64 m_fieldLine = 1;      ///< where the current field starts
    qint64 m_quoteLine = 0;      ///< where the open quote of the current field is
    bool m_quoteIssued = false;  ///< one quote issue per field is enough
    qsizetype m_recordChars = 0;
    int m_suppressedIssues = 0;
    bool m_suppressedError = false;
    int m_lastDecodeIssue = -1; ///< index in m_record.issues of the latest undecodable-bytes issue
    std::optional<CsvIssue> m_fatal;
};

} // namespace alumnidesk::csv
