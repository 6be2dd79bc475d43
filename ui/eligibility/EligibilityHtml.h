// A person's eligibility as HTML for the detail pane: for every rule set the verdict in force, the override
// that sets it (reason, who, until when) and each rule passed or failed with the person's actual values.
#pragma once

#include "eligibility/EligibilityService.h"

#include <QString>
#include <QVector>

namespace alumnidesk::ui {

/// The section; `error` (when not empty) is shown instead of a rule set that could not be evaluated.
QString eligibilityToHtml(const QVector<eligibility::Explanation> &explanations, const QString &error = {});

/// Colour that marks a verdict (green, amber, red) in the pane and the roster column.
QString verdictColor(eligibility::Verdict v);

} // namespace alumnidesk::ui
