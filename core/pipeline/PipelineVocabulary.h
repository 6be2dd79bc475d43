// Stored keys and translated labels of the pipeline's small vocabularies: stage kinds, opening statuses and
// candidacy sources. Input in either language is accepted by the *FromText functions.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <optional>

namespace alumnidesk::pipeline {

QString kindKey(StageKind kind);
std::optional<StageKind> kindFromKey(const QString &key);
QString kindLabel(StageKind kind);

QString openingStatusKey(OpeningStatus status);
std::optional<OpeningStatus> openingStatusFromKey(const QString &key);
QString openingStatusLabel(OpeningStatus status);

QString sourceKey(CandidacySource source);
/// A key, or the label in Japanese or English ("referral", "リファラル", "Referral").
std::optional<CandidacySource> sourceFromText(const QString &text);
QString sourceLabel(CandidacySource source);

/// Whether the user's language is Japanese (chooses Stage::nameJa over nameEn).
bool userLanguageIsJapanese();

} // namespace alumnidesk::pipeline
