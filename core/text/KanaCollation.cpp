#include "text/KanaCollation.h"

namespace alumnidesk::text {

namespace {

// Base (清音, large) form of each katakana U+30A1…U+30FA, indexed from U+30A1.
constexpr char16_t kBase[] = {
    u'ア', u'ア', u'イ', u'イ', u'ウ', u'ウ', u'エ', u'エ', u'オ', u'オ', // ァアィイゥウェエォオ
    u'カ', u'カ', u'キ', u'キ', u'ク', u'ク', u'ケ', u'ケ', u'コ', u'コ', // カガキギクグケゲコゴ
    u'サ', u'サ', u'シ', u'シ', u'ス', u'ス', u'セ', u'セ', u'ソ', u'ソ', // サザシジスズセゼソゾ
    u'タ', u'タ', u'チ', u'チ', u'ツ', u'ツ', u'ツ', u'テ', u'テ', u'ト', u'ト', // タダチヂッツヅテデトド
    u'ナ', u'ニ', u'ヌ', u'ネ', u'ノ',                                   // ナニヌネノ
    u'ハ', u'ハ', u'ハ', u'ヒ', u'ヒ', u'ヒ', u'フ', u'フ', u'フ', u'ヘ', u'ヘ', u'ヘ', u'ホ', u'ホ', u'ホ', // ハバパ…ホボポ
    u'マ', u'ミ', u'ム', u'メ', u'モ',                                   // マミムメモ
    u'ヤ', u'ヤ', u'ユ', u'ユ', u'ヨ', u'ヨ',                             // ャヤュユョヨ
    u'ラ', u'リ', u'ル', u'レ', u'ロ',                                   // ラリルレロ
    u'ワ', u'ワ', u'ヰ', u'ヱ', u'ヲ', u'ン', u'ウ', u'カ', u'ケ',         // ヮワヰヱヲンヴヵヶ
    u'ワ', u'ヰ', u'ヱ', u'ヲ',                                           // ヷヸヹヺ
};
static_assert(sizeof(kBase) / sizeof(kBase[0]) == 0x30FA - 0x30A1 + 1, "one entry per katakana");

char16_t baseOf(char16_t c)
{
    if (c >= 0x30A1 && c <= 0x30FA)
        return kBase[c - 0x30A1];
    return c;
}

// The vowel a base kana ends in, for reading the prolonged sound mark ー.
char16_t vowelOf(char16_t base)
{
    static const char16_t *const rows[] = {u"アイウエオ", u"カキクケコ", u"サシスセソ", u"タチツテト",
                                          u"ナニヌネノ", u"ハヒフヘホ", u"マミムメモ", u"ヤ\0ユ\0ヨ",
                                          u"ラリルレロ", u"ワヰ\0ヱヲ"};
    static const char16_t vowels[] = {u'ア', u'イ', u'ウ', u'エ', u'オ'};
    for (const char16_t *row : rows) {
        for (int i = 0; i < 5; ++i) {
            if (row[i] == base && base != 0)
                return vowels[i];
        }
    }
    return 0;
}

} // namespace

QString kanaLevel1(const QString &katakana)
{
    QString out;
    out.reserve(katakana.size());
    char16_t lastVowel = 0;
    for (const QChar ch : katakana) {
        char16_t c = ch.unicode();
        if (c == u' ' || c == u'・')
            continue;
        if (c == 0x30FC && lastVowel != 0) { // ー repeats the previous vowel
            out.append(QChar(lastVowel));
            continue;
        }
        c = baseOf(c);
        lastVowel = vowelOf(c);
        out.append(QChar(c));
    }
    return out;
}

QString personSortKey(const QString &familyKana, const QString &givenKana, const QString &fallbackName)
{
    if (familyKana.isEmpty() && givenKana.isEmpty())
        return QString(QChar(0xFFFF)) + fallbackName;
    static const QChar sep1(0x0001);
    static const QChar sep2(0x0002);
    return kanaLevel1(familyKana) + sep1 + kanaLevel1(givenKana) + sep2 + familyKana + sep1 + givenKana;
}

} // namespace alumnidesk::text
