#include "csv/ByteDecoder.h"

#include "csv/JapaneseDecoders.h"
#include "csv/UnicodeDecoders.h"

namespace alumnidesk::csv {

void ByteDecoder::decode(QByteArrayView bytes, QString &out, QVector<DecodeError> &errors, bool last)
{
    m_errors = &errors;
    decodeBytes(bytes, out, last);
    m_errors = nullptr;
}

void ByteDecoder::fail(QString &out, qint64 byteOffset, QByteArrayView bad)
{
    m_errors->append({out.size(), byteOffset, bad.toByteArray()});
    out.append(QChar::ReplacementCharacter);
}

std::unique_ptr<ByteDecoder> makeDecoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return std::make_unique<Utf8Decoder>();
    case TextEncoding::Utf16LE:
        return std::make_unique<Utf16Decoder>(false);
    case TextEncoding::Utf16BE:
        return std::make_unique<Utf16Decoder>(true);
    case TextEncoding::Cp932:
        return std::make_unique<Cp932Decoder>();
    case TextEncoding::EucJp:
        return std::make_unique<EucJpDecoder>();
    }
    return std::make_unique<Utf8Decoder>();
}

} // namespace alumnidesk::csv
