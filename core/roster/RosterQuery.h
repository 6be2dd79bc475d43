// Read-side queries of the roster list: the ordered ids of everyone a filter selects, rows for a slice of
// those ids, counts and the values the filter pickers offer. Each instance belongs to one connection (and so
// to one thread); the roster model runs the expensive ones on a worker with a connection of its own.
#pragma once

#include "common/Result.h"
#include "roster/RosterColumns.h"
#include "roster/RosterFilter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace alumnidesk {

class StoreBackend;

class RosterQuery {
public:
    RosterQuery(QSqlDatabase db, const StoreBackend &backend);

    /// Ids of every alumnus the filter selects, in sort order. `cancelled` is polled while rows stream in;
    /// when it returns true the result is an error saying so.
    Result<QVector<qint64>> orderedIds(const RosterFilter &filter, const RosterSort &sort,
                                       const std::function<bool()> &cancelled = {});

    /// The first `limit` rows in sort order, straight from the database (shown before orderedIds is done).
    Result<QVector<RosterRow>> firstRows(const RosterFilter &filter, const RosterSort &sort, int limit);

    /// Rows for the given ids, in the order of the ids. Ids that no longer exist are skipped.
    Result<QVector<RosterRow>> rows(const QVector<qint64> &ids);

    Result<qint64> count(const RosterFilter &filter);

    /// Values for the filter pickers.
    Result<QStringList> departments();
    Result<QStringList> tags();
    /// Earliest and latest departure year in the roster (0, 0 when there are none).
    Result<QPair<int, int>> departureYearRange();

    /// SQL ORDER BY clause for a sort, and the column list of a RosterRow (exposed for the benchmark, which
    /// runs the same SQL in the sqlite3 tool).
    static QString orderBy(const RosterSort &sort);
    static QString rowColumns();

private:
    struct Where {
        QString sql;
        QVector<QPair<QString, QVariant>> binds;
    };
    Result<Where> where(const RosterFilter &filter) const;
    static void bind(QSqlQuery &q, const Where &w);
    static RosterRow readRow(const QSqlQuery &q);
    /// Ascending ids: those whose effective verdict the filter wants, or (complement) those whose verdict it
    /// does not want, when it wants Eligible, which is everyone without a stored verdict.
    struct VerdictMatches {
        QVector<qint64> ids;
        bool complement = false;
    };
    Result<VerdictMatches> verdictMatches(const RosterFilter &filter);
    /// The ids of `ordered` (kept in their order) that are in `ascending` (or, with `complement`, are not).
    static QVector<qint64> intersect(const QVector<qint64> &ordered, const QVector<qint64> &ascending, bool complement = false);
    /// Ascending ids of everyone with an open candidacy in the rehire pipeline.
    Result<QVector<qint64>> openCandidacyIds();
    /// `ordered` with the people in the pipeline first (last when descending), each group keeping its order.
    Result<QVector<qint64>> groupByPipeline(const QVector<qint64> &ordered, bool descending);
    /// `ordered` (50音 order) regrouped by each person's effective verdict under sort.verdictRuleSet.
    Result<QVector<qint64>> groupByVerdict(const QVector<qint64> &ordered, const RosterSort &sort);
    /// Ordered ids for a filter without search, cached until the data or the request changes.
    Result<QVector<qint64>> baseOrder(const RosterFilter &filter, const RosterSort &sort,
                                      const std::function<bool()> &cancelled);

    struct CachedOrder {
        bool valid = false;
        qint64 version = 0;
        RosterFilter filter;
        RosterSort sort;
        QVector<qint64> ids;
    };

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    QHash<int, QSqlQuery> m_rowsByCount;
    CachedOrder m_base;
};

} // namespace alumnidesk
