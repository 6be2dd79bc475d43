// The "alumnidesk_ngram" FTS5 tokenizer, in two modes, for two indexes that together answer every query
// length exactly — including the one- and two-character surnames (林, 田中) FTS5's trigram tokenizer cannot:
//
// - bigram (default): overlapping character bigrams of the search normal form. Each word of n characters
//   gives n tokens: its n−1 bigrams and its last character followed by an end mark, so no token spans two
//   words. A query of two or more characters is the phrase of its bigrams: consecutive positions, i.e. a
//   substring test, with no false positives to re-check.
// - unigram (argument "unigram"): every character of the text, for an index with detail=none that answers
//   one-character queries from a bare list of row ids.
// - whole (argument "whole"): the whole value in search normal form as one token, for the index of e-mail
//   domains (see search/SearchPlan.h), looked up by exact value.
#pragma once

#include "common/Result.h"

#include <QStringList>

struct sqlite3;

namespace alumnidesk::search {

inline constexpr const char *kTokenizerName = "alumnidesk_ngram";

/// Registers the tokenizer on a connection; needed before the search index is read or written.
Status registerNgramTokenizer(sqlite3 *db);

/// Tokens as the bigram index stores them for a document text (the end mark shown as '$'), for tests.
QStringList documentTokens(const QString &text);
/// Tokens a query phrase becomes in the bigram index, for tests.
QStringList queryTokens(const QString &phrase);
/// Tokens the unigram index stores for a text, for tests.
QStringList unigramTokens(const QString &text);
/// Tokens the domain index stores for a value (none for an empty one), for tests.
QStringList wholeTokens(const QString &text);

} // namespace alumnidesk::search
