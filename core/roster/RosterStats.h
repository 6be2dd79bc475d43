// Counts that describe a roster at a glance: alumni, boomerangs, and the mix by departure type, membership
// status and departure year. Used by `alumnidesk-cli stats` and the window's status bar.
#pragma once

#include "common/Result.h"

#include <QMap>
#include <QSqlDatabase>

namespace alumnidesk {

struct RosterStats {
    qint64 alumni = 0;
    qint64 boomerangs = 0;  ///< more than one stint
    qint64 stints = 0;
    int departments = 0;
    QMap<QString, qint64> byDepartureType; ///< vocabulary key → count ("" = not recorded)
    QMap<QString, qint64> byStatus;        ///< membership status key → count
    QMap<int, qint64> byDepartureYear;     ///< year of the last departure → count
};

Result<RosterStats> computeRosterStats(QSqlDatabase &db);

} // namespace alumnidesk
