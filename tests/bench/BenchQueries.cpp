#include "BenchQueries.h"

namespace alumnidesk::bench {

QStringList searchQueries()
{
    static const char16_t *const queries[] = {
        // one character: kanji surnames, kana, Latin, digit
        u"林", u"森", u"原", u"堀", u"東", u"辻", u"関", u"北", u"西", u"岡", u"谷", u"今", u"ア", u"ユ", u"a", u"k", u"7",
        // two characters
        u"田中", u"佐藤", u"鈴木", u"高橋", u"伊藤", u"渡辺", u"山本", u"中村", u"小林", u"加藤", u"吉田", u"山田",
        u"斎藤", u"松本", u"井上", u"木村", u"清水", u"山崎", u"髙橋", u"齋藤", u"直美", u"健太", u"陽菜",
        u"タナ", u"ハヤ", u"もり", u"sa", u"@e",
        // three to five characters
        u"タナカ", u"サトウ", u"スズキ", u"ハヤシ", u"ヤマダ", u"イノウエ", u"たなか", u"さとう", u"はやし",
        u"sato", u"mori", u"kenta", u"yuki", u"naomi", u"hana", u"ito", u"abe", u"ota",
        u"1234", u"00042", u"簿記", u"法人営業", u"TOEIC", u"Java", u"経理", u"人事", u"起業",
        u"精機", u"信用金庫", u"市役所", u"ミライ", u"ツバメ堂",
        // six to ten characters
        u"tanaka", u"suzuki", u"takahashi", u"yamamoto", u"watanabe", u"nakamura", u"kobayashi",
        u"hayashi.", u"@example.jp", u"example.co", u".ne.jp", u"Python", u"データ分析", u"品質管理",
        u"ミライテック", u"株式会社ミライ", u"Nebulite", u"Tidepool", u"翔栄精機株式会社", u"潮見台信用金庫",
        u"タナカ タロウ", u"田中 太郎", u"佐藤 花子", u"サイトウ ケンタ", u"yamada@exa", u"takumi.mori",
        u"プロジェクト管理",
    };
    QStringList out;
    for (const char16_t *q : queries)
        out.append(QString::fromUtf16(q));
    return out;
}

} // namespace alumnidesk::bench
