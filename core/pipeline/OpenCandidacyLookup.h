// The roster's "In pipeline" (選考中) column: for the ids of one page of the list, each person's open
// candidacies as "stage · opening" in the user's language, in board order. One statement, prepared once per
// connection, reads a page (up to kPage ids) through the candidacies' index on the person.
#pragma once

#include "common/Result.h"
#include "roster/RosterColumns.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace alumnidesk::pipeline {

class OpenCandidacyLookup {
public:
    static constexpr int kPage = 128;

    explicit OpenCandidacyLookup(QSqlDatabase db);

    /// Sets RosterRow::pipeline of each row (empty: no open candidacy).
    Status fill(QVector<RosterRow> &rows);

    /// "面接 · 法人営業マネージャー"; the talent pool when there is no opening.
    static QString describe(const QString &stageName, const QString &openingTitle);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_query;
};

} // namespace alumnidesk::pipeline
