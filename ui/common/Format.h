// How dates and times look in the window: the user's locale, but always with a four-digit year — a roster
// spans decades, and "3/31/12" could be 1912 or 2012.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace alumnidesk::ui {

QString shortDate(const QDate &date);
QString shortDateTime(const QDateTime &dateTime);

} // namespace alumnidesk::ui
