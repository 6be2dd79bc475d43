// Facts rows produced in C++ from the KPI snapshot instead of by SQL, and the counts KpiFacts makes of
// them (count, countTwo, countBy, measures) computed the way the SQL computes them: distinct people per
// group, groups in the order of their text (SQLite's binary collation), dates compared as ISO texts.
// Dates are yyyymmdd integers (0 = NULL), see KpiSnapshot.h.
#pragma once

#include "kpi/KpiFacts.h"

#include <QDate>
#include <QVariantList>

#include <optional>
#include <vector>

namespace alumnidesk::kpi {

struct FactRow {
    qint32 person = 0;   ///< rows of one person are adjacent
    qint32 at = 0;
    qint32 category = 0; ///< a code categoryText turns into the category's text
    bool num = false;
};

struct MemoryFacts {
    std::vector<FactRow> rows;
    /// Every person is at most one row (FactQuery::onePerPerson): counts need no gathering by person.
    bool onePerPerson = false;
    /// The measure of each row (same index), or empty when the facts have none (NULL).
    std::vector<double> measures;
    std::function<QString(qint32)> categoryText;
};

namespace memfacts {

/// yyyymmdd of a date, or -1 outside the years 1000–9999 (whose ISO text is not four digits).
qint32 dateKey(const QDate &d);
/// As SQLite's date(x, '±N months'): the month moves, the day stays and overflows into the next month
/// (31 March − 1 month = 3 March).
qint32 addMonths(qint32 ymd, int months);
/// Days from `earlier` to `later`, as julianday(later) − julianday(earlier).
qint64 daysBetween(qint32 later, qint32 earlier);

PeopleCount count(const MemoryFacts &f);
std::optional<QPair<PeopleCount, PeopleCount>> countTwo(const MemoryFacts &f, const Period &first, const Period &second);
/// Empty for a group expression it does not know (the SQL then runs).
std::optional<QVector<QPair<QString, PeopleCount>>> countBy(const MemoryFacts &f, const QString &groupExpr);
QVector<QPair<QDate, double>> measures(const MemoryFacts &f);
/// (category text, measure) of every row, in row order; none when the facts have no measures.
QVector<QPair<QString, double>> categoryMeasures(const MemoryFacts &f);
/// The people (FactRow::person, ascending, each once) of the rows that satisfy `where`, a drill-down's
/// condition: "" (every row), "num", "category = ?" or "category = ? AND num" with the category's text
/// bound. Empty for another condition, or an empty category text (which SQL's NULL would not match).
std::optional<std::vector<qint32>> people(const MemoryFacts &f, const QString &where, const QVariantList &binds);

} // namespace memfacts

} // namespace alumnidesk::kpi
