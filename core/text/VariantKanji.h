// Variant forms of kanji in Japanese names (異体字: 髙橋 and 高橋, 山﨑 and 山崎, 渡邊 and 渡辺, 齋藤 and 斎藤)
// folded to one form for search, so an officer who types the common form finds the person whose HR record
// keeps the old or variant form, and the other way round. Only for matching: names are stored and shown
// exactly as they were entered.
#pragma once

#include <QString>

namespace alumnidesk::text {

/// The common form of a variant kanji, or c itself. Ideographic variation selectors (U+FE00–FE0F,
/// U+E0100–E01EF) map to 0, meaning "drop".
char32_t foldVariantKanji(char32_t c);

/// True when foldVariantKanji(c) may differ from c; cheap enough for every character of a document.
bool mayBeVariantKanji(char32_t c);

/// foldVariantKanji over a whole string, dropping variation selectors.
QString foldVariantKanji(const QString &s);

} // namespace alumnidesk::text
