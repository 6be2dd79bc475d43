// Writes text as CP932 the way Windows does, and lists every character CP932 cannot hold (𠮷, é, emoji)
// with its position instead of writing '?' or ICU's substitute bytes: QStringEncoder("CP932") only
// says that *something* failed (hasError), and an export must say which name to fix.
//
// How "cannot hold" is decided: a character is writable exactly when some CP932 code decodes to it (the
// reverse of the decoding table read from ICU), so everything written reads back as the same character.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace alumnidesk::csv {

struct UnencodableCharacter {
    qsizetype index = 0;     ///< in the text given, in UTF-16 code units
    char32_t character = 0;  ///< a whole code point, also outside the BMP (𠮷 is one, not two)
};

struct EncodedText {
    QByteArray bytes; ///< empty when something could not be encoded
    QVector<UnencodableCharacter> unencodable;

    bool ok() const { return unencodable.isEmpty(); }
};

EncodedText encodeCp932(QStringView text);

/// UTF-8 fails only on a lone UTF-16 surrogate, which no decoded text holds but a corrupted value might.
EncodedText encodeUtf8(QStringView text);

} // namespace alumnidesk::csv
