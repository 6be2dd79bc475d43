#include "text/DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace alumnidesk::text {

namespace {

struct Era {
    const char16_t *name;
    QChar letter; // the initial used in abbreviations (R6.4.1)
    int firstYear;
    QDate begins;
    QDate ends; // inclusive; invalid = still current
};

const Era *eras(int *count)
{
    static const Era list[] = {
        {u"明治", QLatin1Char('M'), 1868, QDate(1868, 1, 1), QDate(1912, 7, 29)},
        {u"大正", QLatin1Char('T'), 1912, QDate(1912, 7, 30), QDate(1926, 12, 24)},
        {u"昭和", QLatin1Char('S'), 1926, QDate(1926, 12, 25), QDate(1989, 1, 7)},
        {u"平成", QLatin1Char('H'), 1989, QDate(1989, 1, 8), QDate(2019, 4, 30)},
        {u"令和", QLatin1Char('R'), 2019, QDate(2019, 5, 1), QDate()},
    };
    *count = int(sizeof(list) / sizeof(list[0]));
    return list;
}

ParsedDate fail(const QString &message)
{
    return {QDate(), message};
}

ParsedDate build(const QString &input, int y, int m, int d)
{
    if (m < 1 || m > 12)
        return fail(QCoreApplication::translate("DateText", "“%1” is not a date: there is no month %2.").arg(input, QString::number(m)));
    const QDate first(y, m, 1);
    if (d < 1 || d > first.daysInMonth())
        return fail(QCoreApplication::translate("DateText", "“%1” is not a date: %2/%3 has no day %4.").arg(input, QString::number(y), QString::number(m), QString::number(d)));
    return {QDate(y, m, d), QString()};
}

} // namespace

namespace {

// 2024/04/01, 2024-4-1, 2024.4.1 in plain ASCII (what nearly every export writes): read by hand. NFKC,
// the whitespace and time handling and the month-only test below leave such text as it is, and the
// `western` expression reads it exactly so.
std::optional<ParsedDate> plainWesternDate(const QString &raw)
{
    const qsizetype n = raw.size();
    if (n < 8 || n > 10)
        return std::nullopt;
    auto digit = [&raw](qsizetype i) { return raw.at(i) >= QLatin1Char('0') && raw.at(i) <= QLatin1Char('9'); };
    auto separator = [&raw](qsizetype i) {
        const QChar c = raw.at(i);
        return c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.');
    };
    auto number = [&raw](qsizetype from, qsizetype to) {
        int v = 0;
        for (qsizetype i = from; i < to; ++i)
            v = v * 10 + (raw.at(i).unicode() - u'0');
        return v;
    };
    if (!digit(0) || !digit(1) || !digit(2) || !digit(3) || !separator(4))
        return std::nullopt;
    qsizetype i = 5;
    const qsizetype monthFrom = i;
    while (i < n && digit(i) && i - monthFrom < 2)
        ++i;
    const qsizetype monthTo = i;
    if (monthTo == monthFrom || i >= n || !separator(i))
        return std::nullopt;
    const qsizetype dayFrom = ++i;
    while (i < n && digit(i) && i - dayFrom < 2)
        ++i;
    if (i == dayFrom || i != n)
        return std::nullopt;
    return build(raw, number(0, 4), number(monthFrom, monthTo), number(dayFrom, n));
}

} // namespace

ParsedDate parseDate(const QString &raw)
{
    if (auto plain = plainWesternDate(raw))
        return *plain;
    // NFKC turns full-width digits and punctuation into ASCII, and era ligatures (㍻ ㋿) into their names.
    QString s = raw.normalized(QString::NormalizationForm_KC).simplified();
    // Excel writes date cells of an HRIS export with a time ("2024/04/01 0:00", "2024-04-01 00:00:00"): the
    // day is what the roster keeps.
    static const QRegularExpression time(QStringLiteral(R"(^(\S.*?)[ T]([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$)"));
    if (auto m = time.match(s); m.hasMatch())
        s = m.captured(1);
    s.remove(QLatin1Char(' '));
    if (s.isEmpty())
        return {};

    // A month without a day (2024年4月, 2024/4, 令和6年4月) is refused rather than read as the 1st: a hire or
    // departure date the roster counts tenure from must be the real day.
    static const QRegularExpression yearMonth(
        QStringLiteral(R"(^(\d{4}[-/.年]|(明治|大正|昭和|平成|令和|[MTSHRmtshr])\.?(元|\d{1,2})[年./-])(\d{1,2})月?$)"));
    if (yearMonth.match(s).hasMatch())
        return fail(QCoreApplication::translate("DateText", "“%1” has a year and a month but no day: enter the whole date, "
                                                            "such as 2024年4月1日.")
                        .arg(raw));

    static const QRegularExpression western(QStringLiteral(R"(^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression era(
        QStringLiteral(R"(^(明治|大正|昭和|平成|令和|[MTSHRmtshr])\.?(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$)"));

    if (auto m = western.match(s); m.hasMatch())
        return build(raw, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = compact.match(s); m.hasMatch())
        return build(raw, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = era.match(s); m.hasMatch()) {
        const QString name = m.captured(1);
        int count = 0;
        const Era *list = eras(&count);
        const Era *e = nullptr;
        for (int i = 0; i < count; ++i) {
            if (name == QString::fromUtf16(list[i].name) || name.toUpper() == QString(list[i].letter))
                e = &list[i];
        }
        if (!e)
            return fail(QCoreApplication::translate("DateText", "“%1” is not a date: the era is unknown.").arg(raw));
        const int eraYear = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
        if (eraYear < 1)
            return fail(QCoreApplication::translate("DateText", "“%1” is not a date: era years start at 1 (元年).").arg(raw));
        ParsedDate p = build(raw, e->firstYear + eraYear - 1, m.captured(3).toInt(), m.captured(4).toInt());
        if (!p.ok())
            return p;
        if (p.date < e->begins || (e->ends.isValid() && p.date > e->ends)) {
            // 平成31年5月1日 never happened (令和 began that day), but people write it: name the real one.
            const QString suggestion = toJapaneseEra(p.date);
            QString message = QCoreApplication::translate("DateText", "“%1” is not a date: it is outside the %2 era (%3 to %4).")
                                  .arg(raw, QString::fromUtf16(e->name), e->begins.toString(Qt::ISODate),
                                       e->ends.isValid() ? e->ends.toString(Qt::ISODate) : QCoreApplication::translate("DateText", "today"));
            if (!suggestion.isEmpty())
                message += QLatin1Char(' ') + QCoreApplication::translate("DateText", "Did you mean %1 (%2)?").arg(suggestion, p.date.toString(Qt::ISODate));
            return fail(message);
        }
        return p;
    }
    return fail(QCoreApplication::translate("DateText", "“%1” is not a date: expected a form such as 2024-04-01, 2024/4/1, 2024年4月1日 or 令和6年4月1日.").arg(raw));
}

QString toJapaneseEra(const QDate &date)
{
    if (!date.isValid())
        return {};
    int count = 0;
    const Era *list = eras(&count);
    for (int i = count - 1; i >= 0; --i) {
        if (date >= list[i].begins) {
            const int y = date.year() - list[i].firstYear + 1;
            const QString year = y == 1 ? QStringLiteral("元") : QString::number(y);
            return QStringLiteral("%1%2年%3月%4日").arg(QString::fromUtf16(list[i].name), year).arg(date.month()).arg(date.day());
        }
    }
    return {};
}

} // namespace alumnidesk::text
