#include "search/SearchQuery.h"

#include "text/JapaneseText.h"
#include "text/Romaji.h"

#include <QRegularExpression>

namespace alumnidesk::search {

QStringList queryWords(const QString &userQuery)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return text::searchNormalize(userQuery).split(spaces, Qt::SkipEmptyParts);
}

// Inside double quotes everything is literal to FTS5 except the quote itself, which is doubled.
QString phrase(QString word)
{
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

bool isSingleCharacter(const QString &word)
{
    return word.toUcs4().size() == 1;
}

QString bigramExpression(const QString &word)
{
    // A romaji word also matches the folded romaji of the names ("ohno" finds オオノ through "ono"); the
    // column filter keeps the looser form away from e-mail addresses and the other fields.
    const QString folded = text::foldRomajiQuery(word);
    if (folded.size() >= 2)
        return QStringLiteral("(%1 OR romaji : %2)").arg(phrase(word), phrase(folded));
    return phrase(word);
}

MatchExpressions matchExpressions(const QString &userQuery)
{
    QStringList bigram;
    QStringList unigram;
    for (const QString &word : queryWords(userQuery)) {
        if (isSingleCharacter(word))
            unigram.append(phrase(word));
        else
            bigram.append(bigramExpression(word));
    }
    bigram.removeDuplicates();
    unigram.removeDuplicates();
    return {bigram.join(QStringLiteral(" AND ")), unigram.join(QLatin1Char(' '))};
}

} // namespace alumnidesk::search
