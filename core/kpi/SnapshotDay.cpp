#include "kpi/SnapshotDay.h"

#include "db/Statement.h"

#include <QByteArray>
#include <QDate>

namespace alumnidesk::kpi {

qint32 snapshotDay(const Statement &row, int column, DayText shape)
{
    const QByteArray t = row.utf8(column);
    // Only an empty text asks whether it was NULL (a QVariant then, rarely).
    if (t.isEmpty())
        return row.value(column).isNull() ? 0 : -1;
    const bool sized = shape == DayText::DateOnly ? t.size() == 10 : t.size() >= 10;
    if (!sized || t.at(4) != '-' || t.at(7) != '-')
        return -1;
    qint32 v = 0;
    for (int i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const char c = t.at(i);
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    const int y = v / 10000;
    if (y < 1000 || !QDate::isValid(y, v / 100 % 100, v % 100))
        return -1;
    return v;
}

} // namespace alumnidesk::kpi
