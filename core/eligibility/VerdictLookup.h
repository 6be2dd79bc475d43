// The roster column's verdicts: for the ids of one page of the list, the stored verdict under a rule set
// with an override in force put in its place. One statement, prepared once per connection, reads a page
// (up to kPage ids) through the verdict table's primary key.
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

    /// Sets RosterRow::verdict and verdictOverridden of each row (−1 where no verdict is stored).
    Status fill(qint64 ruleSetId, const QDate &today, QVector<RosterRow> &rows);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_query;
};

} // namespace alumnidesk::eligibility
