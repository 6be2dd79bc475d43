#include "common/Format.h"

#include <QLocale>
#include <QRegularExpression>

namespace alumnidesk::ui {

namespace {

QString withFullYear(QString format)
{
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(shortYear, QStringLiteral("yyyy"));
}

} // namespace

QString shortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QLocale locale;
    return locale.toString(dateTime.toLocalTime(), withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace alumnidesk::ui
