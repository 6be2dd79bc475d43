// One alumni row's PersonFacts as the native statement hands them out: dates and texts read from the
// database's own bytes (no QVariant or QString per value). RosterFacts (the verdict table's pass and the rule
// editor) and the KPI snapshot read people the same way, so the facts the C++ evaluator judges are the same.
#pragma once

#include "eligibility/PersonFacts.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace alumnidesk {
class Statement;
}

namespace alumnidesk::eligibility {

/// The alumni columns the facts are read from, in this order, the id first ("id, birth_date, …").
QString ruleFactColumns();
/// How many columns ruleFactColumns() names.
constexpr int kRuleFactColumnCount = 19;

class RuleFactsReader {
public:
    /// Texts are interned into `texts`; `ids` remembers the bytes already seen (keep both together).
    RuleFactsReader(TextIds &texts, QHash<QByteArray, quint32> &ids);

    /// The facts of the current row, its columns from `first` on in ruleFactColumns()'s order.
    PersonFacts read(const Statement &row, int first);
    /// Whether the row just read holds only what the rules' SQL and the C++ judge alike (RuleSqlCompiler's
    /// property test): every date NULL or a valid YYYY-MM-DD, and no last-stint value without a stint. An
    /// empty text, another date format or an impossible day (30 February) the SQL reads differently.
    bool plain() const { return m_plain; }

private:
    quint32 intern(const QByteArray &bytes);
    qint32 date(const Statement &row, int column);

    TextIds &m_texts;
    QHash<QByteArray, quint32> &m_ids;
    bool m_plain = true;
};

} // namespace alumnidesk::eligibility
