#include "csv/CsvIssues.h"

#include <QCoreApplication>

namespace alumnidesk::csv {

QString CsvIssue::kindKey() const
{
    switch (kind) {
    case Kind::QuoteInUnquotedField:
        return QStringLiteral("quote-in-unquoted-field");
    case Kind::TextAfterClosingQuote:
        return QStringLiteral("text-after-closing-quote");
    case Kind::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    case Kind::UndecodableBytes:
        return QStringLiteral("undecodable-bytes");
    case Kind::TooManyIssues:
        return QStringLiteral("too-many-issues");
    case Kind::RecordTooLong:
        return QStringLiteral("record-too-long");
    case Kind::UnencodableCharacter:
        return QStringLiteral("unencodable-character");
    }
    return {};
}

namespace issues {

namespace {

constexpr qsizetype kBytesKept = 16;

CsvIssue make(CsvIssue::Kind kind, CsvIssue::Severity severity, qint64 line, int column, QString message)
{
    CsvIssue issue;
    issue.kind = kind;
    issue.severity = severity;
    issue.line = line;
    issue.column = column;
    issue.message = std::move(message);
    return issue;
}

QString undecodableMessage(const CsvIssue &issue, const QString &encoding)
{
    QString hex = QString::fromLatin1(issue.bytes.toHex(' ').toUpper());
    if (issue.byteCount > issue.bytes.size())
        hex += QStringLiteral(" …");
    // The count goes in a variable: Qt 6.4's lupdate hangs on a comma inside a nested call in the plural
    // argument of translate().
    const int byteCount = int(qMin<qint64>(issue.byteCount, INT_MAX));
    return QCoreApplication::translate("CsvReader",
                                       "%n byte(s) that are not %1 text (%2); the value shows � in their place.",
                                       nullptr, byteCount)
        .arg(encoding, hex);
}

} // namespace

CsvIssue quoteInUnquotedField(qint64 line, int column)
{
    return make(CsvIssue::Kind::QuoteInUnquotedField, CsvIssue::Severity::Warning, line, column,
                QCoreApplication::translate("CsvReader",
                                            "A quote mark inside a value that does not start with one; it was kept "
                                            "as written."));
}

CsvIssue textAfterClosingQuote(qint64 line, int column)
{
    return make(CsvIssue::Kind::TextAfterClosingQuote, CsvIssue::Severity::Warning, line, column,
                QCoreApplication::translate("CsvReader",
                                            "Text follows the closing quote of this value; it was added to the value. "
                                            "Inside quotes, a quote mark is written twice (\"\")."));
}

CsvIssue unterminatedQuote(qint64 line, int column)
{
    return make(CsvIssue::Kind::UnterminatedQuote, CsvIssue::Severity::Error, line, column,
                QCoreApplication::translate("CsvReader",
                                            "The quoted value that starts here has no closing quote; everything up to "
                                            "the end of the file was read into it."));
}

CsvIssue undecodableBytes(qint64 line, int column, qint64 byteOffset, QByteArrayView bytes, qint64 byteCount,
                          const QString &encoding)
{
    CsvIssue issue = make(CsvIssue::Kind::UndecodableBytes, CsvIssue::Severity::Error, line, column, QString());
    issue.byteOffset = byteOffset;
    issue.byteCount = byteCount;
    issue.bytes = bytes.first(qMin(bytes.size(), kBytesKept)).toByteArray();
    issue.message = undecodableMessage(issue, encoding);
    return issue;
}

void extendUndecodableBytes(CsvIssue &issue, QByteArrayView more, const QString &encoding)
{
    const qsizetype room = kBytesKept - issue.bytes.size();
    if (room > 0)
        issue.bytes.append(more.first(qMin(room, more.size())));
    issue.byteCount += more.size();
    issue.message = undecodableMessage(issue, encoding);
}

CsvIssue tooManyIssues(qint64 line, int column, int count, bool anyError)
{
    return make(CsvIssue::Kind::TooManyIssues, anyError ? CsvIssue::Severity::Error : CsvIssue::Severity::Warning,
                line, column,
                QCoreApplication::translate("CsvReader", "%n more problem(s) in this record are not listed.", nullptr,
                                            count));
}

CsvIssue recordTooLong(qint64 line, int column, qsizetype limit)
{
    // A variable, not a nested call with a comma: Qt 6.4's lupdate hangs on the latter.
    const int characters = int(qMin<qsizetype>(limit, INT_MAX));
    return make(CsvIssue::Kind::RecordTooLong, CsvIssue::Severity::Error, line, column,
                QCoreApplication::translate("CsvReader",
                                            "This record is longer than %n character(s), so reading stopped here. "
                                            "Most likely a closing quote is missing.",
                                            nullptr, characters));
}

CsvIssue unencodableCharacter(qint64 line, int column, char32_t character, const QString &encoding)
{
    const QString shown = QString::fromUcs4(&character, 1);
    const QString code = QStringLiteral("U+%1").arg(uint(character), 4, 16, QLatin1Char('0')).toUpper();
    return make(CsvIssue::Kind::UnencodableCharacter, CsvIssue::Severity::Error, line, column,
                QCoreApplication::translate("CsvWriter", "“%1” (%2) cannot be written in %3.")
                    .arg(shown, code, encoding));
}

QString describe(const CsvIssue &issue)
{
    return QCoreApplication::translate("CsvReader", "Line %1, column %2: %3")
        .arg(issue.line)
        .arg(issue.column)
        .arg(issue.message);
}

} // namespace issues
} // namespace alumnidesk::csv
