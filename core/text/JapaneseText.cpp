#include "text/JapaneseText.h"

#include "text/VariantKanji.h"

#include <algorithm>

namespace alumnidesk::text {

namespace {

bool isWhitespace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0x00A0 || c == 0x2002
        || c == 0x2003 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
}

// What a reading may hold: full-width katakana, the middle dot, the long-vowel and iteration marks, spaces.
bool isReadingCharacter(char16_t c)
{
    const bool katakana = (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x30FB || c == 0x30FD || c == 0x30FE
        || c == 0x30F4;
    return katakana || c == u' ';
}

// Characters that NFKC may fold without changing what the person wrote: full-width Latin letters and
// digits, half-width katakana, the ideographic space. Full-width punctuation such as （） and ・ is normal
// Japanese typography and stays as written.
bool isWidthVariant(char32_t c)
{
    return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
        || (c >= 0xFF61 && c <= 0xFF9F) || c == 0x3000;
}

// True when collapseWhitespace() would give `s` back unchanged: no whitespace at either end, none but
// single ASCII spaces inside. Most cells are so, and are then shared instead of copied.
bool whitespaceCollapsed(const QString &s)
{
    bool previousSpace = true; // a space at the start is not collapsed
    for (const QChar ch : s) {
        if (isWhitespace(ch.unicode())) {
            if (previousSpace || ch != QLatin1Char(' '))
                return false;
            previousSpace = true;
        } else {
            previousSpace = false;
        }
    }
    return !previousSpace;
}

QString collapseWhitespace(const QString &s)
{
    if (!s.isEmpty() && whitespaceCollapsed(s))
        return s;
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const QChar ch : s) {
        if (isWhitespace(ch.unicode())) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(ch);
    }
    return out;
}

// NFKC applied only to width variants, so kanji and their variants pass through untouched.
QString foldWidthVariants(const QString &s)
{
    bool any = false;
    for (const QChar ch : s) {
        if (isWidthVariant(ch.unicode())) {
            any = true;
            break;
        }
    }
    if (!any)
        return s;
    // Half-width voiced marks (ﾞﾟ) combine with the preceding kana, so fold runs rather than characters.
    // A run without half-width katakana (the ideographic space between family and given name, full-width
    // letters and digits) folds character by character: each of those is one ASCII character in NFKC, and
    // ASCII letters, digits and spaces compose with nothing.
    QString out;
    out.reserve(s.size());
    QString run;
    bool runHasKana = false;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (runHasKana) {
            out.append(run.normalized(QString::NormalizationForm_KC));
        } else {
            for (const QChar ch : std::as_const(run))
                out.append(ch.unicode() == 0x3000 ? QChar(u' ') : QChar(char16_t(ch.unicode() - 0xFEE0)));
        }
        run.clear();
        runHasKana = false;
    };
    for (const QChar ch : s) {
        if (isWidthVariant(ch.unicode())) {
            run.append(ch);
            runHasKana = runHasKana || ch.unicode() >= 0xFF61;
        } else {
            flush();
            out.append(ch);
        }
    }
    flush();
    return out;
}

} // namespace

QString hiraganaToKatakana(const QString &s)
{
    auto isHiragana = [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E;
    };
    if (std::none_of(s.cbegin(), s.cend(), isHiragana))
        return s; // shared, not copied
    QString out = s;
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E)
            ch = QChar(char16_t(c + 0x60));
    }
    return out;
}

QString normalizeEmployeeId(const QString &raw)
{
    return raw.normalized(QString::NormalizationForm_KC).trimmed();
}

QString normalizeName(const QString &raw)
{
    return collapseWhitespace(foldWidthVariants(raw));
}

QString normalizeKana(const QString &raw)
{
    // Full-width katakana with spaces between the words (nearly every reading an HR file gives) skips NFKC:
    // every character isKatakanaReading() accepts is its own NFKC form, the ideographic space's is a space,
    // and none of them composes with another; the hiragana fold has nothing to do. A reading already in the
    // roster's form is shared, not copied (the interpreter's readings are normalised again when staged).
    bool ideographicSpace = false;
    for (const QChar ch : raw) {
        if (ch.unicode() == 0x3000)
            ideographicSpace = true;
        else if (!isReadingCharacter(ch.unicode()))
            return collapseWhitespace(hiraganaToKatakana(raw.normalized(QString::NormalizationForm_KC)));
    }
    if (!ideographicSpace)
        return collapseWhitespace(raw);
    QString spaced = raw;
    spaced.replace(QChar(0x3000), QLatin1Char(' '));
    return collapseWhitespace(spaced);
}

QString normalizeText(const QString &raw)
{
    return collapseWhitespace(foldWidthVariants(raw));
}

QString normalizeEmail(const QString &raw)
{
    return raw.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

QString normalizePhone(const QString &raw)
{
    QString s = raw.normalized(QString::NormalizationForm_KC);
    // NFKC leaves the minus-like characters HR systems type between digit groups; make them hyphens.
    for (QChar &ch : s) {
        const char16_t c = ch.unicode();
        if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212 || c == 0x30FC
            || c == 0xFF70)
            ch = QLatin1Char('-');
    }
    return collapseWhitespace(s);
}

QString searchNormalize(const QString &raw)
{
    bool ascii = true;
    for (const QChar ch : raw) {
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return raw.toLower();
    return foldVariantKanji(hiraganaToKatakana(raw.normalized(QString::NormalizationForm_KC).toCaseFolded()));
}

bool isKatakanaReading(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar ch) { return isReadingCharacter(ch.unicode()); });
}

NameParts splitFullName(const QString &full)
{
    const QString n = normalizeName(full);
    const qsizetype space = n.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {n, QString()};
    return {n.left(space), n.mid(space + 1)};
}

} // namespace alumnidesk::text
