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

/// A word as an FTS5 phrase: quoted, quotes doubled.
QString phrase(QString word);
/// True for a word of one character (answered by the unigram index).
bool isSingleCharacter(const QString &word);
/// The bigram-index expression for one word of two or more characters, with its folded romaji.
QString bigramExpression(const QString &word);

} // namespace alumnidesk::search
