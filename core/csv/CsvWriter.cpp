#include "csv/CsvWriter.h"

#include "csv/Cp932Encoder.h"
#include "csv/CsvIssues.h"
#include "csv/TextEncoding.h"

#include <QCoreApplication>

namespace alumnidesk::csv {

namespace {

// Line breaks as a reader counts them: CR, LF and CRLF each end one line.
qint64 lineBreaks(QStringView text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n') && i > 0 && text.at(i - 1) == QLatin1Char('\r'))
            continue;
        n += text.at(i) == QLatin1Char('\r') || text.at(i) == QLatin1Char('\n');
    }
    return n;
}

} // namespace

QString quoteField(QStringView value, QChar delimiter)
{
    const bool needsQuotes = std::any_of(value.begin(), value.end(), [delimiter](QChar c) {
        return c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
    }) || value.startsWith(QChar(0xFEFF));
    if (!needsQuotes)
        return value.toString();
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted.append(QLatin1Char('"'));
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            quoted.append(QLatin1Char('"'));
        quoted.append(c);
    }
    quoted.append(QLatin1Char('"'));
    return quoted;
}

QString formatRecord(const QStringList &fields, QChar delimiter)
{
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\"\r\n");
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(delimiter);
        line.append(quoteField(fields.at(i), delimiter));
    }
    line.append(QLatin1String("\r\n"));
    return line;
}

CsvWriter::CsvWriter(QIODevice *device, ExportEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
{
}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) == bytes.size())
        return true;
    m_status = Error{QCoreApplication::translate("CsvWriter", "The file could not be written."), m_device->errorString()};
    return false;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_status)
        return false;
    const bool cp932 = m_encoding == ExportEncoding::Cp932;
    const QString encoding = encodingName(cp932 ? TextEncoding::Cp932 : TextEncoding::Utf8);
    // Check field by field, so each character that does not fit is reported with its column and the line
    // it will be on (a value with line breaks spans several).
    bool fits = true;
    qint64 line = m_line;
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const QString &value = fields.at(column);
        const EncodedText encoded = cp932 ? encodeCp932(value) : encodeUtf8(value);
        for (const UnencodableCharacter &u : encoded.unencodable) {
            m_issues.append(issues::unencodableCharacter(line + lineBreaks(QStringView(value).first(u.index)),
                                                         int(column) + 1, u.character, encoding));
        }
        fits = fits && encoded.ok();
        line += lineBreaks(value);
    }
    if (!fits)
        return false;

    const QString text = formatRecord(fields, m_delimiter);
    QByteArray bytes = cp932 ? encodeCp932(text).bytes : text.toUtf8();
    if (!m_started && m_encoding == ExportEncoding::Utf8WithBom)
        bytes.prepend("\xEF\xBB\xBF");
    if (!write(bytes))
        return false;
    m_started = true;
    m_line = line + 1;
    return true;
}

} // namespace alumnidesk::csv
