// Turns the bytes of a file into text piece by piece, in whatever pieces they arrive: a character split
// between two pieces is completed by the next one. Bytes that are not text in the encoding are never
// replaced silently: each run of them becomes a DecodeError saying where it is, and U+FFFD stands in its
// place in the text only so that positions line up.
//
// The decoders are ours rather than QStringDecoder's because QStringDecoder reports only *that* something
// failed (hasError), not where, and with ICU it substitutes quietly; positions are what users need to fix
// a file. The Japanese tables still come from Qt's ICU converters (see JapaneseDecoders.cpp).
#pragma once

#include "csv/TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

#include <memory>

namespace alumnidesk::csv {

struct DecodeError {
    qsizetype textIndex = 0; ///< where U+FFFD stands for the bytes, as an index into the output string
    qint64 byteOffset = 0;   ///< of the first bad byte, from the first byte given to the decoder
    QByteArray bytes;        ///< the bytes that did not decode
};

class ByteDecoder {
public:
    virtual ~ByteDecoder() = default;

    /// Appends the text of `bytes` to `out` and the errors found to `errors`. With `last`, no more bytes
    /// follow: an incomplete character left at the end is an error then, not something to wait for.
    void decode(QByteArrayView bytes, QString &out, QVector<DecodeError> &errors, bool last);

    /// Bytes given so far; the offset the next byte will have.
    qint64 offset() const { return m_offset; }
    /// Where the first byte given will be in the file (after a byte order mark the caller skipped), so that
    /// error offsets are file offsets.
    void startAt(qint64 offset) { m_offset = offset; }

protected:
    ByteDecoder() = default;

    /// Decodes `bytes`, whose first byte is at `offset()`; calls fail() for every bad run.
    virtual void decodeBytes(QByteArrayView bytes, QString &out, bool last) = 0;

    /// Records that `bad` (starting at byteOffset) did not decode, and puts U+FFFD in the text.
    void fail(QString &out, qint64 byteOffset, QByteArrayView bad);

    qint64 m_offset = 0; ///< advanced by decodeBytes as it consumes bytes

private:
    QVector<DecodeError> *m_errors = nullptr;
};

std::unique_ptr<ByteDecoder> makeDecoder(TextEncoding encoding);

} // namespace alumnidesk::csv
