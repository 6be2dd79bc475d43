// Normalisation of Japanese text as it arrives from HR systems and from the keyboard: NFKC where it is
// safe, half-width kana to full-width, hiragana to katakana, tidy whitespace. Kanji are never NFKC-folded
// in stored names, because that would replace a person's 異体字 (e.g. CJK compatibility ideographs).
#pragma once

#include <QString>

namespace alumnidesk::text {

/// Employee IDs: NFKC (Ｅ０００５ → E0005), whitespace trimmed.
QString normalizeEmployeeId(const QString &raw);

/// Names in kanji (or Latin): trimmed, inner whitespace (including U+3000) collapsed to one ASCII space;
/// full-width Latin letters and digits folded with NFKC; ideographs kept exactly as written.
QString normalizeName(const QString &raw);

/// Kana readings: NFKC (ﾊｾｶﾞﾜ → ハセガワ), hiragana → katakana, whitespace collapsed and trimmed.
QString normalizeKana(const QString &raw);

/// Free text fields (employer, title, skills…): NFKC-fold full-width Latin letters, digits and half-width
/// kana only (full-width punctuation stays), whitespace collapsed and trimmed.
QString normalizeText(const QString &raw);

/// E-mail addresses: NFKC, trimmed, lower-cased (addresses compare case-insensitively in practice).
QString normalizeEmail(const QString &raw);

/// Phone numbers: NFKC (full-width digits and hyphens), trimmed; leading zeros are of course kept.
QString normalizePhone(const QString &raw);

/// The search normal form shared by the search index tokenizer, the query parser and the brute-force
/// reference in tests: NFKC, case-folded, hiragana → katakana, variant kanji folded (髙 → 高, see
/// VariantKanji.h). Whitespace is kept (it separates words).
QString searchNormalize(const QString &raw);

/// Hiragana (U+3041–U+3096, ゝゞ) mapped to katakana; anything else unchanged.
QString hiraganaToKatakana(const QString &s);

/// True when s holds only katakana, the prolonged sound mark, middle dot and spaces.
bool isKatakanaReading(const QString &s);

/// Splits "井上 直美" / "森　拓海" at the first whitespace into family and given name. A name without
/// whitespace is all family name.
struct NameParts {
    QString family;
    QString given;
};
NameParts splitFullName(const QString &full);

} // namespace alumnidesk::text
