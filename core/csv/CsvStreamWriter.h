// The writing side of CSV for large exports: fields arrive as UTF-8 bytes (as the database hands them
// out) and leave as bytes, quoted per RFC 4180, records ended by CRLF, with no QString in between unless
// the text must be re-encoded. CsvWriter does the same for a few records of QStrings; at a million rows
// the conversions to and from UTF-16 were most of an export's time.
//
// CP932: a field with a character CP932 cannot hold is not appended; the caller gets the characters (and
// decides whether the export goes on). Since CP932 trail bytes are never below 0x40, the quoting rules can
// be applied to the encoded bytes: a comma, quote, CR or LF byte in them is always that character.
#pragma once

#include "common/Result.h"
#include "csv/Cp932Encoder.h"
#include "csv/CsvWriter.h"

#include <QByteArray>
#include <QIODevice>

namespace alumnidesk::csv {

class CsvStreamWriter {
public:
    /// `device` must be open for writing and outlive the writer. Output is buffered; call flush() at the end.
    CsvStreamWriter(QIODevice *device, ExportEncoding encoding, char delimiter = ',');

    /// Appends one field of the current record, with a leading apostrophe first when `guard` (see
    /// FormulaGuard.h). False when the encoding cannot hold some character: the field is then not
    /// appended and `unencodable` (when given) lists the characters, indexed in the UTF-16 text.
    bool addField(QByteArrayView utf8, bool guard = false, QVector<UnencodableCharacter> *unencodable = nullptr);
    /// Ends the record (CRLF) and writes out the buffer when it has grown large.
    void endRecord();
    /// Writes out whatever is buffered.
    Status flush();

    /// From now on records are encoded and checked but nothing more reaches the device (an export that
    /// has already failed keeps looking for problems, to list them all).
    void discardOutput();

    Status status() const { return m_status; }
    qint64 bytesWritten() const { return m_written; }

private:
    void appendQuoted(const char *data, qsizetype size, bool guard);
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    ExportEncoding m_encoding;
    char m_delimiter;
    bool m_fieldStarted = false;
    bool m_discard = false;
    QByteArray m_buffer;
    qint64 m_written = 0;
    Status m_status;
};

/// Characters in the UTF-16 form of the text (what Excel's 32,767-character limit counts).
qsizetype utf16Length(QByteArrayView utf8);
/// Line breaks as Excel counts them in a cell: CRLF, CR and LF each one.
int lineBreakCount(QByteArrayView utf8);

} // namespace alumnidesk::csv
