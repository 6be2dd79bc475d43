// Why a draft rule set cannot be saved, in words an HR officer acts on ("Rule “在籍期間”: a group has no
// conditions"), before the strict check core applies to every saved definition.
#pragma once

#include "eligibility/RuleModel.h"

#include <QStringList>

namespace alumnidesk::ui {

QStringList draftProblems(const eligibility::RuleSet &draft);

} // namespace alumnidesk::ui
