// Dates as Japanese HR data and users write them: 2024-04-01, 2024/4/1, 2024.4.1, 20240401, 2024年4月1日,
// full-width digits, and the Japanese eras (令和6年4月1日, R6.4.1, 平成31年, 元年, 昭和, 大正, 明治).
#pragma once

#include <QDate>
#include <QString>

namespace alumnidesk::text {

struct ParsedDate {
    QDate date;    ///< valid when parsing succeeded
    QString error; ///< translated reason when it did not (empty input is neither: both are empty)

    bool ok() const { return date.isValid(); }
    bool empty() const { return !date.isValid() && error.isEmpty(); }
};

/// Parses one date. Empty or blank input gives an empty result (no date, no error).
ParsedDate parseDate(const QString &input);

/// The date in the era notation (令和6年4月1日), for display next to the Western date.
QString toJapaneseEra(const QDate &date);

} // namespace alumnidesk::text
