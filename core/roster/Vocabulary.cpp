#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace alumnidesk::vocabulary {

namespace {

struct Entry {
    const char *key;
    const char *label;      // English source text, translated in the "Vocabulary" context
    const char *japanese;   // the usual Japanese wording, accepted as input whatever the UI language
    const char *synonyms;   // further accepted input, separated by '|'
};

constexpr Entry kDepartureTypes[] = {
    {"voluntary", QT_TRANSLATE_NOOP("Vocabulary", "Voluntary"), "自己都合", "自己都合退職|依願退職|resignation|voluntary resignation"},
    {"company", QT_TRANSLATE_NOOP("Vocabulary", "Company-initiated"), "会社都合", "会社都合退職|解雇|整理解雇|希望退職|layoff|dismissal|involuntary"},
    {"retirement", QT_TRANSLATE_NOOP("Vocabulary", "Retirement"), "定年", "定年退職|retired|mandatory retirement"},
    {"contract_end", QT_TRANSLATE_NOOP("Vocabulary", "Contract ended"), "契約満了", "契約期間満了|雇止め|期間満了|contract end|end of contract"},
    {"transfer", QT_TRANSLATE_NOOP("Vocabulary", "Group transfer"), "転籍", "転籍出向|グループ会社転籍|transfer|group transfer"},
    {"disciplinary", QT_TRANSLATE_NOOP("Vocabulary", "Disciplinary"), "懲戒", "懲戒解雇|諭旨解雇|諭旨退職|misconduct|termination for cause"},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other"), "その他", "死亡|other"},
};

constexpr Entry kEmploymentTypes[] = {
    {"regular", QT_TRANSLATE_NOOP("Vocabulary", "Regular employee"), "正社員", "正規雇用|full-time|permanent|regular"},
    {"contract", QT_TRANSLATE_NOOP("Vocabulary", "Contract employee"), "契約社員", "有期雇用|嘱託|嘱託社員|fixed-term|contract"},
    {"part_time", QT_TRANSLATE_NOOP("Vocabulary", "Part-time"), "パート・アルバイト", "パート|アルバイト|パートタイマー|part-time|part time"},
    {"dispatched", QT_TRANSLATE_NOOP("Vocabulary", "Temporary agency"), "派遣社員", "派遣|temporary|agency"},
    {"executive", QT_TRANSLATE_NOOP("Vocabulary", "Executive officer"), "役員", "執行役員|取締役|executive|officer"},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other"), "その他", "other"},
};

constexpr Entry kMembershipStatuses[] = {
    {"invited", QT_TRANSLATE_NOOP("Vocabulary", "Invited"), "招待済", "招待|招待中|invited"},
    {"registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered"), "登録済", "登録|registered"},
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active"), "アクティブ", "活動中|active"},
    {"dormant", QT_TRANSLATE_NOOP("Vocabulary", "Dormant"), "休眠", "dormant|inactive"},
    {"withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"), "退会", "退会済|withdrawn"},
};

template <std::size_t N>
QVector<Term> terms(const Entry (&entries)[N])
{
    QVector<Term> out;
    out.reserve(int(N));
    for (const Entry &e : entries)
        out.append({QString::fromLatin1(e.key), QCoreApplication::translate("Vocabulary", e.label)});
    return out;
}

template <std::size_t N>
QString labelOf(const Entry (&entries)[N], const QString &key)
{
    for (const Entry &e : entries) {
        if (key == QLatin1String(e.key))
            return QCoreApplication::translate("Vocabulary", e.label);
    }
    return key;
}

template <std::size_t N>
bool contains(const Entry (&entries)[N], const QString &key)
{
    for (const Entry &e : entries) {
        if (key == QLatin1String(e.key))
            return true;
    }
    return false;
}

QString fold(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

// The wordings every entry accepts whatever the language (key, English label, Japanese, synonyms), folded
// once: text → index of the first entry that accepts it. Looking a cell up used to fold every wording of
// every entry again, which was a quarter of an import's reading time.
class Lookup {
public:
    template <std::size_t N>
    explicit Lookup(const Entry (&entries)[N])
        : m_entries(entries)
        , m_count(int(N))
    {
        for (int i = 0; i < m_count; ++i) {
            const Entry &e = entries[i];
            QStringList wordings{QString::fromLatin1(e.key), fold(QString::fromLatin1(e.label)), fold(QString::fromUtf8(e.japanese))};
            for (const QString &syn : QString::fromUtf8(e.synonyms).split(QLatin1Char('|')))
                wordings.append(fold(syn));
            for (const QString &w : std::as_const(wordings)) {
                if (!m_index.contains(w))
                    m_index.insert(w, i);
            }
        }
    }

    // The first entry that accepts `text`, in the order the entries are listed (as one loop over them
    // testing key, labels, translated label and synonyms in turn would find it). The translated labels are
    // the translator's of now, or those of `translations` (translationsNow() taken earlier) when given.
    QString find(const QString &text, const QVector<QString> *translations = nullptr) const
    {
        const QString t = fold(text);
        if (t.isEmpty())
            return {};
        const int fixed = m_index.value(t, m_count);
        // The translated label depends on the translator installed now; only entries before the one found
        // can take precedence. A label without translation is one of the fixed wordings already.
        for (int i = 0; i < fixed; ++i) {
            if (translations) {
                const QString &folded = translations->at(i);
                if (!folded.isEmpty() && t == folded)
                    return QString::fromLatin1(m_entries[i].key);
                continue;
            }
            const char *label = m_entries[i].label;
            const QString translated = QCoreApplication::translate("Vocabulary", label);
            if (translated != QLatin1String(label) && t == foldedTranslation(translated))
                return QString::fromLatin1(m_entries[i].key);
        }
        return fixed < m_count ? QString::fromLatin1(m_entries[fixed].key) : QString();
    }

    // Each entry's translated label folded, empty where the label has no translation: what find() compares.
    QVector<QString> translationsNow() const
    {
        QVector<QString> out;
        out.reserve(m_count);
        for (int i = 0; i < m_count; ++i) {
            const char *label = m_entries[i].label;
            const QString translated = QCoreApplication::translate("Vocabulary", label);
            out.append(translated != QLatin1String(label) ? foldedTranslation(translated) : QString());
        }
        return out;
    }

private:
    static QString foldedTranslation(const QString &translated)
    {
        thread_local QHash<QString, QString> cache;
        auto it = cache.constFind(translated);
        if (it == cache.constEnd())
            it = cache.insert(translated, fold(translated));
        return it.value();
    }

    const Entry *m_entries;
    int m_count;
    QHash<QString, int> m_index;
};

} // namespace

QVector<Term> departureTypes() { return terms(kDepartureTypes); }
QVector<Term> employmentTypes() { return terms(kEmploymentTypes); }
QVector<Term> membershipStatuses() { return terms(kMembershipStatuses); }

QString departureTypeLabel(const QString &key) { return labelOf(kDepartureTypes, key); }
QString employmentTypeLabel(const QString &key) { return labelOf(kEmploymentTypes, key); }
QString membershipStatusLabel(const QString &key) { return labelOf(kMembershipStatuses, key); }

bool isDepartureType(const QString &key) { return contains(kDepartureTypes, key); }
bool isEmploymentType(const QString &key) { return contains(kEmploymentTypes, key); }
bool isMembershipStatus(const QString &key) { return contains(kMembershipStatuses, key); }

namespace {

const Lookup &departureLookup()
{
    static const Lookup lookup(kDepartureTypes);
    return lookup;
}

const Lookup &employmentLookup()
{
    static const Lookup lookup(kEmploymentTypes);
    return lookup;
}

const Lookup &membershipLookup()
{
    static const Lookup lookup(kMembershipStatuses);
    return lookup;
}

} // namespace

QString departureTypeFromText(const QString &text) { return departureLookup().find(text); }
QString employmentTypeFromText(const QString &text) { return employmentLookup().find(text); }
QString membershipStatusFromText(const QString &text) { return membershipLookup().find(text); }

TextLookup::TextLookup()
    : m_departureTypes(departureLookup().translationsNow())
    , m_employmentTypes(employmentLookup().translationsNow())
    , m_membershipStatuses(membershipLookup().translationsNow())
{
}

QString TextLookup::departureType(const QString &text) const { return departureLookup().find(text, &m_departureTypes); }
QString TextLookup::employmentType(const QString &text) const { return employmentLookup().find(text, &m_employmentTypes); }
QString TextLookup::membershipStatus(const QString &text) const
{
    return membershipLookup().find(text, &m_membershipStatuses);
}

} // namespace alumnidesk::vocabulary
