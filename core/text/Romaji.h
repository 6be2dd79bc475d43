// Kana → romaji (Hepburn consonants, long vowels spelled out: サトウ → satou) so that an officer typing a
// name with the IME off still finds the person. Used for the search index only, never shown as the name.
#pragma once

#include <QString>

namespace alumnidesk::text {

/// Romanises a katakana reading; characters that are not kana pass through unchanged, spaces are kept.
QString katakanaToRomaji(const QString &katakana);

/// Long vowels written once, the way people often spell their names (コウスケ: kousuke → kosuke, オオノ: oono →
/// ono, ユウキ: yuuki → yuki): ou, oo, uu, aa, ii and ee become one vowel. For the search index, beside the
/// spelled-out form.
QString foldRomajiLongVowels(const QString &romaji);

/// The name_romaji the search index holds for a person: the spelled-out romaji of family and given name
/// joined, then each name whose folded form differs, folded, as a word of its own ("oonokousuke ono kosuke").
QString searchRomaji(const QString &familyKana, const QString &givenKana);

/// What a romaji search word means with long vowels folded as above, also accepting the other ways people
/// write them: macrons and circumflexes (Kōsuke, Ōno), "oh" before a consonant or at the end (Ohno, Satoh),
/// and m before b, p or m (Namba, Homma: ン is n). Empty when the word is not romaji (holds anything but
/// Latin letters), writes no long vowel in those ways (plain letters match as typed: kosuke the folded form,
/// kousuke the spelled-out one, and "oono" must not find オノ), or when folding changes nothing.
QString foldRomajiQuery(const QString &word);

} // namespace alumnidesk::text
