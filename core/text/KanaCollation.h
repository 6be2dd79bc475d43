// 50音順 (gojūon order) sort keys for kana readings, comparable as plain binary strings so that SQLite can
// sort and index them without a custom collation. Level 1 ignores voicing and small kana and reads ー as the
// preceding vowel (JIS X 4061 style); level 2 breaks ties by the exact kana.
#pragma once

#include <QString>

namespace alumnidesk::text {

/// Sort key for one reading (katakana, already normalised).
QString kanaLevel1(const QString &katakana);

/// Sort key for a person: family reading, then given reading, then the exact kana as tie-breaker.
/// People without a reading sort after everyone else, by their written name.
QString personSortKey(const QString &familyKana, const QString &givenKana, const QString &fallbackName);

} // namespace alumnidesk::text
