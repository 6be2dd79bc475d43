// What a KPI is computed over: the filters the dashboard and the CLI share (period, department, departure
// type, eligibility rule set), the as-of date, the connection, and the periods derived from them.
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <memory>

namespace alumnidesk::kpi {

class EligibilitySnapshot;
class KpiSnapshot;
class PipelineSnapshot;

enum class Unit {
    Count,
    Percent, ///< values are percentages (33.3 means 33.3 %); changes are percentage points
    Days,
    Months,
};

enum class Kind {
    Single,    ///< one value, its change against the previous period and a series for a sparkline
    Breakdown, ///< one value per category (bars), each with a drill-down key
    Cohort,    ///< a grid of rows (departure years) by columns
};

/// An inclusive range of dates.
struct Period {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate &d) const { return d >= from && d <= to; }
    QString fromText() const { return from.toString(Qt::ISODate); }
    QString toText() const { return to.toString(Qt::ISODate); }
    friend bool operator==(const Period &a, const Period &b) { return a.from == b.from && a.to == b.to; }
};

/// The filters every KPI applies. Empty strings mean "all".
struct KpiFilters {
    Period period;          ///< invalid: the default period (see KpiContext)
    QString department;     ///< 所属 at departure
    QString departureType;  ///< vocabulary key (voluntary, company, …)
    QString ruleSet;        ///< eligibility rule set, for the eligibility KPIs (issue 4); ignored by the others

    friend bool operator==(const KpiFilters &a, const KpiFilters &b)
    {
        return a.period == b.period && a.department == b.department && a.departureType == b.departureType
            && a.ruleSet == b.ruleSet;
    }
};

/// One bucket of a series: a calendar month or year clipped to the period.
struct SeriesBucket {
    QString label; ///< "2024-03" or "2024"
    Period period;
};

/// Everything a KpiDefinition's functions receive. The connection belongs to the calling thread.
struct KpiContext {
    QSqlDatabase db;
    KpiFilters filters;
    QDate asOf; ///< the date the data is read as of ("today" unless a test or report fixes it)
    /// The roster in memory (KpiSnapshotCache), current with `db`: facts that have an in-memory form are
    /// counted over it in C++; without it (or for a KPI without one) they run as SQL.
    std::shared_ptr<const KpiSnapshot> snapshot;
    /// The candidacies in memory (KpiSnapshotCache), current with `db`; read only together with `snapshot`
    /// (whose people the pipeline facts are filtered by).
    std::shared_ptr<const PipelineSnapshot> pipeline;
    /// The rule sets and overrides (KpiSnapshotCache), current with `db`; read only together with `snapshot`.
    std::shared_ptr<const EligibilitySnapshot> eligibility;

    /// The period: the filters' one, or by default the last twelve whole months before the as-of month.
    Period period() const;
    /// The period before: the same number of whole months when the period is made of whole months,
    /// otherwise the same number of days, ending the day before the period starts.
    Period previousPeriod() const;
    /// Months of the period when it spans at most 36 months, otherwise its years.
    QVector<SeriesBucket> buckets() const;
    /// Binds for the department and departure-type filters in the `(? = '' OR col = ?)` form KpiFacts uses.
    QString department() const { return filters.department; }
    QString departureType() const { return filters.departureType; }
};

/// The default period for an as-of date: the twelve whole months before its month.
Period defaultPeriod(const QDate &asOf);
/// The last day of d's month.
QDate monthEnd(const QDate &d);

} // namespace alumnidesk::kpi
