// The writing side of CSV for exports: RFC 4180 quoting, CRLF after every record (what Excel writes and
// expects), and encodings Japanese Excel opens correctly. A record with a character the encoding cannot
// hold is not written at all; the writer lists each such character with its line and column, so the export
// can say what to fix instead of leaving '?' in a name.
//
// Neutralising text that Excel would run as a formula (= + - @) is the exporter's job, not this one's:
// it changes values, and the writer writes values exactly.
#pragma once

#include "common/Result.h"
#include "csv/CsvRecord.h"

#include <QIODevice>

namespace alumnidesk::csv {

/// The value as it goes in the file: quoted when it holds the delimiter, a quote, CR or LF (quotes inside
/// doubled), or starts with U+FEFF (which a reader would take for a byte order mark at the file's start).
QString quoteField(QStringView value, QChar delimiter = QLatin1Char(','));

/// The fields joined by the delimiter, with CRLF. A record of one empty field is written "" so that it is
/// not read back as a blank line (which readers skip).
QString formatRecord(const QStringList &fields, QChar delimiter = QLatin1Char(','));

enum class ExportEncoding { Utf8WithBom, Utf8, Cp932 };

class CsvWriter {
public:
    /// `device` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device, ExportEncoding encoding, QChar delimiter = QLatin1Char(','));

    /// False when the record was not written: a character the encoding cannot hold (see issues()) or a
    /// write error (see status()).
    bool writeRecord(const QStringList &fields);

    const QVector<CsvIssue> &issues() const { return m_issues; }
    Status status() const { return m_status; }
    /// The line the next record will start on.
    qint64 nextLine() const { return m_line; }

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    ExportEncoding m_encoding;
    QChar m_delimiter;
    bool m_started = false;
    qint64 m_line = 1;
    QVector<CsvIssue> m_issues;
    Status m_status;
};

} // namespace alumnidesk::csv
