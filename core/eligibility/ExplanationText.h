// An Explanation as plain text and as JSON, in the user's language: what `alumnidesk-cli eligibility
// --explain` prints and what the golden tests compare.
#pragma once

#include "eligibility/EligibilityService.h"

#include <QJsonObject>

namespace alumnidesk::eligibility {

QString explanationText(const Explanation &e);
QJsonObject explanationJson(const Explanation &e);

} // namespace alumnidesk::eligibility
