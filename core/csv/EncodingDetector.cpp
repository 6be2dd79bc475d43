#include "csv/EncodingDetector.h"

#include "csv/ByteDecoder.h"

#include <QCoreApplication>

namespace alumnidesk::csv {

namespace {

struct Trial {
    TextEncoding encoding;
    int errors = 0;
    QString text;
};

Trial decodeTrial(TextEncoding encoding, QByteArrayView head, bool wholeFile)
{
    Trial trial{encoding, 0, QString()};
    QVector<DecodeError> errors;
    makeDecoder(encoding)->decode(head, trial.text, errors, wholeFile);
    trial.errors = int(errors.size());
    return trial;
}

// How much of a decoding looks like Japanese as HR files hold it: kana, kanji and full-width forms count
// for it, half-width katakana against it. EUC-JP read as CP932 turns into a stream of half-width katakana;
// CP932 read as EUC-JP rarely decodes at all.
int japaneseScore(const QString &text)
{
    int score = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3000 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF5E))
            ++score;
        else if (u >= 0xFF61 && u <= 0xFF9F)
            --score;
    }
    return score;
}

EncodingGuess guess(TextEncoding encoding, EncodingGuess::Basis basis, QString reason, int bomLength = 0)
{
    return {encoding, basis, bomLength, std::move(reason)};
}

std::optional<EncodingGuess> byteOrderMark(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return guess(TextEncoding::Utf8, EncodingGuess::Basis::ByteOrderMark,
                     QCoreApplication::translate("EncodingDetector", "The file starts with a UTF-8 byte order mark."), 3);
    if (head.startsWith("\xFF\xFE"))
        return guess(TextEncoding::Utf16LE, EncodingGuess::Basis::ByteOrderMark,
                     QCoreApplication::translate("EncodingDetector",
                                                 "The file starts with a UTF-16 little-endian byte order mark."),
                     2);
    if (head.startsWith("\xFE\xFF"))
        return guess(TextEncoding::Utf16BE, EncodingGuess::Basis::ByteOrderMark,
                     QCoreApplication::translate("EncodingDetector",
                                                 "The file starts with a UTF-16 big-endian byte order mark."),
                     2);
    return std::nullopt;
}

// UTF-16 without a mark: the ASCII in a CSV (delimiters, digits, line breaks) puts a zero byte in every
// other position, on the odd side for little-endian and the even side for big-endian; no other supported
// encoding has zero bytes in text.
std::optional<EncodingGuess> zeroBytePattern(QByteArrayView head)
{
    const qsizetype pairs = head.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        evenZeros += head[i] == '\0';
        oddZeros += head[i + 1] == '\0';
    }
    const auto pattern = [pairs](qsizetype many, qsizetype few) { return many * 4 >= pairs && few * 50 <= pairs; };
    if (pattern(oddZeros, evenZeros))
        return guess(TextEncoding::Utf16LE, EncodingGuess::Basis::ZeroBytePattern,
                     QCoreApplication::translate("EncodingDetector",
                                                 "Every other byte is zero, as in UTF-16 little-endian text without "
                                                 "a byte order mark."));
    if (pattern(evenZeros, oddZeros))
        return guess(TextEncoding::Utf16BE, EncodingGuess::Basis::ZeroBytePattern,
                     QCoreApplication::translate("EncodingDetector",
                                                 "Every other byte is zero, as in UTF-16 big-endian text without a "
                                                 "byte order mark."));
    return std::nullopt;
}

} // namespace

EncodingGuess detectEncoding(QByteArrayView head, bool wholeFile)
{
    if (head.isEmpty())
        return guess(TextEncoding::Utf8, EncodingGuess::Basis::EmptyFile,
                     QCoreApplication::translate("EncodingDetector", "The file is empty."));
    if (auto bom = byteOrderMark(head))
        return *bom;
    if (auto utf16 = zeroBytePattern(head))
        return *utf16;
    const int kb = int((head.size() + 1023) / 1024);
    if (std::all_of(head.begin(), head.end(), [](char b) { return static_cast<uchar>(b) < 0x80; })) {
        return guess(TextEncoding::Utf8, EncodingGuess::Basis::AsciiOnly,
                     wholeFile ? QCoreApplication::translate("EncodingDetector",
                                                             "The file holds only ASCII characters, which read the "
                                                             "same in every supported encoding; read as UTF-8.")
                               : QCoreApplication::translate("EncodingDetector",
                                                             "The first %n KB hold only ASCII characters, which read "
                                                             "the same in every supported encoding; read as UTF-8.",
                                                             nullptr, kb));
    }
    const Trial utf8 = decodeTrial(TextEncoding::Utf8, head, wholeFile);
    if (utf8.errors == 0)
        return guess(TextEncoding::Utf8, EncodingGuess::Basis::ValidUtf8,
                     QCoreApplication::translate("EncodingDetector", "The bytes are valid UTF-8."));
    const Trial cp932 = decodeTrial(TextEncoding::Cp932, head, wholeFile);
    const Trial eucJp = decodeTrial(TextEncoding::EucJp, head, wholeFile);
    if (cp932.errors == 0 && eucJp.errors > 0)
        return guess(TextEncoding::Cp932, EncodingGuess::Basis::OnlyCleanDecoding,
                     QCoreApplication::translate("EncodingDetector",
                                                 "The bytes decode as CP932 (Shift_JIS) without errors, and not as "
                                                 "UTF-8 or EUC-JP."));
    if (eucJp.errors == 0 && cp932.errors > 0)
        return guess(TextEncoding::EucJp, EncodingGuess::Basis::OnlyCleanDecoding,
                     QCoreApplication::translate("EncodingDetector",
                                                 "The bytes decode as EUC-JP without errors, and not as UTF-8 or "
                                                 "CP932 (Shift_JIS)."));
    if (cp932.errors == 0 && eucJp.errors == 0) {
        const bool euc = japaneseScore(eucJp.text) > japaneseScore(cp932.text);
        const TextEncoding winner = euc ? TextEncoding::EucJp : TextEncoding::Cp932;
        return guess(winner, EncodingGuess::Basis::MoreJapaneseText,
                     QCoreApplication::translate("EncodingDetector",
                                                 "The bytes decode both as CP932 (Shift_JIS) and as EUC-JP; %1 gives "
                                                 "more ordinary Japanese text (kana and kanji).")
                         .arg(encodingName(winner)));
    }
    // Nothing decodes cleanly: take the reading with the fewest bad sequences (UTF-8 first on a tie, as the
    // most common export today); the reader reports each of them with its line.
    const Trial *best = &utf8;
    for (const Trial *t : {&cp932, &eucJp}) {
        if (t->errors < best->errors)
            best = t;
    }
    return guess(best->encoding, EncodingGuess::Basis::FewestErrors,
                 QCoreApplication::translate("EncodingDetector",
                                             "No supported encoding decodes these bytes without errors; %1 has the "
                                             "fewest undecodable sequences (%n).",
                                             nullptr, best->errors)
                     .arg(encodingName(best->encoding)));
}

EncodingGuess chosenEncoding(TextEncoding encoding, QByteArrayView head)
{
    EncodingGuess chosen = guess(encoding, EncodingGuess::Basis::ChosenByUser,
                                 QCoreApplication::translate("EncodingDetector", "Chosen by you."));
    const std::optional<EncodingGuess> bom = byteOrderMark(head);
    if (bom && (bom->encoding == encoding || (isUtf16(bom->encoding) && isUtf16(encoding)))) {
        chosen.encoding = bom->encoding;
        chosen.bomLength = bom->bomLength;
    }
    return chosen;
}

} // namespace alumnidesk::csv
