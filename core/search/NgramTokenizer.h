// The "alumnidesk_ngram" FTS5 tokenizer: overlapping character bigrams of the search normal form, so that
// every query length works, including the one- and two-character surnames (林, 田中) that FTS5's trigram
// tokenizer cannot find. Each word of n characters gives n tokens: the n−1 bigrams and its last character
// followed by an end mark, so every character starts exactly one token. A query of two or more characters is
// the phrase of its bigrams (consecutive positions = substring); a one-character query is a prefix query
// served by a one-character prefix index. Results are exact: no false positives to re-check.
#pragma once

#include "common/Result.h"

#include <QStringList>

struct sqlite3;

namespace alumnidesk::search {

inline constexpr const char *kTokenizerName = "alumnidesk_ngram";

/// Registers the tokenizer on a connection; needed before the search index is read or written.
Status registerNgramTokenizer(sqlite3 *db);

/// Tokens as the index stores them for a document text (the end mark shown as '$'), for tests.
QStringList documentTokens(const QString &text);

/// Tokens a query phrase is turned into, for tests.
QStringList queryTokens(const QString &phrase);

} // namespace alumnidesk::search
