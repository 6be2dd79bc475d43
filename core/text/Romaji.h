// Kana → romaji (Hepburn consonants, long vowels spelled out: サトウ → satou) so that an officer typing a
// name with the IME off still finds the person. Used for the search index only, never shown as the name.
#pragma once

#include <QString>

namespace alumnidesk::text {

/// Romanises a katakana reading; characters that are not kana pass through unchanged, spaces are kept.
QString katakanaToRomaji(const QString &katakana);

} // namespace alumnidesk::text
