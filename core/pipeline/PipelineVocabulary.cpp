#include "pipeline/PipelineVocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace alumnidesk::pipeline {

namespace {

struct Entry {
    const char *key;
    const char *label;    // English source text, translated in the "Pipeline" context
    const char *japanese; // accepted as input whatever the UI language
};

constexpr Entry kKinds[] = {
    {"active", QT_TRANSLATE_NOOP("Pipeline", "In progress"), "進行中"},
    {"hired", QT_TRANSLATE_NOOP("Pipeline", "Rehired"), "入社"},
    {"declined", QT_TRANSLATE_NOOP("Pipeline", "Declined by the candidate"), "辞退"},
    {"rejected", QT_TRANSLATE_NOOP("Pipeline", "Not selected"), "不採用"},
    {"on_hold", QT_TRANSLATE_NOOP("Pipeline", "On hold"), "保留"},
};

constexpr Entry kStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("Pipeline", "Open"), "募集中"},
    {"on_hold", QT_TRANSLATE_NOOP("Pipeline", "On hold"), "募集停止中"},
    {"filled", QT_TRANSLATE_NOOP("Pipeline", "Filled"), "充足"},
    {"closed", QT_TRANSLATE_NOOP("Pipeline", "Closed"), "クローズ"},
};

constexpr Entry kSources[] = {
    {"applied", QT_TRANSLATE_NOOP("Pipeline", "Applied"), "本人応募"},
    {"outreach", QT_TRANSLATE_NOOP("Pipeline", "HR outreach"), "人事からのアプローチ"},
    {"referral", QT_TRANSLATE_NOOP("Pipeline", "Referral"), "リファラル"},
    {"event", QT_TRANSLATE_NOOP("Pipeline", "Event"), "イベント"},
};

template <std::size_t N>
int indexOfKey(const Entry (&entries)[N], const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(entries[i].key))
            return int(i);
    }
    return -1;
}

template <std::size_t N>
int indexOfText(const Entry (&entries)[N], const QString &text)
{
    const QString t = text.trimmed();
    for (std::size_t i = 0; i < N; ++i) {
        const Entry &e = entries[i];
        if (t.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0 || t == QString::fromUtf8(e.japanese)
            || t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0
            || t == QCoreApplication::translate("Pipeline", e.label))
            return int(i);
    }
    return -1;
}

} // namespace

QString kindKey(StageKind kind)
{
    return QString::fromLatin1(kKinds[int(kind)].key);
}

std::optional<StageKind> kindFromKey(const QString &key)
{
    const int i = indexOfKey(kKinds, key);
    return i < 0 ? std::nullopt : std::optional<StageKind>(StageKind(i));
}

QString kindLabel(StageKind kind)
{
    return QCoreApplication::translate("Pipeline", kKinds[int(kind)].label);
}

QString openingStatusKey(OpeningStatus status)
{
    return QString::fromLatin1(kStatuses[int(status)].key);
}

std::optional<OpeningStatus> openingStatusFromKey(const QString &key)
{
    const int i = indexOfKey(kStatuses, key);
    return i < 0 ? std::nullopt : std::optional<OpeningStatus>(OpeningStatus(i));
}

QString openingStatusLabel(OpeningStatus status)
{
    return QCoreApplication::translate("Pipeline", kStatuses[int(status)].label);
}

QString sourceKey(CandidacySource source)
{
    return QString::fromLatin1(kSources[int(source)].key);
}

std::optional<CandidacySource> sourceFromText(const QString &text)
{
    const int i = indexOfText(kSources, text);
    return i < 0 ? std::nullopt : std::optional<CandidacySource>(CandidacySource(i));
}

QString sourceLabel(CandidacySource source)
{
    return QCoreApplication::translate("Pipeline", kSources[int(source)].label);
}

bool userLanguageIsJapanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString Stage::name() const
{
    if (userLanguageIsJapanese())
        return nameJa.isEmpty() ? nameEn : nameJa;
    return nameEn.isEmpty() ? nameJa : nameEn;
}

} // namespace alumnidesk::pipeline
