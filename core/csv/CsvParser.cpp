#include "csv/CsvParser.h"

#include "csv/CsvIssues.h"

#include <algorithm>

namespace alumnidesk::csv {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

bool isLineBreak(QChar c)
{
    return c == kCr || c == kLf;
}

} // namespace

CsvParser::CsvParser(QChar delimiter, Limits limits, QString encoding)
    : m_delimiter(delimiter)
    , m_limits(limits)
    , m_encoding(std::move(encoding))
{
}

void CsvParser::setInput(QStringView text, const QVector<DecodeError> &errors)
{
    m_input = text;
    m_pos = 0;
    m_errors = &errors;
    m_nextError = 0;
}

qsizetype CsvParser::heldChars() const
{
    return m_recordChars + m_field.capacity();
}

bool CsvParser::isSpecial(QChar c, bool quoted) const
{
    return c == kQuote || isLineBreak(c) || (!quoted && c == m_delimiter);
}

CsvParser::Step CsvParser::next(CsvRecord &record)
{
    if (m_fatal)
        return Step::Fatal;
    while (m_pos < m_input.size()) {
        const QChar c = m_input.at(m_pos);
        if (!isLineBreak(c))
            m_afterCr = false;
        switch (m_state) {
        case State::RecordStart:
            if (isLineBreak(c)) { // a blank line: skipped, but it still counts as a line
                countLineBreak(c);
                ++m_pos;
            } else {
                beginRecord();
                m_state = State::FieldStart;
            }
            break;
        case State::FieldStart:
            if (c == kQuote) {
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++m_pos;
            } else if (c == m_delimiter) {
                endField();
                ++m_pos;
            } else if (isLineBreak(c)) {
                return completeRecord(record, c);
            } else {
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted:
        case State::AfterClosingQuote:
            if (c == m_delimiter) {
                endField();
                m_state = State::FieldStart;
                ++m_pos;
            } else if (isLineBreak(c)) {
                return completeRecord(record, c);
            } else if (c == kQuote) {
                if (m_state == State::Unquoted && !m_quoteIssued) {
                    addIssue(issues::quoteInUnquotedField(m_line, column()));
                    m_quoteIssued = true;
                }
                appendChar(c);
                ++m_pos;
            } else {
                appendRun(false);
            }
            break;
        case State::Quoted:
            if (c == kQuote) {
                m_state = State::QuoteInQuoted;
                ++m_pos;
            } else if (isLineBreak(c)) {
                appendChar(c);
                countLineBreak(c);
                ++m_pos;
            } else {
                appendRun(true);
            }
            break;
        case State::QuoteInQuoted:
            if (c == kQuote) { // "" inside quotes is one quote mark
                appendChar(c);
                m_state = State::Quoted;
                ++m_pos;
            } else if (c == m_delimiter) {
                endField();
                m_state = State::FieldStart;
                ++m_pos;
            } else if (isLineBreak(c)) {
                return completeRecord(record, c);
            } else {
                addIssue(issues::textAfterClosingQuote(m_line, column()));
                m_state = State::AfterClosingQuote; // the character is read again there and appended
            }
            break;
        }
        if (m_fatal)
            return Step::Fatal;
    }
    return Step::NeedInput;
}

bool CsvParser::finish(CsvRecord &record)
{
    if (m_fatal || m_state == State::RecordStart)
        return false;
    if (m_state == State::Quoted)
        addIssue(issues::unterminatedQuote(m_quoteLine, column()));
    endField();
    if (m_fatal)
        return false;
    endRecord(record);
    return true;
}

CsvParser::Step CsvParser::completeRecord(CsvRecord &record, QChar lineBreak)
{
    endField();
    if (m_fatal)
        return Step::Fatal;
    endRecord(record);
    countLineBreak(lineBreak);
    ++m_pos;
    return Step::Record;
}

void CsvParser::appendRun(bool quoted)
{
    const qsizetype start = m_pos;
    qsizetype end = start + 1;
    while (end < m_input.size() && !isSpecial(m_input.at(end), quoted))
        ++end;
    // U+FFFD placeholders are never special characters, so every decode error lands inside some run.
    while (m_errors && m_nextError < m_errors->size() && m_errors->at(m_nextError).textIndex < end)
        attachDecodeError(m_errors->at(m_nextError++));
    if (!grow(end - start))
        return;
    m_field.append(m_input.sliced(start, end - start));
    m_pos = end;
}

void CsvParser::appendChar(QChar c)
{
    if (grow(1))
        m_field.append(c);
}

bool CsvParser::grow(qsizetype chars)
{
    m_recordChars += chars;
    if (m_recordChars <= m_limits.maxRecordChars)
        return true;
    m_fatal = issues::recordTooLong(m_fieldLine, column(), m_limits.maxRecordChars);
    return false;
}

void CsvParser::countLineBreak(QChar c)
{
    // CR, LF and CRLF each end one line, so an LF right after a CR is the same line break.
    if (!(c == kLf && m_afterCr))
        ++m_line;
    m_afterCr = c == kCr;
}

void CsvParser::attachDecodeError(const DecodeError &error)
{
    const int col = column();
    if (m_lastDecodeIssue >= 0) {
        CsvIssue &last = m_record.issues[m_lastDecodeIssue];
        if (last.column == col && last.byteOffset + last.byteCount == error.byteOffset) {
            issues::extendUndecodableBytes(last, error.bytes, m_encoding);
            return;
        }
    }
    const qsizetype before = m_record.issues.size();
    addIssue(issues::undecodableBytes(m_line, col, error.byteOffset, error.bytes, error.bytes.size(), m_encoding));
    m_lastDecodeIssue = m_record.issues.size() > before ? int(before) : -1;
}

void CsvParser::addIssue(CsvIssue issue)
{
    if (m_record.issues.size() < m_limits.maxIssuesPerRecord) {
        m_record.issues.append(std::move(issue));
        return;
    }
    ++m_suppressedIssues;
    m_suppressedError = m_suppressedError || issue.isError();
}

void CsvParser::beginRecord()
{
    m_record.clear();
    m_record.line = m_line;
    m_fieldLine = m_line;
    m_recordChars = 0;
    m_suppressedIssues = 0;
    m_suppressedError = false;
    m_lastDecodeIssue = -1;
}

void CsvParser::endField()
{
    grow(1); // the delimiter or line break: a line of a million commas is a long record too
    m_record.fields.append(m_field);
    m_record.fieldLines.append(m_fieldLine);
    m_field.clear();
    m_fieldLine = m_line;
    m_quoteIssued = false;
}

void CsvParser::endRecord(CsvRecord &out)
{
    if (m_suppressedIssues > 0)
        m_record.issues.append(issues::tooManyIssues(m_record.line, 0, m_suppressedIssues, m_suppressedError));
    out = std::move(m_record);
    m_record.clear();
    // The next record most likely has as many fields: room for them at once rather than growing the lists
    // field by field (several reallocations a record). Not for a freak line of thousands of fields.
    const qsizetype expected = std::min<qsizetype>(out.fields.size(), 256);
    m_record.fields.reserve(expected);
    m_record.fieldLines.reserve(expected);
    m_state = State::RecordStart;
}

} // namespace alumnidesk::csv
