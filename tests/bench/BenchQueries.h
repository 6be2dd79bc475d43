// The fixed list of ~100 search queries the benchmark times: one to ten characters of kanji, kana,
// hiragana, romaji, e-mail fragments, employer names, skills and employee ID fragments, as HR officers type
// them (including the one- and two-character surnames that a trigram index cannot answer).
#pragma once

#include <QStringList>

namespace alumnidesk::bench {

QStringList searchQueries();

} // namespace alumnidesk::bench
