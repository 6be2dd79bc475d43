// UTF-8 and UTF-16 decoders that say where bad bytes are: a truncated or overlong UTF-8 sequence, a
// surrogate encoded in UTF-8, an unpaired UTF-16 surrogate, an odd byte at the end of a UTF-16 file.
#pragma once

#include "csv/ByteDecoder.h"

namespace alumnidesk::csv {

class Utf8Decoder final : public ByteDecoder {
protected:
    void decodeBytes(QByteArrayView bytes, QString &out, bool last) override;

private:
    char m_pending[4] = {};
    int m_pendingLength = 0; ///< bytes of the current sequence seen so far
    int m_sequenceLength = 0;
    qint64 m_pendingOffset = 0;
};

class Utf16Decoder final : public ByteDecoder {
public:
    explicit Utf16Decoder(bool bigEndian) : m_bigEndian(bigEndian) {}

protected:
    void decodeBytes(QByteArrayView bytes, QString &out, bool last) override;

private:
    void unit(char16_t u, qint64 offset, QString &out);
    QByteArray unitBytes(char16_t u) const;

    bool m_bigEndian;
    bool m_haveOddByte = false;
    uchar m_oddByte = 0;
    char16_t m_highSurrogate = 0; ///< waiting for its low half
    qint64 m_highOffset = 0;
};

} // namespace alumnidesk::csv
