// Builds the issues the reader and writer report, each with its translated reason, so the wording of every
// CSV problem lives in one place.
#pragma once

#include "csv/CsvRecord.h"

#include <QByteArrayView>

namespace alumnidesk::csv::issues {

CsvIssue quoteInUnquotedField(qint64 line, int column);
CsvIssue textAfterClosingQuote(qint64 line, int column);
CsvIssue unterminatedQuote(qint64 line, int column);
/// `bytes` are the first of `byteCount` bad bytes starting at `byteOffset`.
CsvIssue undecodableBytes(qint64 line, int column, qint64 byteOffset, QByteArrayView bytes, qint64 byteCount,
                          const QString &encoding);
/// Adds `more` (which follow the issue's bytes directly) to an undecodable-bytes issue and rewords it.
void extendUndecodableBytes(CsvIssue &issue, QByteArrayView more, const QString &encoding);
CsvIssue tooManyIssues(qint64 line, int column, int count, bool anyError);
CsvIssue recordTooLong(qint64 line, int column, qsizetype limit);
CsvIssue unencodableCharacter(qint64 line, int column, char32_t character, const QString &encoding);

/// "Line 12, column 4: …" — the issue as one sentence for a list or the CLI.
QString describe(const CsvIssue &issue);

} // namespace alumnidesk::csv::issues
