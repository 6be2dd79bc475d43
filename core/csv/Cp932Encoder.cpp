#include "csv/Cp932Encoder.h"

#include "csv/JapaneseTables.h"

namespace alumnidesk::csv {

EncodedText encodeCp932(QStringView text)
{
    EncodedText result;
    result.bytes.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            result.bytes.append(static_cast<char>(c));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            // Outside the BMP: CP932 has none of these.
            result.unencodable.append({i, QChar::surrogateToUcs4(c, text.at(i + 1).unicode())});
            ++i;
            continue;
        }
        const quint16 code = tables::cp932Code(c);
        if (code == 0) {
            result.unencodable.append({i, c});
        } else if (code > 0xFF) {
            result.bytes.append(static_cast<char>(code >> 8));
            result.bytes.append(static_cast<char>(code & 0xFF));
        } else {
            result.bytes.append(static_cast<char>(code));
        }
    }
    if (!result.ok())
        result.bytes.clear();
    return result;
}

EncodedText encodeUtf8(QStringView text)
{
    EncodedText result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            result.unencodable.append({i, c.unicode()});
    }
    if (result.ok())
        result.bytes = text.toUtf8();
    return result;
}

} // namespace alumnidesk::csv
