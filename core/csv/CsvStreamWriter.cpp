#include "csv/CsvStreamWriter.h"

#include <QCoreApplication>
#include <QString>

#include <cstring>

namespace alumnidesk::csv {

namespace {

// Large enough that writes are few, small enough not to matter for memory.
constexpr qsizetype kFlushAt = 1 << 20;

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

CsvStreamWriter::CsvStreamWriter(QIODevice *device, ExportEncoding encoding, char delimiter)
    : m_device(device)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
{
    m_buffer.reserve(kFlushAt + 64 * 1024);
    if (m_encoding == ExportEncoding::Utf8WithBom)
        m_buffer.append("\xEF\xBB\xBF");
}

bool CsvStreamWriter::addField(QByteArrayView utf8, bool guard, QVector<UnencodableCharacter> *unencodable)
{
    if (m_fieldStarted)
        m_buffer.append(m_delimiter);
    m_fieldStarted = true;

    const char *data = utf8.data();
    qsizetype size = utf8.size();
    QByteArray encoded;
    if (m_encoding == ExportEncoding::Cp932 && !isAscii(utf8)) {
        EncodedText e = encodeCp932(QString::fromUtf8(utf8));
        if (!e.ok()) {
            if (unencodable)
                *unencodable = std::move(e.unencodable);
            return false; // the field stays empty
        }
        encoded = std::move(e.bytes);
        data = encoded.constData();
        size = encoded.size();
    }

    bool quote = size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0; // a reader would take it for a BOM
    for (qsizetype i = 0; i < size && !quote; ++i) {
        const char c = data[i];
        quote = c == m_delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
        appendQuoted(data, size, guard);
    } else {
        if (guard)
            m_buffer.append('\'');
        m_buffer.append(data, size);
    }
    return true;
}

void CsvStreamWriter::appendQuoted(const char *data, qsizetype size, bool guard)
{
    m_buffer.append('"');
    if (guard)
        m_buffer.append('\'');
    const char *end = data + size;
    while (data < end) {
        const void *q = std::memchr(data, '"', size_t(end - data));
        const char *stop = q ? static_cast<const char *>(q) + 1 : end;
        m_buffer.append(data, stop - data);
        if (q)
            m_buffer.append('"'); // doubled
        data = stop;
    }
    m_buffer.append('"');
}

void CsvStreamWriter::endRecord()
{
    m_buffer.append("\r\n", 2);
    m_fieldStarted = false;
    if (m_buffer.size() >= kFlushAt) {
        if (!m_discard && m_status)
            write(m_buffer);
        m_buffer.resize(0); // keeps the capacity
    }
}

Status CsvStreamWriter::flush()
{
    if (!m_discard && m_status && !m_buffer.isEmpty())
        write(m_buffer);
    m_buffer.resize(0);
    return m_status;
}

void CsvStreamWriter::discardOutput()
{
    m_discard = true;
    m_buffer.resize(0);
}

bool CsvStreamWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) == bytes.size()) {
        m_written += bytes.size();
        return true;
    }
    m_status = Error{QCoreApplication::translate("CsvWriter", "The file could not be written."), m_device->errorString()};
    return false;
}

qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype n = 0;
    for (const char ch : utf8) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) != 0x80)
            n += c >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    return n;
}

int lineBreakCount(QByteArrayView utf8)
{
    int n = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '\n')
            ++n;
        else if (c == '\r' && (i + 1 >= utf8.size() || utf8.at(i + 1) != '\n'))
            ++n;
    }
    return n;
}

} // namespace alumnidesk::csv
