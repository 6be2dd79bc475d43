#include "text/Romaji.h"

#include <array>

namespace alumnidesk::text {

namespace {

struct Pair {
    const char16_t *kana;
    const char *romaji;
};

// Two-kana combinations first (拗音 and loan-word sounds), then single kana.
constexpr Pair kDigraphs[] = {
    {u"キャ", "kya"}, {u"キュ", "kyu"}, {u"キョ", "kyo"}, {u"ギャ", "gya"}, {u"ギュ", "gyu"}, {u"ギョ", "gyo"},
    {u"シャ", "sha"}, {u"シュ", "shu"}, {u"ショ", "sho"}, {u"シェ", "she"}, {u"ジャ", "ja"},  {u"ジュ", "ju"},
    {u"ジョ", "jo"},  {u"ジェ", "je"},  {u"チャ", "cha"}, {u"チュ", "chu"}, {u"チョ", "cho"}, {u"チェ", "che"},
    {u"ヂャ", "ja"},  {u"ヂュ", "ju"},  {u"ヂョ", "jo"},  {u"ニャ", "nya"}, {u"ニュ", "nyu"}, {u"ニョ", "nyo"},
    {u"ヒャ", "hya"}, {u"ヒュ", "hyu"}, {u"ヒョ", "hyo"}, {u"ビャ", "bya"}, {u"ビュ", "byu"}, {u"ビョ", "byo"},
    {u"ピャ", "pya"}, {u"ピュ", "pyu"}, {u"ピョ", "pyo"}, {u"ミャ", "mya"}, {u"ミュ", "myu"}, {u"ミョ", "myo"},
    {u"リャ", "rya"}, {u"リュ", "ryu"}, {u"リョ", "ryo"}, {u"ファ", "fa"},  {u"フィ", "fi"},  {u"フェ", "fe"},
    {u"フォ", "fo"},  {u"ティ", "ti"},  {u"ディ", "di"},  {u"トゥ", "tu"},  {u"ドゥ", "du"},  {u"ウィ", "wi"},
    {u"ウェ", "we"},  {u"ウォ", "wo"},  {u"ヴァ", "va"},  {u"ヴィ", "vi"},  {u"ヴェ", "ve"},  {u"ヴォ", "vo"},
    {u"デュ", "dyu"}, {u"テュ", "tyu"}, {u"イェ", "ye"},  {u"ツァ", "tsa"},
};

constexpr Pair kSingles[] = {
    {u"ア", "a"},   {u"イ", "i"},   {u"ウ", "u"},  {u"エ", "e"},  {u"オ", "o"},  {u"カ", "ka"}, {u"キ", "ki"},
    {u"ク", "ku"},  {u"ケ", "ke"},  {u"コ", "ko"}, {u"ガ", "ga"}, {u"ギ", "gi"}, {u"グ", "gu"}, {u"ゲ", "ge"},
    {u"ゴ", "go"},  {u"サ", "sa"},  {u"シ", "shi"}, {u"ス", "su"}, {u"セ", "se"}, {u"ソ", "so"}, {u"ザ", "za"},
    {u"ジ", "ji"},  {u"ズ", "zu"},  {u"ゼ", "ze"}, {u"ゾ", "zo"}, {u"タ", "ta"}, {u"チ", "chi"}, {u"ツ", "tsu"},
    {u"テ", "te"},  {u"ト", "to"},  {u"ダ", "da"}, {u"ヂ", "ji"}, {u"ヅ", "zu"}, {u"デ", "de"}, {u"ド", "do"},
    {u"ナ", "na"},  {u"ニ", "ni"},  {u"ヌ", "nu"}, {u"ネ", "ne"}, {u"ノ", "no"}, {u"ハ", "ha"}, {u"ヒ", "hi"},
    {u"フ", "fu"},  {u"ヘ", "he"},  {u"ホ", "ho"}, {u"バ", "ba"}, {u"ビ", "bi"}, {u"ブ", "bu"}, {u"ベ", "be"},
    {u"ボ", "bo"},  {u"パ", "pa"},  {u"ピ", "pi"}, {u"プ", "pu"}, {u"ペ", "pe"}, {u"ポ", "po"}, {u"マ", "ma"},
    {u"ミ", "mi"},  {u"ム", "mu"},  {u"メ", "me"}, {u"モ", "mo"}, {u"ヤ", "ya"}, {u"ユ", "yu"}, {u"ヨ", "yo"},
    {u"ラ", "ra"},  {u"リ", "ri"},  {u"ル", "ru"}, {u"レ", "re"}, {u"ロ", "ro"}, {u"ワ", "wa"}, {u"ヰ", "i"},
    {u"ヱ", "e"},   {u"ヲ", "o"},   {u"ン", "n"},  {u"ヴ", "vu"}, {u"ァ", "a"},  {u"ィ", "i"},  {u"ゥ", "u"},
    {u"ェ", "e"},   {u"ォ", "o"},   {u"ャ", "ya"}, {u"ュ", "yu"}, {u"ョ", "yo"}, {u"ヮ", "wa"}, {u"ヵ", "ka"},
    {u"ヶ", "ke"},
};

// The romaji of each katakana code point (U+30A0 … U+30FF) and of each two-kana combination, looked up by
// code unit: a name is converted for every person a bulk load writes, and building a QString per character
// to look it up in a hash was an eighth of the demo's inserting time.
constexpr char16_t kKatakanaFirst = 0x30A0;
constexpr int kKatakanaCount = 0x60;

const std::array<const char *, kKatakanaCount> &singles()
{
    static const std::array<const char *, kKatakanaCount> t = [] {
        std::array<const char *, kKatakanaCount> a{};
        for (const Pair &p : kSingles)
            a[p.kana[0] - kKatakanaFirst] = p.romaji;
        return a;
    }();
    return t;
}

const char *singleRomaji(char16_t c)
{
    if (c < kKatakanaFirst || c >= kKatakanaFirst + kKatakanaCount)
        return nullptr;
    return singles()[c - kKatakanaFirst];
}

const char *digraphRomaji(char16_t first, char16_t second)
{
    for (const Pair &p : kDigraphs) {
        if (p.kana[0] == first && p.kana[1] == second)
            return p.romaji;
    }
    return nullptr;
}

// The second kana of every combination is a small one.
bool endsDigraph(char16_t c)
{
    return c == u'ャ' || c == u'ュ' || c == u'ョ' || c == u'ァ' || c == u'ィ' || c == u'ゥ' || c == u'ェ' || c == u'ォ';
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'i' || c == u'u' || c == u'e' || c == u'o';
}

} // namespace

QString katakanaToRomaji(const QString &katakana)
{
    QString out;
    out.reserve(katakana.size() * 3);
    bool geminate = false; // ッ doubles the next consonant
    const qsizetype n = katakana.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = katakana.at(i).unicode();
        if (c == u'ッ') {
            geminate = true;
            ++i;
            continue;
        }
        if (c == u'ー') {
            for (qsizetype j = out.size() - 1; j >= 0; --j) {
                if (isVowel(out.at(j))) {
                    out.append(out.at(j));
                    break;
                }
            }
            ++i;
            continue;
        }
        const char *romaji = nullptr;
        qsizetype used = 2;
        if (i + 1 < n && endsDigraph(katakana.at(i + 1).unicode()))
            romaji = digraphRomaji(c, katakana.at(i + 1).unicode());
        if (!romaji) {
            romaji = singleRomaji(c);
            used = 1;
        }
        if (!romaji) {
            out.append(QChar(c));
            geminate = false;
            ++i;
            continue;
        }
        if (geminate && !isVowel(QLatin1Char(romaji[0])))
            out.append(romaji[0] == 'c' && romaji[1] == 'h' ? QLatin1Char('t') : QLatin1Char(romaji[0]));
        geminate = false;
        out.append(QLatin1String(romaji));
        i += used;
    }
    return out;
}

QString foldRomajiLongVowels(const QString &romaji)
{
    QString out;
    out.reserve(romaji.size());
    for (const QChar c : romaji) {
        if (!out.isEmpty() && isVowel(c)) {
            const QChar prev = out.back();
            if (prev == c || (prev == u'o' && c == u'u'))
                continue;
        }
        out.append(c);
    }
    return out;
}

QString searchRomaji(const QString &familyKana, const QString &givenKana)
{
    const QString family = katakanaToRomaji(familyKana);
    const QString given = katakanaToRomaji(givenKana);
    QString out = family + given;
    // Folded names as words of their own: joined, a folded "ando" + "noriko" would hold "ono" and be
    // found by "Ohno".
    for (const QString &name : {family, given}) {
        const QString folded = foldRomajiLongVowels(name);
        if (folded != name)
            out += QLatin1Char(' ') + folded;
    }
    return out;
}

QString foldRomajiQuery(const QString &word)
{
    // Only a word that writes a long vowel in one of those ways is folded: plain letters already match as
    // typed (kosuke the folded form, kousuke the spelled-out one), and "oono" must not also find オノ.
    bool marked = false;
    QString plain;
    plain.reserve(word.size());
    for (const QChar ch : word) {
        const char16_t c = ch.toLower().unicode();
        if (c >= u'a' && c <= u'z') {
            plain.append(QChar(c));
            continue;
        }
        marked = true;
        switch (c) { // macrons and circumflexes: the long vowel written out, then folded below
        case u'\u0101': case u'\u00E2': plain.append(QLatin1String("aa")); break;
        case u'\u012B': case u'\u00EE': plain.append(QLatin1String("ii")); break;
        case u'\u016B': case u'\u00FB': plain.append(QLatin1String("uu")); break;
        case u'\u0113': case u'\u00EA': plain.append(QLatin1String("ee")); break;
        case u'\u014D': case u'\u00F4': plain.append(QLatin1String("oo")); break;
        default: return {};
        }
    }
    QString spelled;
    spelled.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        const QChar next = i + 1 < plain.size() ? plain.at(i + 1) : QChar();
        if (c == u'h' && i > 0 && plain.at(i - 1) == u'o' && (next.isNull() || !isVowel(next))) {
            marked = true;
            continue; // Ohno, Satoh: the h only marks the long o
        }
        if (c == u'm' && (next == u'b' || next == u'p' || next == u'm')) {
            marked = true;
            spelled.append(QLatin1Char('n'));
        } else {
            spelled.append(c);
        }
    }
    if (!marked)
        return {};
    const QString folded = foldRomajiLongVowels(spelled);
    return folded == word.toLower() ? QString() : folded;
}

} // namespace alumnidesk::text
