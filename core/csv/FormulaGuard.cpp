#include "csv/FormulaGuard.h"

namespace alumnidesk::csv {

namespace {

constexpr char16_t kApostrophe = u'\'';

bool isDangerous(char16_t c)
{
    switch (c) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'＝':
    case u'＋':
    case u'－':
    case u'＠':
        return true;
    default:
        return false;
    }
}

// Index of the first character after the leading apostrophes.
qsizetype skipApostrophes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).unicode() == kApostrophe)
        ++i;
    return i;
}

} // namespace

bool needsFormulaGuard(QStringView text)
{
    const qsizetype i = skipApostrophes(text);
    return i < text.size() && isDangerous(text.at(i).unicode());
}

bool needsFormulaGuard(QByteArrayView utf8)
{
    const char *p = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    while (i < n && p[i] == '\'')
        ++i;
    if (i >= n)
        return false;
    switch (p[i]) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        break;
    }
    // ＝ U+FF1D, ＋ U+FF0B, － U+FF0D, ＠ U+FF20: EF BC 9D / 8B / 8D / A0 in UTF-8.
    if (i + 2 < n && static_cast<unsigned char>(p[i]) == 0xEF && static_cast<unsigned char>(p[i + 1]) == 0xBC) {
        const unsigned char c = static_cast<unsigned char>(p[i + 2]);
        return c == 0x9D || c == 0x8B || c == 0x8D || c == 0xA0;
    }
    return false;
}

QString formulaGuarded(const QString &text)
{
    return needsFormulaGuard(text) ? QLatin1Char('\'') + text : text;
}

bool hasFormulaGuard(QStringView text)
{
    return !text.isEmpty() && text.front().unicode() == kApostrophe && needsFormulaGuard(text);
}

QString formulaUnguarded(const QString &text)
{
    return hasFormulaGuard(text) ? text.mid(1) : text;
}

QStringList formulaUnguarded(const QStringList &fields)
{
    QStringList out = fields; // shared until a field changes
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (hasFormulaGuard(out.at(i)))
            out[i] = out.at(i).mid(1);
    }
    return out;
}

} // namespace alumnidesk::csv
