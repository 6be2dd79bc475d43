// What the CSV reader hands out: one record with the physical line it starts on and its fields, and the
// problems found in it, each with line and column ("line 12, column 4") and a translated reason.
// Columns are field numbers, 1-based, as users count them in a spreadsheet.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace alumnidesk::csv {

struct CsvIssue {
    enum class Kind {
        QuoteInUnquotedField,  ///< ab"c: the quote is kept as a character
        TextAfterClosingQuote, ///< "ab"c: the text is appended to the value (abc)
        UnterminatedQuote,     ///< a quoted field still open at the end of the file: it runs to the end
        UndecodableBytes,      ///< bytes that are not text in the encoding: U+FFFD stands in their place
        TooManyIssues,         ///< the rest of a record's issues, counted, not listed
        RecordTooLong,         ///< a record beyond the reader's limit: reading stops (see CsvReader::fatalIssue)
        UnencodableCharacter,  ///< writing: a character the target encoding cannot hold
    };
    /// Warning: the value read is most likely what the file meant. Error: it is probably not.
    enum class Severity { Warning, Error };

    Kind kind = Kind::QuoteInUnquotedField;
    Severity severity = Severity::Warning;
    qint64 line = 0;       ///< 1-based physical line of the problem (may be below the record's first line)
    int column = 0;        ///< 1-based field number; 0 when it concerns the whole record (TooManyIssues)
    qint64 byteOffset = -1; ///< undecodable bytes: offset of the first one in the file
    qint64 byteCount = 0;  ///< undecodable bytes: how many
    QByteArray bytes;      ///< undecodable bytes: the first of them (at most 16)
    QString message;       ///< translated, without the position: CsvReader::describe() adds that

    bool isError() const { return severity == Severity::Error; }
    /// A stable name for JSON and tests: "quote-in-unquoted-field", "undecodable-bytes", …
    QString kindKey() const;
};

struct CsvRecord {
    qint64 line = 0;            ///< 1-based physical line where the record starts
    QStringList fields;         ///< as many as the line has: the reader does not compare with the header
    QVector<qint64> fieldLines; ///< the line each field starts on (differs from `line` after a line break in quotes)
    QVector<CsvIssue> issues;

    int columnCount() const { return int(fields.size()); }
    /// The field in 1-based `column`, or an empty string past the end of a short record.
    QString value(int column) const { return fields.value(column - 1); }
    qint64 lineOf(int column) const { return fieldLines.value(column - 1, line); }
    bool hasErrors() const
    {
        return std::any_of(issues.begin(), issues.end(), [](const CsvIssue &i) { return i.isError(); });
    }
    void clear()
    {
        line = 0;
        fields.clear();
        fieldLines.clear();
        issues.clear();
    }
};

} // namespace alumnidesk::csv
