// Date arithmetic of eligibility, defined once and mirrored exactly by the SQL compiler.
//
// Whole months follow the Civil Code (民法 第143条) as Japanese HR counts 勤続年数: the hire date is day
// one, and n months are complete on the day before the same day-of-month n months later, or on the last day
// of that month when it has no such day. So a stint 2023-04-01 … 2024-03-31 (both days worked) is exactly
// 1 year; 2023-04-01 … 2024-03-30 is 0 years 11 months (a partial month is not counted: eligibility asks
// for completed time); a stint from 2020-02-29 completes one year on 2021-02-28. A stint still running (no
// departure date) counts up to and including the as-of date. Equivalent closed form, used in both C++ and
// SQL: months = 12·(e.year − s.year) + (e.month − s.month) − (e.day < s.day ? 1 : 0), where s is the first
// day counted and e the first day not counted.
#pragma once

#include <QDate>
#include <QString>

namespace alumnidesk::eligibility {

/// Whole months from `first` (counted) to `end` (not counted); negative when end is before first.
int wholeMonths(const QDate &first, const QDate &end);

/// The same on Julian day numbers (what PersonFacts stores), without building QDates per call.
int wholeMonthsJd(qint64 first, qint64 end);

/// Months of a stint from its hire date through its departure date (inclusive), or through `asOf` when it
/// has not ended.
int tenureMonths(const QDate &hire, const QDate &departure, const QDate &asOf);

/// Whole months from the day after departure up to and including asOf: 0 on the day of departure, 1 from
/// the same day-of-month a month later (cooling-off periods).
int monthsSinceDeparture(const QDate &departure, const QDate &asOf);

/// Completed years of age on asOf (a birthday on 29 February is reached on 1 March in common years, as
/// the 年齢計算ニ関スル法律 has it).
int ageYears(const QDate &birth, const QDate &asOf);

/// "3年2か月" / "3 years 2 months" (always both parts, for measured values).
QString monthsText(int months);
/// "1年", "6か月", "1年6か月" / "1 year", … (zero parts left out, for thresholds).
QString thresholdText(int months);
/// "34歳" / "34 years".
QString yearsText(int years);

} // namespace alumnidesk::eligibility
