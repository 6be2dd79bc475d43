#include "csv/TextEncoding.h"

namespace alumnidesk::csv {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Cp932:
        return QStringLiteral("CP932");
    case TextEncoding::EucJp:
        return QStringLiteral("EUC-JP");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    // Compare without case, dashes and underscores: users write utf8, UTF-8 and Shift_JIS alike.
    QString key;
    for (const QChar c : name.trimmed()) {
        if (c != QLatin1Char('-') && c != QLatin1Char('_'))
            key.append(c.toLower());
    }
    struct Alias {
        const char *name;
        TextEncoding encoding;
    };
    static const Alias aliases[] = {
        {"utf8", TextEncoding::Utf8},          {"utf16", TextEncoding::Utf16LE},
        {"utf16le", TextEncoding::Utf16LE},    {"utf16be", TextEncoding::Utf16BE},
        {"cp932", TextEncoding::Cp932},        {"ms932", TextEncoding::Cp932},
        {"windows31j", TextEncoding::Cp932},   {"shiftjis", TextEncoding::Cp932},
        {"sjis", TextEncoding::Cp932},         {"eucjp", TextEncoding::EucJp},
        {"eucjpms", TextEncoding::EucJp},      {"cp51932", TextEncoding::EucJp},
    };
    for (const Alias &a : aliases) {
        if (key == QLatin1String(a.name))
            return a.encoding;
    }
    return std::nullopt;
}

bool isUtf16(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
}

} // namespace alumnidesk::csv
