#include "csv/JapaneseDecoders.h"

#include "csv/JapaneseTables.h"

namespace alumnidesk::csv {

namespace {

constexpr char16_t kHalfWidthKatakanaBase = 0xFF61; // ｡ at 0xA1: 0xA1–0xDF map in order

} // namespace

void Cp932Decoder::decodeBytes(QByteArrayView bytes, QString &out, bool last)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = static_cast<uchar>(bytes[i]);
        const qint64 offset = m_offset + i;
        if (m_lead >= 0) {
            const auto lead = static_cast<uchar>(m_lead);
            if (const char16_t c = tables::cp932Pair(lead, b)) {
                out.append(QChar(c));
                m_lead = -1;
                ++i;
                continue;
            }
            m_lead = -1;
            if (b >= 0x80 && b <= 0xFC) {
                // A pair in the trail range that has no character (0x85 0x40): one bad unit of two bytes.
                const char pair[2] = {static_cast<char>(lead), static_cast<char>(b)};
                fail(out, m_leadOffset, QByteArrayView(pair, 2));
                ++i;
                continue;
            }
            // A lead byte on its own: report it and read the next byte afresh, so the comma, line break or
            // letter after a truncated character is kept.
            const char alone = static_cast<char>(lead);
            fail(out, m_leadOffset, QByteArrayView(&alone, 1));
            continue;
        }
        if (b < 0x80) {
            qsizetype end = i + 1;
            while (end < n && static_cast<uchar>(bytes[end]) < 0x80)
                ++end;
            out.append(QLatin1String(bytes.data() + i, end - i));
            i = end;
            continue;
        }
        if (b >= 0xA1 && b <= 0xDF) {
            out.append(QChar(static_cast<char16_t>(kHalfWidthKatakanaBase + b - 0xA1)));
        } else if (tables::isCp932Lead(b)) {
            m_lead = b;
            m_leadOffset = offset;
        } else {
            fail(out, offset, bytes.sliced(i, 1)); // 0x80, 0xA0, 0xFD–0xFF are nothing in CP932
        }
        ++i;
    }
    m_offset += n;
    if (last && m_lead >= 0) {
        const char alone = static_cast<char>(m_lead);
        fail(out, m_leadOffset, QByteArrayView(&alone, 1));
        m_lead = -1;
    }
}

void EucJpDecoder::decodeBytes(QByteArrayView bytes, QString &out, bool last)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = static_cast<uchar>(bytes[i]);
        if (m_pendingLength == 0) {
            if (b < 0x80) {
                qsizetype end = i + 1;
                while (end < n && static_cast<uchar>(bytes[end]) < 0x80)
                    ++end;
                out.append(QLatin1String(bytes.data() + i, end - i));
                i = end;
                continue;
            }
            if (b == 0x8E || b == 0x8F || (b >= 0xA1 && b <= 0xFE)) {
                m_pending[0] = static_cast<char>(b);
                m_pendingLength = 1;
                m_sequenceLength = b == 0x8F ? 3 : 2;
                m_pendingOffset = m_offset + i;
            } else {
                fail(out, m_offset + i, bytes.sliced(i, 1));
            }
            ++i;
            continue;
        }
        const auto first = static_cast<uchar>(m_pending[0]);
        // After SS2 (0x8E) only half-width katakana (A1–DF) may follow; every other trail is A1–FE.
        const bool fits = first == 0x8E ? (b >= 0xA1 && b <= 0xDF) : (b >= 0xA1 && b <= 0xFE);
        if (!fits) {
            fail(out, m_pendingOffset, QByteArrayView(m_pending, m_pendingLength));
            m_pendingLength = 0;
            continue; // read this byte afresh: it may be the delimiter
        }
        m_pending[m_pendingLength++] = static_cast<char>(b);
        ++i;
        if (m_pendingLength < m_sequenceLength)
            continue;
        char16_t c = 0;
        if (first == 0x8E)
            c = static_cast<char16_t>(kHalfWidthKatakanaBase + b - 0xA1);
        else if (first == 0x8F)
            c = tables::eucJpSupplementaryPair(static_cast<uchar>(m_pending[1]), b);
        else
            c = tables::eucJpPair(first, b);
        if (c != 0)
            out.append(QChar(c));
        else
            fail(out, m_pendingOffset, QByteArrayView(m_pending, m_pendingLength));
        m_pendingLength = 0;
    }
    m_offset += n;
    if (last && m_pendingLength > 0) {
        fail(out, m_pendingOffset, QByteArrayView(m_pending, m_pendingLength));
        m_pendingLength = 0;
    }
}

} // namespace alumnidesk::csv
