// The text encodings AlumniDesk reads and writes HR exports in, and their names as users and the CLI type
// them. Names are technical identifiers (UTF-8, CP932), the same in every language, so they are not translated.
#pragma once

#include <QString>

#include <optional>

namespace alumnidesk::csv {

enum class TextEncoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Cp932, ///< Shift_JIS as Windows and Excel write it, with the NEC and IBM extensions (①, ㈱, 髙, 﨑)
    EucJp,
};

/// "UTF-8", "UTF-16LE", "UTF-16BE", "CP932", "EUC-JP".
QString encodingName(TextEncoding encoding);

/// Accepts the usual spellings (utf8, utf-16 (little-endian unless a byte order mark says otherwise),
/// shift_jis, sjis, windows-31j, ms932, eucjp, …), case-insensitively; nothing for an unknown name.
std::optional<TextEncoding> encodingFromName(QStringView name);

bool isUtf16(TextEncoding encoding);

} // namespace alumnidesk::csv
