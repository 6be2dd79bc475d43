#include "text/VariantKanji.h"

#include <QList>

#include <algorithm>
#include <iterator>

namespace alumnidesk::text {

namespace {

struct Fold {
    char32_t variant;
    char32_t common;
};

// Variant → common form, sorted by variant. The old forms (旧字体) and the name variants that Japanese HR
// systems keep from family registers; CJK compatibility ideographs with a canonical decomposition (神 U+FA19)
// need no entry, NFKC already folds them. 﨑 (U+FA11) is one of the twelve compatibility ideographs without one.
constexpr Fold kFolds[] = {
    {0x37E2, 0x5D0E}, // 㟢 → 崎
    {0x51A8, 0x5BCC}, // 冨 → 富
    {0x570B, 0x56FD}, // 國 → 国
    {0x5713, 0x5186}, // 圓 → 円
    {0x57DC, 0x91CE}, // 埜 → 野
    {0x58FD, 0x5BFF}, // 壽 → 寿
    {0x5BE6, 0x5B9F}, // 實 → 実
    {0x5CEF, 0x5CF0}, // 峯 → 峰
    {0x5D5C, 0x5D0E}, // 嵜 → 崎
    {0x5D8B, 0x5CF6}, // 嶋 → 島
    {0x5D8C, 0x5CF6}, // 嶌 → 島
    {0x5EE3, 0x5E83}, // 廣 → 広
    {0x5FB7, 0x5FB3}, // 德 → 徳
    {0x60E0, 0x6075}, // 惠 → 恵
    {0x66FE, 0x66FD}, // 曾 → 曽
    {0x6852, 0x6851}, // 桒 → 桑
    {0x69AE, 0x6804}, // 榮 → 栄
    {0x69C7, 0x69D9}, // 槇 → 槙
    {0x6AFB, 0x685C}, // 櫻 → 桜
    {0x6E15, 0x6DF5}, // 渕 → 淵
    {0x6FA4, 0x6CA2}, // 澤 → 沢
    {0x6FF1, 0x6D5C}, // 濱 → 浜
    {0x6FF5, 0x6D5C}, // 濵 → 浜
    {0x7028, 0x702C}, // 瀨 → 瀬
    {0x771E, 0x771F}, // 眞 → 真
    {0x7895, 0x5D0E}, // 碕 → 崎
    {0x8218, 0x9928}, // 舘 → 館
    {0x842C, 0x4E07}, // 萬 → 万
    {0x85CF, 0x8535}, // 藏 → 蔵
    {0x9089, 0x8FBA}, // 邉 → 辺
    {0x908A, 0x8FBA}, // 邊 → 辺
    {0x90A8, 0x6751}, // 邨 → 村
    {0x9A52, 0x9A28}, // 驒 → 騨
    {0x9AD9, 0x9AD8}, // 髙 → 高
    {0x9ED1, 0x9ED2}, // 黑 → 黒
    {0x9F4A, 0x6589}, // 齊 → 斉
    {0x9F4B, 0x658E}, // 齋 → 斎
    {0x9F8D, 0x7ADC}, // 龍 → 竜
    {0xFA11, 0x5D0E}, // 﨑 → 崎
    {0x20BB7, 0x5409}, // 𠮷 → 吉
};

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

} // namespace

bool mayBeVariantKanji(char32_t c)
{
    return c >= std::begin(kFolds)->variant && (c <= 0x9F8D || c == 0xFA11 || c == 0x20BB7 || isVariationSelector(c));
}

char32_t foldVariantKanji(char32_t c)
{
    if (isVariationSelector(c))
        return 0;
    const auto it = std::lower_bound(std::begin(kFolds), std::end(kFolds), c,
                                     [](const Fold &f, char32_t v) { return f.variant < v; });
    return it != std::end(kFolds) && it->variant == c ? it->common : c;
}

QString foldVariantKanji(const QString &s)
{
    bool any = false;
    const QList<uint> cps = s.toUcs4();
    for (uint c : cps) {
        if (mayBeVariantKanji(c) && foldVariantKanji(c) != c) {
            any = true;
            break;
        }
    }
    if (!any)
        return s;
    QString out;
    out.reserve(s.size());
    for (uint c : cps) {
        const char32_t f = foldVariantKanji(c);
        if (f != 0)
            out.append(QString::fromUcs4(&f, 1));
    }
    return out;
}

} // namespace alumnidesk::text
