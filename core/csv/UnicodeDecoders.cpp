#include "csv/UnicodeDecoders.h"

namespace alumnidesk::csv {

namespace {

int utf8SequenceLength(uchar lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0; // a continuation byte, an overlong lead (C0, C1) or beyond U+10FFFF (F5–FF)
}

// The second byte's range is narrower after some leads: that is what rules out overlong forms, UTF-16
// surrogates (ED A0–BF) and code points above U+10FFFF (F4 90–BF), as the Unicode standard's table 3-7 does.
bool validContinuation(uchar lead, int position, uchar b)
{
    if (position == 1) {
        switch (lead) {
        case 0xE0:
            return b >= 0xA0 && b <= 0xBF;
        case 0xED:
            return b >= 0x80 && b <= 0x9F;
        case 0xF0:
            return b >= 0x90 && b <= 0xBF;
        case 0xF4:
            return b >= 0x80 && b <= 0x8F;
        default:
            break;
        }
    }
    return b >= 0x80 && b <= 0xBF;
}

char32_t utf8CodePoint(const char *s, int length)
{
    const auto u = [s](int i) { return static_cast<char32_t>(static_cast<uchar>(s[i])); };
    switch (length) {
    case 2:
        return ((u(0) & 0x1F) << 6) | (u(1) & 0x3F);
    case 3:
        return ((u(0) & 0x0F) << 12) | ((u(1) & 0x3F) << 6) | (u(2) & 0x3F);
    default:
        return ((u(0) & 0x07) << 18) | ((u(1) & 0x3F) << 12) | ((u(2) & 0x3F) << 6) | (u(3) & 0x3F);
    }
}

} // namespace

void Utf8Decoder::decodeBytes(QByteArrayView bytes, QString &out, bool last)
{
    const char *data = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = static_cast<uchar>(data[i]);
        if (m_pendingLength == 0) {
            if (b < 0x80) {
                // Most of an HR export is ASCII (digits, dates, delimiters): copy runs of it at once.
                qsizetype end = i + 1;
                while (end < n && static_cast<uchar>(data[end]) < 0x80)
                    ++end;
                out.append(QLatin1String(data + i, end - i));
                i = end;
                continue;
            }
            const int length = utf8SequenceLength(b);
            if (length == 0) {
                fail(out, m_offset + i, QByteArrayView(data + i, 1));
            } else {
                m_pending[0] = data[i];
                m_pendingLength = 1;
                m_sequenceLength = length;
                m_pendingOffset = m_offset + i;
            }
            ++i;
            continue;
        }
        if (!validContinuation(static_cast<uchar>(m_pending[0]), m_pendingLength, b)) {
            // The sequence broke off: report what was there (the "maximal subpart") and read this byte afresh,
            // so a truncated character never swallows the comma or line break after it.
            fail(out, m_pendingOffset, QByteArrayView(m_pending, m_pendingLength));
            m_pendingLength = 0;
            continue;
        }
        m_pending[m_pendingLength++] = data[i++];
        if (m_pendingLength == m_sequenceLength) {
            const char32_t cp = utf8CodePoint(m_pending, m_sequenceLength);
            if (QChar::requiresSurrogates(cp)) {
                out.append(QChar(QChar::highSurrogate(cp)));
                out.append(QChar(QChar::lowSurrogate(cp)));
            } else {
                out.append(QChar(static_cast<char16_t>(cp)));
            }
            m_pendingLength = 0;
        }
    }
    m_offset += n;
    if (last && m_pendingLength > 0) {
        fail(out, m_pendingOffset, QByteArrayView(m_pending, m_pendingLength));
        m_pendingLength = 0;
    }
}

QByteArray Utf16Decoder::unitBytes(char16_t u) const
{
    const char hi = static_cast<char>(u >> 8);
    const char lo = static_cast<char>(u & 0xFF);
    const char pair[2] = {m_bigEndian ? hi : lo, m_bigEndian ? lo : hi};
    return QByteArray(pair, 2);
}

void Utf16Decoder::unit(char16_t u, qint64 offset, QString &out)
{
    if (m_highSurrogate != 0) {
        if (QChar::isLowSurrogate(u)) {
            out.append(QChar(m_highSurrogate));
            out.append(QChar(u));
            m_highSurrogate = 0;
            return;
        }
        fail(out, m_highOffset, unitBytes(m_highSurrogate));
        m_highSurrogate = 0;
    }
    if (QChar::isHighSurrogate(u)) {
        m_highSurrogate = u;
        m_highOffset = offset;
    } else if (QChar::isLowSurrogate(u)) {
        fail(out, offset, unitBytes(u));
    } else {
        out.append(QChar(u));
    }
}

void Utf16Decoder::decodeBytes(QByteArrayView bytes, QString &out, bool last)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    const auto combine = [this](uchar first, uchar second) {
        return static_cast<char16_t>(m_bigEndian ? (first << 8) | second : (second << 8) | first);
    };
    if (m_haveOddByte && n > 0) {
        unit(combine(m_oddByte, static_cast<uchar>(bytes[0])), m_offset - 1, out);
        m_haveOddByte = false;
        i = 1;
    }
    for (; i + 1 < n; i += 2)
        unit(combine(static_cast<uchar>(bytes[i]), static_cast<uchar>(bytes[i + 1])), m_offset + i, out);
    if (i < n) {
        m_haveOddByte = true;
        m_oddByte = static_cast<uchar>(bytes[i]);
    }
    m_offset += n;
    if (last) {
        if (m_highSurrogate != 0) {
            fail(out, m_highOffset, unitBytes(m_highSurrogate));
            m_highSurrogate = 0;
        }
        if (m_haveOddByte) {
            const char odd = static_cast<char>(m_oddByte);
            fail(out, m_offset - 1, QByteArrayView(&odd, 1));
            m_haveOddByte = false;
        }
    }
}

} // namespace alumnidesk::csv
