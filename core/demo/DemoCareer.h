// The employment history of one generated alumnus: birth date, and one stint (or two or three for a
// boomerang) with hire and departure dates, department, position, grade, employment and departure type and
// reason. Dates follow Japanese HR practice (new graduates join on 1 April, most people leave at a month's
// end, retirement at 60 or, after continued employment, at 65) and stay within [1985, today].
#pragma once

#include "demo/DemoCatalog.h"
#include "demo/DemoRandom.h"
#include "roster/Alumnus.h"

#include <QDate>

namespace alumnidesk::demo {

struct Career {
    QDate birthDate;
    QVector<Stint> stints;           ///< oldest first
    DepartureKind lastKind = Voluntary; ///< of the last departure (for a re-employed boomerang, the previous one)
    bool currentlyEmployed = false;  ///< a boomerang whose latest stint has no departure date
    int departmentIndex = 0;         ///< of the latest stint, into departments()
    bool wasManager = false;         ///< left as 課長 or above at least once
};

/// Draws a career. `today` bounds every date; the earliest hire is 1 January 1985 and the latest a year
/// before today.
Career makeCareer(DemoRandom &rng, const QDate &today);

} // namespace alumnidesk::demo
