// Decides the encoding of an HR export from its first bytes (the reader passes ~64 KB), and says why in a
// sentence the import wizard shows beside the choice, so that a user who sees mojibake knows what to change.
//
// In order: a byte order mark; zero bytes at every other position (UTF-16 without a mark); only ASCII
// (read as UTF-8: it is the same in every supported encoding); valid UTF-8; then CP932 and EUC-JP by which
// decodes without errors, by which gives more ordinary Japanese text when both do, and by the fewest
// undecodable sequences when none does (those are then reported line by line as the file is read).
#pragma once

#include "csv/TextEncoding.h"

#include <QByteArrayView>
#include <QString>

namespace alumnidesk::csv {

struct EncodingGuess {
    enum class Basis {
        ChosenByUser,
        EmptyFile,
        ByteOrderMark,
        ZeroBytePattern,
        AsciiOnly,
        ValidUtf8,
        OnlyCleanDecoding, ///< exactly one of CP932 and EUC-JP decodes without errors
        MoreJapaneseText,  ///< both do; the one that reads as kana and kanji wins
        FewestErrors,
    };
    TextEncoding encoding = TextEncoding::Utf8;
    Basis basis = Basis::EmptyFile;
    int bomLength = 0; ///< bytes of byte order mark to skip
    QString reason;    ///< translated, one sentence
};

/// `wholeFile`: `head` is the entire file, so a character cut off at its end is an error, not the cut.
EncodingGuess detectEncoding(QByteArrayView head, bool wholeFile);

/// The user's choice, with the byte order mark skipped when the file has the one of that encoding. For
/// UTF-16 the mark decides the byte order, so "UTF-16" works for both.
EncodingGuess chosenEncoding(TextEncoding encoding, QByteArrayView head);

} // namespace alumnidesk::csv
