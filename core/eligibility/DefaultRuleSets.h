// The rule sets a new roster starts with, from the article and common practice: at least one year of
// tenure; voluntary departure (自己都合) and retirement (定年) are fine, any other departure type is looked
// at by a person (会社都合 needs review); a disciplinary departure (懲戒) or the misconduct flag blocks;
// for rehire, the do-not-rehire flag blocks too; and nobody who withdrew from the network is put back in it.
// Names are stored in Japanese and English.
#pragma once

#include "eligibility/RuleModel.h"

namespace alumnidesk::eligibility {

QVector<RuleSet> defaultRuleSets();

} // namespace alumnidesk::eligibility
