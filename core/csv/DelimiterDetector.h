// Decides whether a file separates its values with commas, tabs or semicolons from its first lines, and
// says why. Each candidate is counted outside quotes, line by line; the one that splits the most lines
// into the same number of values wins (then the one giving more values, then comma, tab, semicolon).
// A value holding commas ("1,5" in a semicolon file, an address in a tab file) thus does not mislead it.
#pragma once

#include <QString>

namespace alumnidesk::csv {

struct DelimiterGuess {
    enum class Basis { ChosenByUser, ConsistentCount, NoneFound };
    QChar delimiter = QLatin1Char(',');
    Basis basis = Basis::NoneFound;
    QString reason; ///< translated, one sentence
};

/// `text` is the start of the file, decoded. Unless `wholeText`, its last line may be cut off and is not
/// counted.
DelimiterGuess detectDelimiter(QStringView text, bool wholeText);

DelimiterGuess chosenDelimiter(QChar delimiter);

/// "comma", "tab", "semicolon", or the character in quotes; translated.
QString delimiterName(QChar delimiter);

} // namespace alumnidesk::csv
