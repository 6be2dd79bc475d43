// Turns what a user types in the search box into MATCH expressions for the two ngram indexes: every
// whitespace-separated word must occur (AND) as a substring of one searchable field. Words of one character
// go to the unigram index, longer words to the bigram index. A romaji word also matches the names' romaji
// with long vowels folded (see text::foldRomajiQuery): kosuke, kōsuke and kousuke all find コウスケ.
#pragma once

#include <QString>
#include <QStringList>

namespace alumnidesk::search {

/// The words of a query in search normal form; empty words dropped.
QStringList queryWords(const QString &userQuery);

struct MatchExpressions {
    QString bigram;  ///< for alumni_search, e.g. "田中" AND ("ohno" OR romaji : "ono"); empty when no word is that long
    QString unigram; ///< for alumni_search1, e.g. "林"; empty when no word has one character
    bool isEmpty() const { return bigram.isEmpty() && unigram.isEmpty(); }
};

MatchExpressions matchExpressions(const QString &userQuery);

} // namespace alumnidesk::search
