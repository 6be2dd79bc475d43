#include "kpi/MemoryFacts.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace alumnidesk::kpi::memfacts {

namespace {

QDate toDate(qint32 ymd)
{
    return QDate(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

// Calls visit(begin, end) for each run of rows of one person.
template<typename Visit>
void eachPerson(const std::vector<FactRow> &rows, Visit visit)
{
    size_t b = 0;
    while (b < rows.size()) {
        size_t e = b + 1;
        while (e < rows.size() && rows[e].person == rows[b].person)
            ++e;
        visit(b, e);
        b = e;
    }
}

enum class Group { Category, Month, Year, Day };

} // namespace

qint32 dateKey(const QDate &d)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return -1;
    return d.year() * 10000 + d.month() * 100 + d.day();
}

qint32 addMonths(qint32 ymd, int months)
{
    int y = ymd / 10000;
    int m = ymd / 100 % 100 + months;
    const int d = ymd % 100;
    const int carry = m > 0 ? (m - 1) / 12 : (m - 12) / 12;
    y += carry;
    m -= carry * 12;
    const QDate moved = QDate(y, m, 1).addDays(d - 1);
    return moved.year() * 10000 + moved.month() * 100 + moved.day();
}

qint64 daysBetween(qint32 later, qint32 earlier)
{
    return toDate(later).toJulianDay() - toDate(earlier).toJulianDay();
}

PeopleCount count(const MemoryFacts &f)
{
    PeopleCount c;
    if (f.onePerPerson) {
        c.people = qint64(f.rows.size());
        for (const FactRow &r : f.rows)
            c.numerator += r.num;
        return c;
    }
    eachPerson(f.rows, [&](size_t b, size_t e) {
        ++c.people;
        for (size_t i = b; i < e; ++i) {
            if (f.rows[i].num) {
                ++c.numerator;
                break;
            }
        }
    });
    return c;
}

std::optional<QPair<PeopleCount, PeopleCount>> countTwo(const MemoryFacts &f, const Period &first, const Period &second)
{
    const qint32 from1 = dateKey(first.from), to1 = dateKey(first.to);
    const qint32 from2 = dateKey(second.from), to2 = dateKey(second.to);
    if (from1 < 0 || to1 < 0 || from2 < 0 || to2 < 0)
        return std::nullopt;
    QPair<PeopleCount, PeopleCount> out;
    eachPerson(f.rows, [&](size_t b, size_t e) {
        bool in1 = false, num1 = false, in2 = false, num2 = false;
        for (size_t i = b; i < e; ++i) {
            const FactRow &r = f.rows[i];
            if (r.at != 0 && r.at >= from1 && r.at <= to1) {
                in1 = true;
                num1 = num1 || r.num;
            }
            if (r.at != 0 && r.at >= from2 && r.at <= to2) {
                in2 = true;
                num2 = num2 || r.num;
            }
        }
        out.first.people += in1;
        out.first.numerator += num1;
        out.second.people += in2;
        out.second.numerator += num2;
    });
    return out;
}

std::optional<QVector<QPair<QString, PeopleCount>>> countBy(const MemoryFacts &f, const QString &groupExpr)
{
    Group group;
    if (groupExpr == QLatin1String("category"))
        group = Group::Category;
    else if (groupExpr == QLatin1String("substr(at, 1, 7)"))
        group = Group::Month;
    else if (groupExpr == QLatin1String("substr(at, 1, 4)"))
        group = Group::Year;
    else if (groupExpr == QLatin1String("at"))
        group = Group::Day;
    else
        return std::nullopt;

    // The key of a row; NULL (a date-based group of a row without a date) is -1.
    auto keyOf = [group](const FactRow &r) -> qint64 {
        switch (group) {
        case Group::Category:
            return r.category;
        case Group::Month: // year × 12 + month − 1: dense, in the texts' order
            return r.at == 0 ? -1 : qint64(r.at / 10000) * 12 + r.at / 100 % 100 - 1;
        case Group::Year:
            return r.at == 0 ? -1 : r.at / 10000;
        case Group::Day: // year × 372 + (month − 1) × 31 + day − 1: dense, in the texts' order
            return r.at == 0 ? -1 : qint64(r.at / 10000) * 372 + (r.at / 100 % 100 - 1) * 31 + r.at % 100 - 1;
        }
        return -1;
    };
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const FactRow &r : f.rows) {
        const qint64 k = keyOf(r);
        lo = std::min(lo, k);
        hi = std::max(hi, k);
    }
    // Dense counters over the keys' range when it is small (codes, months, days of a few decades).
    std::vector<PeopleCount> dense;
    std::unordered_map<qint64, PeopleCount> sparse;
    const bool isDense = !f.rows.empty() && hi - lo < (qint64(1) << 22);
    if (isDense)
        dense.resize(size_t(hi - lo + 1));
    auto slot = [&](qint64 k) -> PeopleCount & { return isDense ? dense[size_t(k - lo)] : sparse[k]; };

    if (f.onePerPerson) {
        for (const FactRow &r : f.rows) {
            PeopleCount &c = slot(keyOf(r));
            ++c.people;
            c.numerator += r.num;
        }
    } else {
        // Distinct people per group: a person's rows are adjacent, so an earlier row of the same person
        // in the same group is all there is to look for.
        eachPerson(f.rows, [&](size_t b, size_t e) {
            for (size_t i = b; i < e; ++i) {
                const qint64 k = keyOf(f.rows[i]);
                bool seen = false, seenNum = false;
                for (size_t j = b; j < i; ++j) {
                    if (keyOf(f.rows[j]) == k) {
                        seen = true;
                        seenNum = seenNum || f.rows[j].num;
                    }
                }
                PeopleCount &c = slot(k);
                if (!seen)
                    ++c.people;
                if (f.rows[i].num && !seenNum)
                    ++c.numerator;
            }
        });
    }

    QVector<QPair<qint64, PeopleCount>> groups;
    if (isDense) {
        for (size_t i = 0; i < dense.size(); ++i) {
            if (dense[i].people > 0)
                groups.append({lo + qint64(i), dense[i]});
        }
    } else {
        for (const auto &g : sparse)
            groups.append({g.first, g.second});
    }
    auto text = [&](qint64 k) -> QString {
        if (k == -1 && group != Group::Category)
            return {};
        switch (group) {
        case Group::Category:
            return f.categoryText(qint32(k));
        case Group::Month:
            return QStringLiteral("%1-%2").arg(k / 12, 4, 10, QLatin1Char('0')).arg(k % 12 + 1, 2, 10, QLatin1Char('0'));
        case Group::Year:
            return QStringLiteral("%1").arg(k, 4, 10, QLatin1Char('0'));
        case Group::Day:
            return QStringLiteral("%1-%2-%3")
                .arg(k / 372, 4, 10, QLatin1Char('0'))
                .arg(k % 372 / 31 + 1, 2, 10, QLatin1Char('0'))
                .arg(k % 31 + 1, 2, 10, QLatin1Char('0'));
        }
        return {};
    };
    QVector<QPair<QString, PeopleCount>> out;
    out.reserve(groups.size());
    if (group == Group::Category) {
        // ORDER BY the text, as SQLite's binary collation compares it: by UTF-8 bytes.
        QVector<QPair<QByteArray, QPair<QString, PeopleCount>>> sorted;
        for (const auto &g : groups) {
            const QString t = text(g.first);
            sorted.append({t.toUtf8(), {t, g.second}});
        }
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &s : sorted)
            out.append(s.second);
    } else {
        // Dates: the keys' order is the texts' order; NULL (-1) first, as SQLite orders it.
        std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &g : groups)
            out.append({text(g.first), g.second});
    }
    return out;
}

QVector<QPair<QDate, double>> measures(const MemoryFacts &f)
{
    std::vector<size_t> order;
    if (f.measures.size() == f.rows.size()) {
        order.reserve(f.rows.size());
        for (size_t i = 0; i < f.rows.size(); ++i)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&f](size_t a, size_t b) { return f.rows[a].at < f.rows[b].at; });
    QVector<QPair<QDate, double>> out;
    out.reserve(qsizetype(order.size()));
    for (size_t i : order)
        out.append({f.rows[i].at ? toDate(f.rows[i].at) : QDate(), f.measures[i]});
    return out;
}

QVector<QPair<QString, double>> categoryMeasures(const MemoryFacts &f)
{
    QVector<QPair<QString, double>> out;
    if (f.measures.size() != f.rows.size())
        return out;
    out.reserve(qsizetype(f.rows.size()));
    std::vector<std::optional<QString>> texts; // by code: each text made once
    for (size_t i = 0; i < f.rows.size(); ++i) {
        const size_t code = size_t(f.rows[i].category);
        if (code >= texts.size())
            texts.resize(code + 1);
        if (!texts[code])
            texts[code] = f.categoryText(f.rows[i].category);
        out.append({*texts[code], f.measures[i]});
    }
    return out;
}

std::optional<std::vector<qint32>> people(const MemoryFacts &f, const QString &where, const QVariantList &binds)
{
    const bool numOnly = where == QLatin1String("num") || where == QLatin1String("category = ? AND num");
    const bool byCategory = where.startsWith(QLatin1String("category = ?"));
    if (!where.isEmpty() && !numOnly && !byCategory)
        return std::nullopt;
    if (byCategory && (binds.size() != 1 || binds.constFirst().toString().isEmpty()))
        return std::nullopt;
    // The codes whose text is the category asked for (a few codes at most: decided once per code).
    std::vector<char> matches;
    if (byCategory) {
        const QString wanted = binds.constFirst().toString();
        qint32 top = 0;
        for (const FactRow &r : f.rows)
            top = std::max(top, r.category);
        matches.assign(size_t(top) + 1, -1);
        for (const FactRow &r : f.rows) {
            char &m = matches[size_t(r.category)];
            if (m < 0)
                m = f.categoryText(r.category) == wanted;
        }
    }
    std::vector<qint32> out;
    for (const FactRow &r : f.rows) {
        if ((numOnly && !r.num) || (byCategory && !matches[size_t(r.category)]))
            continue;
        out.push_back(r.person);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace alumnidesk::kpi::memfacts
