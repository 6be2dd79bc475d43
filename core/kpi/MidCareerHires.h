// Mid-career hires (中途採用数) per year or month, which the roster does not hold: HR enters them (or a
// script imports them with `alumnidesk-cli kpi set-hires`), and the boomerang share of mid-career hires
// divides the rehires by them. Month 0 is a whole year's total.
#pragma once

#include "common/Result.h"
#include "kpi/KpiTypes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::kpi {

struct HireEntry {
    int year = 0;
    int month = 0; ///< 1–12, or 0 for the whole year
    qint64 hires = 0;
    QString note;
    QString enteredBy;
    QDateTime enteredAt;
};

/// The hires a period holds, or the first month nobody entered.
struct HireTotal {
    std::optional<qint64> hires;
    QString missing; ///< "2024-03" (no figure for that month) or "2024" (a yearly figure, but the period covers part of it)
};

namespace hires {

Result<QVector<HireEntry>> list(QSqlDatabase &db);

/// Enters (or replaces) the figure for a year (month 0) or a month, recording who and when, with an audit
/// entry from `source` ("cli", "ui").
Status set(QSqlDatabase &db, const StoreBackend &backend, int year, int month, qint64 count, const QString &note,
           const QString &source);

/// The hires in the months a period touches: a month's own figure, or its year's when the period covers
/// the whole year (a yearly figure wins over monthly ones for that year).
HireTotal totalFor(const QVector<HireEntry> &entries, const Period &period);

} // namespace hires

} // namespace alumnidesk::kpi
