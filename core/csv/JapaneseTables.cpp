#include "csv/JapaneseTables.h"

#include <QStringDecoder>

#include <vector>

namespace alumnidesk::csv::tables {

namespace {

constexpr int kCp932TrailCount = 0xFC - 0x40 + 1; // 0x40–0xFC; 0x7F is never a trail and stays 0
constexpr int kEucRowCount = 94;                  // 0xA1–0xFE

// One short sequence through ICU: its single character, or 0 when ICU says it is not one.
char16_t decodeOne(const char *encoding, const char *bytes, int length)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return 0;
    const QString text = decoder.decode(QByteArrayView(bytes, length));
    if (decoder.hasError() || text.size() != 1 || text.at(0) == QChar::ReplacementCharacter)
        return 0;
    return text.at(0).unicode();
}

int cp932LeadIndex(uchar lead)
{
    return lead <= 0x9F ? lead - 0x81 : lead - 0xE0 + (0x9F - 0x81 + 1);
}

struct Cp932Tables {
    std::vector<char16_t> pairs;  // lead index × trail
    std::vector<quint16> codes;   // char16_t → code, 0 = none

    Cp932Tables() : pairs(60 * kCp932TrailCount, 0), codes(0x10000, 0)
    {
        for (int lead = 0x81; lead <= 0xFC; ++lead) {
            if (!isCp932Lead(static_cast<uchar>(lead)))
                continue;
            for (int trail = 0x40; trail <= 0xFC; ++trail) {
                if (trail == 0x7F)
                    continue;
                const char b[2] = {static_cast<char>(lead), static_cast<char>(trail)};
                pairs[cp932LeadIndex(static_cast<uchar>(lead)) * kCp932TrailCount + trail - 0x40] = decodeOne("CP932", b, 2);
            }
        }
        // Single bytes by rule, not from ICU: ICU's CP932 (ibm-943) swaps the control codes 0x1A, 0x1C and
        // 0x7F, where Windows and every HR system keep ASCII as it is.
        for (int b = 0; b < 0x80; ++b)
            codes[b] = static_cast<quint16>(b);
        for (int b = 0xA1; b <= 0xDF; ++b)
            codes[0xFF61 + b - 0xA1] = static_cast<quint16>(b);
        // Duplicates take the first code in this order, which is what Windows writes: JIS X 0208 and NEC row
        // 13 (0x81–0x9F, 0xE0–0xEC), then user-defined and IBM (0xF0–0xFC), the NEC-selected IBM copies
        // (0xED–0xEE) last.
        const auto claim = [this](int leadFrom, int leadTo) {
            for (int lead = leadFrom; lead <= leadTo; ++lead) {
                for (int trail = 0x40; trail <= 0xFC; ++trail) {
                    const char16_t c = cp932Pair(static_cast<uchar>(lead), static_cast<uchar>(trail));
                    if (c != 0 && codes[c] == 0)
                        codes[c] = static_cast<quint16>(lead << 8 | trail);
                }
            }
        };
        claim(0x81, 0x9F);
        claim(0xE0, 0xEC);
        claim(0xF0, 0xFC);
        claim(0xED, 0xEE);
    }

    char16_t cp932Pair(uchar lead, uchar trail) const
    {
        if (!isCp932Lead(lead) || trail < 0x40 || trail > 0xFC)
            return 0;
        return pairs[cp932LeadIndex(lead) * kCp932TrailCount + trail - 0x40];
    }
};

struct EucJpTables {
    std::vector<char16_t> jisX0208;
    std::vector<char16_t> jisX0212;

    EucJpTables() : jisX0208(kEucRowCount * kEucRowCount, 0), jisX0212(kEucRowCount * kEucRowCount, 0)
    {
        for (int first = 0xA1; first <= 0xFE; ++first) {
            for (int second = 0xA1; second <= 0xFE; ++second) {
                const int index = (first - 0xA1) * kEucRowCount + second - 0xA1;
                const char two[2] = {static_cast<char>(first), static_cast<char>(second)};
                jisX0208[index] = decodeOne("EUC-JP", two, 2);
                const char three[3] = {'\x8F', static_cast<char>(first), static_cast<char>(second)};
                jisX0212[index] = decodeOne("EUC-JP", three, 3);
            }
        }
    }
};

const Cp932Tables &cp932()
{
    static const Cp932Tables tables; // built on first use (~10 ms), thread-safe as a function-local static
    return tables;
}

const EucJpTables &eucJp()
{
    static const EucJpTables tables;
    return tables;
}

bool inEucRange(uchar b)
{
    return b >= 0xA1 && b <= 0xFE;
}

} // namespace

bool japaneseConvertersAvailable()
{
    static const bool available = QStringDecoder("CP932").isValid() && QStringDecoder("EUC-JP").isValid();
    return available;
}

bool isCp932Lead(uchar b)
{
    return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
}

char16_t cp932Pair(uchar lead, uchar trail)
{
    return cp932().cp932Pair(lead, trail);
}

quint16 cp932Code(char16_t c)
{
    return cp932().codes[c];
}

char16_t eucJpPair(uchar lead, uchar trail)
{
    if (!inEucRange(lead) || !inEucRange(trail))
        return 0;
    return eucJp().jisX0208[(lead - 0xA1) * kEucRowCount + trail - 0xA1];
}

char16_t eucJpSupplementaryPair(uchar first, uchar second)
{
    if (!inEucRange(first) || !inEucRange(second))
        return 0;
    return eucJp().jisX0212[(first - 0xA1) * kEucRowCount + second - 0xA1];
}

} // namespace alumnidesk::csv::tables
