// The roster column's verdicts: for the ids of one page of the list, the stored verdict under a rule set
// with an override in force put in its place. Only people who are not eligible have a stored row, so a
// person without one is Eligible once the rule set has been evaluated. Two statements, prepared once per
// connection, read a page (up to kPage ids): the stored verdicts through the verdict table's primary key and
// the overrides in force through theirs.
#pragma once

#include "common/Result.h"
#include "roster/RosterColumns.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace alumnidesk::eligibility {

class VerdictLookup {
public:
    static constexpr int kPage = 128;

    explicit VerdictLookup(QSqlDatabase db);

    /// Sets RosterRow::verdict and verdictOverridden of each row (−1 where the rule set was never evaluated
    /// and no override is in force).
    Status fill(qint64 ruleSetId, const QDate &today, QVector<RosterRow> &rows);

private:
    Status prepare();

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_evaluated;
    std::optional<QSqlQuery> m_stored;
    std::optional<QSqlQuery> m_overrides;
};

} // namespace alumnidesk::eligibility
