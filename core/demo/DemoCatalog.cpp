#include "demo/DemoCatalog.h"

#include <iterator>

namespace alumnidesk::demo {

namespace {

struct RawText {
    const char *text;
    quint32 weight;
};

struct RawDepartment {
    const char *name;
    SkillFamily family;
    quint32 weight;
};

struct RawSkill {
    const char *name;
    SkillFamily family;
};

struct RawEmployer {
    const char *name;
    int industry;
};

struct RawGroupCompany {
    const char *name;
    int industry;
    quint32 weight;
};

template <typename Raw>
QVector<WeightedText> texts(const Raw *begin, const Raw *end)
{
    QVector<WeightedText> out;
    for (const Raw *r = begin; r != end; ++r)
        out.append({QString::fromUtf8(r->text), r->weight});
    return out;
}

template <std::size_t N>
QVector<WeightedText> texts(const RawText (&raw)[N])
{
    return texts(std::begin(raw), std::end(raw));
}

constexpr RawDepartment kDepartments[] = {
    {"営業一部", SkillFamily::Sales, 8}, {"営業二部", SkillFamily::Sales, 7}, {"営業三部", SkillFamily::Sales, 4},
    {"法人営業部", SkillFamily::Sales, 5}, {"営業企画部", SkillFamily::Sales, 3}, {"店舗運営部", SkillFamily::Sales, 3},
    {"東日本支社", SkillFamily::Sales, 3}, {"西日本支社", SkillFamily::Sales, 3}, {"名古屋支店", SkillFamily::Sales, 2},
    {"福岡支店", SkillFamily::Sales, 2}, {"経営企画部", SkillFamily::General, 2}, {"人事部", SkillFamily::People, 3},
    {"総務部", SkillFamily::People, 3}, {"経理部", SkillFamily::Finance, 3}, {"財務部", SkillFamily::Finance, 2},
    {"内部監査室", SkillFamily::Finance, 1}, {"法務部", SkillFamily::Legal, 1}, {"知的財産部", SkillFamily::Legal, 1},
    {"広報部", SkillFamily::Marketing, 1}, {"マーケティング部", SkillFamily::Marketing, 3},
    {"商品企画部", SkillFamily::Marketing, 3}, {"研究開発部", SkillFamily::Engineering, 5},
    {"システム開発部", SkillFamily::Engineering, 5}, {"IT推進部", SkillFamily::Engineering, 3},
    {"情報システム部", SkillFamily::Engineering, 3}, {"デジタル戦略室", SkillFamily::Engineering, 2},
    {"生産技術部", SkillFamily::Manufacturing, 4}, {"製造部", SkillFamily::Manufacturing, 6},
    {"品質保証部", SkillFamily::Manufacturing, 4}, {"設計部", SkillFamily::Manufacturing, 3},
    {"購買部", SkillFamily::Manufacturing, 2}, {"海外事業部", SkillFamily::Global, 3},
    {"カスタマーサポート部", SkillFamily::Support, 5}, {"物流部", SkillFamily::Logistics, 3},
};

// 一般 is stored as an empty position, as HR systems export it.
constexpr const char *kPositions[PositionCount] = {"", "主任", "係長", "課長代理", "課長", "次長", "部長", "本部長", "執行役員"};

// The group (an invented 翠嶺 group): the company itself first, then its group companies.
constexpr RawGroupCompany kGroupCompanies[] = {
    {"", 1, 850},
    {"翠嶺システムズ株式会社", 0, 50},
    {"翠嶺ロジスティクス株式会社", 12, 40},
    {"翠嶺ビジネスサービス株式会社", 10, 30},
    {"翠嶺ファイナンス株式会社", 2, 20},
    {"Suirei Asia Pacific Pte. Ltd.", 8, 10},
};

constexpr const char *kDepartureTypeKeys[DepartureKindCount] = {
    "voluntary", "company", "retirement", "contract_end", "transfer", "disciplinary", "other"};
constexpr quint32 kDepartureKindWeights[DepartureKindCount] = {700, 50, 80, 90, 50, 5, 25};

constexpr RawText kVoluntaryReasons[] = {
    {"一身上の都合", 300}, {"キャリアアップ", 180}, {"転職", 120}, {"異業種への挑戦", 50}, {"出産・育児", 60},
    {"介護", 40}, {"配偶者の転勤", 40}, {"結婚", 30}, {"起業", 30}, {"独立", 20}, {"留学", 20}, {"進学", 10},
    {"家業承継", 20}, {"体調不良", 30}, {"Uターン転職", 30}, {"転居", 30}, {"職種転換", 30},
};
constexpr RawText kCompanyReasons[] = {
    {"早期退職優遇制度", 35}, {"希望退職", 15}, {"事業所閉鎖", 15}, {"事業撤退に伴う人員整理", 15},
    {"組織再編", 10}, {"経営悪化に伴う人員削減", 10},
};
constexpr RawText kRetirementReasons[] = {{"定年退職", 1}};
constexpr RawText kContractReasons[] = {
    {"契約期間満了", 60}, {"プロジェクト終了に伴う契約満了", 20}, {"更新上限到達", 20},
};
constexpr RawText kTransferReasons[] = {
    {"グループ会社へ転籍", 60}, {"出向先への転籍", 25}, {"事業譲渡に伴う転籍", 15},
};
constexpr RawText kDisciplinaryReasons[] = {{"懲戒解雇", 55}, {"諭旨退職", 35}, {"諭旨解雇", 10}};
constexpr RawText kOtherReasons[] = {{"休職期間満了", 40}, {"役員就任", 20}, {"海外移住", 15}, {"その他", 25}};

constexpr const char *kIndustries[] = {
    "IT・通信", "製造", "金融", "コンサルティング", "小売", "医療・福祉", "官公庁", "教育", "商社", "不動産",
    "人材", "広告・メディア", "物流", "建設", "エネルギー", "食品", "NPO・団体", "起業",
};
constexpr int kFoundersIndustry = 17;

// Invented names (none is meant to be a real company); a few English-named start-ups among them.
constexpr RawEmployer kEmployers[] = {
    {"株式会社ミライテック", 0}, {"株式会社ネクサリオ", 0}, {"株式会社ルミナリンク", 0},
    {"株式会社アオバデータ", 0}, {"株式会社クラウドフォージ", 0}, {"株式会社ソラノテ", 0},
    {"株式会社ヒトツナギ", 0}, {"Nebulite株式会社", 0}, {"Quillwave株式会社", 0}, {"Brightfold合同会社", 0},
    {"株式会社データミナト", 0}, {"株式会社ビットカラメル", 0}, {"Tidepool Analytics K.K.", 0},
    {"翔栄精機株式会社", 1}, {"朝凪化成株式会社", 1}, {"東楓精機株式会社", 1}, {"蒼天工業株式会社", 1},
    {"瑞雲マテリアル株式会社", 1}, {"白鷺金属工業株式会社", 1}, {"暁光電子株式会社", 1},
    {"株式会社カナデ製作所", 1}, {"潮見台信用金庫", 2}, {"翠峰キャピタル株式会社", 2},
    {"蒼海リース株式会社", 2}, {"ハルカゼ証券株式会社", 2}, {"株式会社アルトリウム・パートナーズ", 3},
    {"株式会社ミチシルベ総研", 3}, {"Keystride Consulting合同会社", 3}, {"株式会社コモレビ経営研究所", 3},
    {"株式会社ひだまりマート", 4}, {"株式会社ツバメ堂", 4}, {"株式会社シズクリテール", 4},
    {"医療法人社団ことのは会", 5}, {"社会福祉法人こもれび苑", 5}, {"株式会社ケアリンクス", 5},
    {"潮見台市役所", 6}, {"桜ヶ丘町役場", 6}, {"学校法人ことり学舎", 7}, {"株式会社マナビヤ", 7},
    {"蒼海物産株式会社", 8}, {"朝霧通商株式会社", 8}, {"株式会社スミカノ", 9}, {"暁ホーム株式会社", 9},
    {"株式会社キャリアノーツ", 10}, {"株式会社ヒトトキ", 10}, {"株式会社ユリカモメ・メディア", 11},
    {"株式会社ペンとノート", 11}, {"Lumenbridge Japan合同会社", 11}, {"潮騒ロジスティクス株式会社", 12},
    {"株式会社ハコブネ運輸", 12}, {"曙光建設株式会社", 13}, {"株式会社イシヅエ工務", 13},
    {"株式会社ヒカリノミチ・エナジー", 14}, {"株式会社まろやか食品", 15}, {"株式会社こむぎ工房", 15},
    {"NPO法人あしたの学び舎", 16}, {"一般社団法人つなぐ手", 16}, {"Orchid Ridge Partners株式会社", 3},
    {"株式会社ツクモノ", 0}, {"株式会社フミダイ", 10},
};

constexpr RawText kGeneralTitles[] = {
    {"エンジニア", 40}, {"シニアエンジニア", 15}, {"プロダクトマネージャー", 10}, {"営業", 40},
    {"営業マネージャー", 15}, {"コンサルタント", 15}, {"マネージャー", 20}, {"課長", 15}, {"部長", 8},
    {"経理", 10}, {"人事", 10}, {"マーケター", 10}, {"データサイエンティスト", 6}, {"デザイナー", 6},
    {"研究員", 8}, {"カスタマーサクセス", 8}, {"事業開発", 8}, {"執行役員", 2}, {"取締役", 2}, {"CFO", 1},
    {"CTO", 1},
};
constexpr RawText kPublicSectorTitles[] = {{"職員", 60}, {"主事", 20}, {"主査", 15}, {"係長", 10}};
constexpr RawText kEducationTitles[] = {{"教員", 40}, {"講師", 30}, {"事務職員", 20}, {"教務主任", 5}};
constexpr RawText kCareTitles[] = {{"医療事務", 30}, {"介護職員", 30}, {"事務長", 10}, {"施設長", 5}};
constexpr RawText kFounderTitles[] = {{"代表取締役", 60}, {"代表社員", 15}, {"代表", 20}, {"取締役CEO", 5}};

constexpr RawSkill kSkills[] = {
    {"Python", SkillFamily::Engineering}, {"Java", SkillFamily::Engineering}, {"SQL", SkillFamily::Engineering},
    {"AWS", SkillFamily::Engineering}, {"Azure", SkillFamily::Engineering}, {"Google Cloud", SkillFamily::Engineering},
    {"JavaScript", SkillFamily::Engineering}, {"TypeScript", SkillFamily::Engineering},
    {"C++", SkillFamily::Engineering}, {"C#", SkillFamily::Engineering}, {"Go", SkillFamily::Engineering},
    {"Linux", SkillFamily::Engineering}, {"Kubernetes", SkillFamily::Engineering}, {"React", SkillFamily::Engineering},
    {"iOS開発", SkillFamily::Engineering}, {"Android開発", SkillFamily::Engineering},
    {"ネットワーク設計", SkillFamily::Engineering}, {"情報セキュリティ", SkillFamily::Engineering},
    {"機械学習", SkillFamily::Engineering}, {"UI/UXデザイン", SkillFamily::Engineering},
    {"基本情報技術者", SkillFamily::Engineering}, {"応用情報技術者", SkillFamily::Engineering},
    {"SAP", SkillFamily::Engineering}, {"データ分析", SkillFamily::General}, {"法人営業", SkillFamily::Sales},
    {"新規開拓", SkillFamily::Sales}, {"ルート営業", SkillFamily::Sales}, {"提案営業", SkillFamily::Sales},
    {"代理店営業", SkillFamily::Sales}, {"営業企画", SkillFamily::Sales}, {"Salesforce", SkillFamily::Sales},
    {"店舗運営", SkillFamily::Sales}, {"交渉", SkillFamily::Sales}, {"財務分析", SkillFamily::Finance},
    {"管理会計", SkillFamily::Finance}, {"連結決算", SkillFamily::Finance}, {"税務", SkillFamily::Finance},
    {"簿記2級", SkillFamily::Finance}, {"簿記1級", SkillFamily::Finance}, {"公認会計士", SkillFamily::Finance},
    {"IFRS", SkillFamily::Finance}, {"予算管理", SkillFamily::Finance}, {"内部監査", SkillFamily::Finance},
    {"採用", SkillFamily::People}, {"労務", SkillFamily::People}, {"人事制度設計", SkillFamily::People},
    {"研修企画", SkillFamily::People}, {"社会保険労務士", SkillFamily::People}, {"総務", SkillFamily::People},
    {"キャリアコンサルタント", SkillFamily::People}, {"契約法務", SkillFamily::Legal},
    {"コンプライアンス", SkillFamily::Legal}, {"知的財産", SkillFamily::Legal}, {"弁理士", SkillFamily::Legal},
    {"デジタルマーケティング", SkillFamily::Marketing}, {"SEO", SkillFamily::Marketing},
    {"広告運用", SkillFamily::Marketing}, {"ブランド戦略", SkillFamily::Marketing},
    {"商品企画", SkillFamily::Marketing}, {"市場調査", SkillFamily::Marketing}, {"広報・PR", SkillFamily::Marketing},
    {"SNS運用", SkillFamily::Marketing}, {"生産管理", SkillFamily::Manufacturing},
    {"品質管理", SkillFamily::Manufacturing}, {"ISO9001", SkillFamily::Manufacturing},
    {"設備保全", SkillFamily::Manufacturing}, {"機械設計", SkillFamily::Manufacturing},
    {"CAD", SkillFamily::Manufacturing}, {"電気設計", SkillFamily::Manufacturing},
    {"工程改善", SkillFamily::Manufacturing}, {"QC検定2級", SkillFamily::Manufacturing},
    {"購買・調達", SkillFamily::Manufacturing}, {"英語", SkillFamily::Global}, {"中国語", SkillFamily::Global},
    {"韓国語", SkillFamily::Global}, {"スペイン語", SkillFamily::Global}, {"TOEIC 900", SkillFamily::Global},
    {"TOEIC 800", SkillFamily::Global}, {"海外駐在経験", SkillFamily::Global}, {"貿易実務", SkillFamily::Global},
    {"カスタマーサクセス", SkillFamily::Support}, {"コールセンター運営", SkillFamily::Support},
    {"テクニカルサポート", SkillFamily::Support}, {"物流管理", SkillFamily::Logistics},
    {"在庫管理", SkillFamily::Logistics}, {"SCM", SkillFamily::Logistics}, {"PMP", SkillFamily::General},
    {"プロジェクトマネジメント", SkillFamily::General}, {"中小企業診断士", SkillFamily::General},
    {"MBA", SkillFamily::General}, {"ファシリテーション", SkillFamily::General},
    {"Excel VBA", SkillFamily::General}, {"FP2級", SkillFamily::General},
};

constexpr const char *kTags[TagCount] = {
    "ブーメラン候補", "メンター", "起業家", "子育て中", "海外在住", "OB会幹事", "リファラル実績",
    "登壇可", "取引先", "元管理職", "副業人材",
};

// Roughly the population in units of 100,000, with Tokyo raised because head offices are there.
constexpr RawText kPrefectures[] = {
    {"北海道", 52}, {"青森県", 12}, {"岩手県", 12}, {"宮城県", 23}, {"秋田県", 10}, {"山形県", 11},
    {"福島県", 18}, {"茨城県", 29}, {"栃木県", 19}, {"群馬県", 19}, {"埼玉県", 73}, {"千葉県", 63},
    {"東京都", 200}, {"神奈川県", 92}, {"新潟県", 22}, {"富山県", 10}, {"石川県", 11}, {"福井県", 8},
    {"山梨県", 8}, {"長野県", 20}, {"岐阜県", 20}, {"静岡県", 36}, {"愛知県", 75}, {"三重県", 18},
    {"滋賀県", 14}, {"京都府", 26}, {"大阪府", 88}, {"兵庫県", 54}, {"奈良県", 13}, {"和歌山県", 9},
    {"鳥取県", 6}, {"島根県", 7}, {"岡山県", 19}, {"広島県", 28}, {"山口県", 13}, {"徳島県", 7},
    {"香川県", 10}, {"愛媛県", 13}, {"高知県", 7}, {"福岡県", 51}, {"佐賀県", 8}, {"長崎県", 13},
    {"熊本県", 17}, {"大分県", 11}, {"宮崎県", 11}, {"鹿児島県", 16}, {"沖縄県", 15},
};

constexpr RawText kNotes[] = {
    {"アルムナイ交流会に参加。近況を伺った。", 20}, {"再入社に関心あり。カジュアル面談を希望。", 15},
    {"住所変更の連絡あり（メール）。", 10}, {"メルマガは不要、イベント案内のみ希望。", 10},
    {"海外赴任中。帰国時期は未定。", 8}, {"元上司と定期的に交流あり。", 10},
    {"現職で採用担当。リファラルに協力的。", 8}, {"業務委託での協力に前向き。", 8},
    {"退職時面談で再入社の意向を確認済み。", 10}, {"育休明けに改めて連絡希望。", 6},
    {"ウェビナー登壇を打診中。", 5}, {"現職の会社と取引の可能性あり。", 6}, {"OB会の幹事を引き受けてくれた。", 4},
};
constexpr RawText kHrNotesDisciplinary[] = {
    {"懲戒処分あり。詳細は人事部の個別記録を参照。", 60}, {"就業規則違反による処分。再雇用不可。", 40},
};
constexpr RawText kHrNotesOther[] = {
    {"再雇用不可（退職時の人事判断）。", 50}, {"退職時に業務引継ぎで問題あり。再雇用は要相談。", 30},
    {"競業避止義務の期間中（2年）。", 20},
};

constexpr RawText kEmailDomains[] = {
    {"example.com", 30}, {"example.jp", 25}, {"example.ne.jp", 20}, {"example.co.jp", 15}, {"example.org", 10},
};

} // namespace

const QVector<Department> &departments()
{
    static const QVector<Department> table = [] {
        QVector<Department> out;
        for (const RawDepartment &d : kDepartments)
            out.append({QString::fromUtf8(d.name), d.family, d.weight});
        return out;
    }();
    return table;
}

QString positionName(Position p)
{
    static const QVector<QString> names = [] {
        QVector<QString> out;
        for (const char *n : kPositions)
            out.append(QString::fromUtf8(n));
        return out;
    }();
    return names.at(p);
}

QString gradeFor(Position p, int tenureYears)
{
    static const QVector<QString> grades = [] {
        QVector<QString> out;
        for (int g = 1; g <= 8; ++g)
            out.append(QStringLiteral("G%1").arg(g));
        return out;
    }();
    switch (p) {
    case Staff:
        return grades.at(tenureYears < 3 ? 0 : (tenureYears < 7 ? 1 : 2));
    case Chief:
        return grades.at(2);
    case SubsectionHead:
        return grades.at(3);
    case DeputyManager:
        return grades.at(4);
    case Manager:
        return grades.at(5);
    case DeputyGeneralManager:
        return grades.at(6);
    case GeneralManager:
    case DivisionHead:
        return grades.at(7);
    case ExecutiveOfficer:
    case PositionCount:
        break;
    }
    return {};
}

const QVector<GroupCompany> &groupCompanies()
{
    static const QVector<GroupCompany> table = [] {
        QVector<GroupCompany> out;
        for (const RawGroupCompany &g : kGroupCompanies)
            out.append({QString::fromUtf8(g.name), g.industry, g.weight});
        return out;
    }();
    return table;
}

QString departureTypeKey(DepartureKind kind)
{
    return QString::fromLatin1(kDepartureTypeKeys[kind]);
}

quint32 departureKindWeight(DepartureKind kind)
{
    return kDepartureKindWeights[kind];
}

const QVector<WeightedText> &departureReasons(DepartureKind kind)
{
    static const QVector<QVector<WeightedText>> table{
        texts(kVoluntaryReasons), texts(kCompanyReasons), texts(kRetirementReasons), texts(kContractReasons),
        texts(kTransferReasons), texts(kDisciplinaryReasons), texts(kOtherReasons),
    };
    return table.at(kind);
}

QString retirementReason(int retirementAge)
{
    // At 65 the person leaves the continued employment (継続雇用) that followed retirement at 60.
    return retirementAge >= 65 ? QStringLiteral("継続雇用期間満了") : QStringLiteral("定年退職");
}

bool isFoundingReason(const QString &reason)
{
    return reason == QStringLiteral("起業") || reason == QStringLiteral("独立") || reason == QStringLiteral("家業承継");
}

const QStringList &industries()
{
    static const QStringList table = [] {
        QStringList out;
        for (const char *i : kIndustries)
            out.append(QString::fromUtf8(i));
        return out;
    }();
    return table;
}

int foundersIndustry()
{
    return kFoundersIndustry;
}

const QVector<Employer> &employers()
{
    static const QVector<Employer> table = [] {
        QVector<Employer> out;
        for (const RawEmployer &e : kEmployers)
            out.append({QString::fromUtf8(e.name), e.industry});
        return out;
    }();
    return table;
}

const QVector<WeightedText> &titles(int industry)
{
    static const QVector<WeightedText> general = texts(kGeneralTitles);
    static const QVector<WeightedText> publicSector = texts(kPublicSectorTitles);
    static const QVector<WeightedText> education = texts(kEducationTitles);
    static const QVector<WeightedText> care = texts(kCareTitles);
    switch (industry) {
    case 5:
        return care;
    case 6:
        return publicSector;
    case 7:
        return education;
    default:
        return general;
    }
}

const QVector<WeightedText> &founderTitles()
{
    static const QVector<WeightedText> table = texts(kFounderTitles);
    return table;
}

const QVector<Skill> &skills()
{
    static const QVector<Skill> table = [] {
        QVector<Skill> out;
        for (const RawSkill &s : kSkills)
            out.append({QString::fromUtf8(s.name), s.family});
        return out;
    }();
    return table;
}

QString tagName(Tag tag)
{
    static const QVector<QString> names = [] {
        QVector<QString> out;
        for (const char *t : kTags)
            out.append(QString::fromUtf8(t));
        return out;
    }();
    return names.at(tag);
}

const QVector<WeightedText> &prefectures()
{
    static const QVector<WeightedText> table = texts(kPrefectures);
    return table;
}

const QVector<WeightedText> &notes()
{
    static const QVector<WeightedText> table = texts(kNotes);
    return table;
}

const QVector<WeightedText> &hrNotes(bool disciplinary)
{
    static const QVector<WeightedText> forDisciplinary = texts(kHrNotesDisciplinary);
    static const QVector<WeightedText> other = texts(kHrNotesOther);
    return disciplinary ? forDisciplinary : other;
}

const QVector<WeightedText> &emailDomains()
{
    static const QVector<WeightedText> table = texts(kEmailDomains);
    return table;
}

QStringList reservedEmailDomains()
{
    QStringList out;
    for (const RawText &d : kEmailDomains)
        out.append(QString::fromLatin1(d.text));
    return out;
}

} // namespace alumnidesk::demo
