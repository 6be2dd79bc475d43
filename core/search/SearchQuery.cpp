#include "search/SearchQuery.h"

#include "text/JapaneseText.h"

#include <QRegularExpression>

namespace alumnidesk::search {

QStringList queryWords(const QString &userQuery)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return text::searchNormalize(userQuery).split(spaces, Qt::SkipEmptyParts);
}

QString ftsMatchExpression(const QString &userQuery)
{
    QStringList parts;
    for (QString word : queryWords(userQuery)) {
        const bool single = word.toUcs4().size() == 1;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts.append(QLatin1Char('"') + word + QLatin1Char('"') + (single ? QStringLiteral("*") : QString()));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace alumnidesk::search
