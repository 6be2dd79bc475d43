#include "csv/DelimiterDetector.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

#include <array>

namespace alumnidesk::csv {

namespace {

constexpr int kMaxLines = 100;
const std::array<QChar, 3> kCandidates{QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};

struct Tally {
    int mode = 0;    ///< the most common count per line (the larger one on a tie)
    int matches = 0; ///< lines with exactly that count
};

Tally tally(const QVector<int> &counts)
{
    QMap<int, int> frequency;
    for (int c : counts)
        ++frequency[c];
    Tally t;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
        if (it.value() >= t.matches) {
            t.mode = it.key();
            t.matches = it.value();
        }
    }
    return t;
}

} // namespace

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return QCoreApplication::translate("DelimiterDetector", "comma");
    if (delimiter == QLatin1Char('\t'))
        return QCoreApplication::translate("DelimiterDetector", "tab");
    if (delimiter == QLatin1Char(';'))
        return QCoreApplication::translate("DelimiterDetector", "semicolon");
    return QCoreApplication::translate("DelimiterDetector", "“%1”").arg(delimiter);
}

DelimiterGuess detectDelimiter(QStringView text, bool wholeText)
{
    // Per candidate, its count on each line; quotes are followed roughly (any quote toggles), which is all
    // counting needs: a doubled quote toggles twice.
    std::array<QVector<int>, kCandidates.size()> counts;
    std::array<int, kCandidates.size()> current{};
    bool quoted = false;
    bool lineHasText = false;
    bool cutOff = false;
    const auto endLine = [&]() {
        if (lineHasText) {
            for (size_t k = 0; k < kCandidates.size(); ++k)
                counts[k].append(current[k]);
        }
        current.fill(0);
        lineHasText = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\r') || c == QLatin1Char('\n'))) {
            endLine();
            if (counts[0].size() >= kMaxLines) {
                cutOff = true;
                break;
            }
            continue;
        } else if (!quoted) {
            for (size_t k = 0; k < kCandidates.size(); ++k)
                current[k] += c == kCandidates[k];
        }
        lineHasText = true;
    }
    if (!cutOff && (wholeText || counts[0].isEmpty()))
        endLine(); // the last line counts when nothing follows it, or when it is all there is

    int best = -1;
    Tally bestTally;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        const Tally t = tally(counts[k]);
        if (t.mode == 0)
            continue;
        if (best < 0 || t.matches > bestTally.matches || (t.matches == bestTally.matches && t.mode > bestTally.mode)) {
            best = int(k);
            bestTally = t;
        }
    }
    if (best < 0)
        return {QLatin1Char(','), DelimiterGuess::Basis::NoneFound,
                QCoreApplication::translate("DelimiterDetector",
                                            "No comma, tab or semicolon outside quotes in the first lines: the file "
                                            "is read as one column.")};
    const QChar delimiter = kCandidates[size_t(best)];
    const int lines = int(counts[size_t(best)].size());
    return {delimiter, DelimiterGuess::Basis::ConsistentCount,
            QCoreApplication::translate("DelimiterDetector",
                                        "The %1 divides %2 of the first %n line(s) into the same number of values (%3).",
                                        nullptr, lines)
                .arg(delimiterName(delimiter))
                .arg(bestTally.matches)
                .arg(bestTally.mode + 1)};
}

DelimiterGuess chosenDelimiter(QChar delimiter)
{
    return {delimiter, DelimiterGuess::Basis::ChosenByUser,
            QCoreApplication::translate("DelimiterDetector", "Chosen by you.")};
}

} // namespace alumnidesk::csv
