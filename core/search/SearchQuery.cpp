#include "search/SearchQuery.h"

#include "text/JapaneseText.h"

#include <QRegularExpression>

namespace alumnidesk::search {

QStringList queryWords(const QString &userQuery)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return text::searchNormalize(userQuery).split(spaces, Qt::SkipEmptyParts);
}

MatchExpressions matchExpressions(const QString &userQuery)
{
    QStringList bigram;
    QStringList unigram;
    for (QString word : queryWords(userQuery)) {
        const bool single = word.toUcs4().size() == 1;
        // Inside double quotes everything is literal to FTS5 except the quote itself, which is doubled.
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        (single ? unigram : bigram).append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    bigram.removeDuplicates();
    unigram.removeDuplicates();
    return {bigram.join(QLatin1Char(' ')), unigram.join(QLatin1Char(' '))};
}

} // namespace alumnidesk::search
