#include "roster/RosterColumns.h"

#include <QCoreApplication>

namespace alumnidesk {

namespace {

struct ColumnInfo {
    const char *key;
    const char *title;
};

constexpr ColumnInfo kColumns[kRosterColumnCount] = {
    {"kana", QT_TRANSLATE_NOOP("RosterColumn", "Reading")},
    {"name", QT_TRANSLATE_NOOP("RosterColumn", "Name")},
    {"employee_id", QT_TRANSLATE_NOOP("RosterColumn", "Employee ID")},
    {"department", QT_TRANSLATE_NOOP("RosterColumn", "Department")},
    {"position", QT_TRANSLATE_NOOP("RosterColumn", "Position")},
    {"departure_date", QT_TRANSLATE_NOOP("RosterColumn", "Departure date")},
    {"departure_type", QT_TRANSLATE_NOOP("RosterColumn", "Departure type")},
    {"stints", QT_TRANSLATE_NOOP("RosterColumn", "Stints")},
    {"status", QT_TRANSLATE_NOOP("RosterColumn", "Membership")},
    {"employer", QT_TRANSLATE_NOOP("RosterColumn", "Current employer")},
    {"title", QT_TRANSLATE_NOOP("RosterColumn", "Current title")},
    {"industry", QT_TRANSLATE_NOOP("RosterColumn", "Industry")},
    {"email", QT_TRANSLATE_NOOP("RosterColumn", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("RosterColumn", "Phone")},
    {"prefecture", QT_TRANSLATE_NOOP("RosterColumn", "Prefecture")},
    {"skills", QT_TRANSLATE_NOOP("RosterColumn", "Skills")},
    {"tags", QT_TRANSLATE_NOOP("RosterColumn", "Tags")},
    {"updated_at", QT_TRANSLATE_NOOP("RosterColumn", "Last changed")},
    {"verdict", QT_TRANSLATE_NOOP("RosterColumn", "Eligibility")},
    {"pipeline", QT_TRANSLATE_NOOP("RosterColumn", "In pipeline")},
};

} // namespace

QString rosterColumnKey(RosterColumn c)
{
    return QString::fromLatin1(kColumns[int(c)].key);
}

QString rosterColumnTitle(RosterColumn c)
{
    return QCoreApplication::translate("RosterColumn", kColumns[int(c)].title);
}

bool rosterColumnFromKey(const QString &key, RosterColumn *out)
{
    for (int i = 0; i < kRosterColumnCount; ++i) {
        if (key == QLatin1String(kColumns[i].key) || key == rosterColumnTitle(RosterColumn(i))) {
            *out = RosterColumn(i);
            return true;
        }
    }
    return false;
}

QVector<RosterColumn> defaultVisibleColumns()
{
    return {RosterColumn::Name,     RosterColumn::Kana,          RosterColumn::EmployeeId,
            RosterColumn::Department, RosterColumn::Position,    RosterColumn::DepartureDate,
            RosterColumn::DepartureType, RosterColumn::Verdict,  RosterColumn::Pipeline,
            RosterColumn::Stints,   RosterColumn::Status,        RosterColumn::Employer};
}

} // namespace alumnidesk
