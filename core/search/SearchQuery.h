// Turns what a user types in the search box into an FTS5 MATCH expression for the ngram index: every
// whitespace-separated word must occur (AND), as a substring of one searchable field.
#pragma once

#include <QString>
#include <QStringList>

namespace alumnidesk::search {

/// The words of a query in search normal form; empty words dropped.
QStringList queryWords(const QString &userQuery);

/// The MATCH expression, e.g. 田中 り → "田中" "リ"*. Empty when the query has no words.
QString ftsMatchExpression(const QString &userQuery);

} // namespace alumnidesk::search
