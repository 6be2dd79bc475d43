// Rule sets as JSON: the definition stored with every saved version and the rules file that
// `alumnidesk-cli rules export / import` writes and reads. Reading is strict: every problem is reported with
// the JSON path where it is and why, in the user's language, and nothing half-read is returned.
#pragma once

#include "common/Result.h"
#include "eligibility/RuleModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace alumnidesk::eligibility {

QJsonObject ruleSetToJson(const RuleSet &set);
QJsonObject conditionToJson(const Condition &c);

/// Reads one rule set; `path` is where it sits in the document ("rule_sets[1]"), used in messages.
/// On failure the error's detail lists every problem found, one a line ("rule_sets[0].rules[2].when.op: …").
Result<RuleSet> ruleSetFromJson(const QJsonValue &value, const QString &path = QString());

/// Checks a rule set built in code or by the editor (the same checks as reading JSON).
Status validateRuleSet(const RuleSet &set);

/// A rules file: {"format": "alumnidesk-rules", "format_version": 1, "rule_sets": [...]}.
QByteArray rulesFileToJson(const QVector<RuleSet> &sets);
Result<QVector<RuleSet>> rulesFileFromJson(const QByteArray &json);

} // namespace alumnidesk::eligibility
