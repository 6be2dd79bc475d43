#include "kpi/MidCareerHires.h"

#include "db/AuditLog.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::kpi::hires {

Result<QVector<HireEntry>> list(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT year, month, hires, note, entered_by, entered_at FROM mid_career_hires "
                               "ORDER BY year, month")))
        return sql::queryError(q, QCoreApplication::translate("Kpi", "The mid-career hires could not be read."));
    QVector<HireEntry> out;
    while (q.next()) {
        out.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODate)});
    }
    return out;
}

Status set(QSqlDatabase &db, const StoreBackend &backend, int year, int month, qint64 count, const QString &note,
           const QString &source)
{
    const QString failed = QCoreApplication::translate("Kpi", "The mid-career hires for %1 could not be saved.")
                               .arg(month == 0 ? QString::number(year)
                                               : QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
    WriteTransaction tx(db, backend);
    if (!tx.started())
        return Error{failed, tx.status().errorText()};
    QSqlQuery old(db);
    if (Status st = sql::prepare(old, QStringLiteral("SELECT hires FROM mid_career_hires WHERE year = ? AND month = ?")); !st)
        return st;
    old.addBindValue(year);
    old.addBindValue(month);
    if (Status st = sql::exec(old); !st)
        return Error{failed, st.errorText()};
    const QString oldValue = old.next() ? old.value(0).toString() : QString();
    old.finish();
    QSqlQuery q(db);
    if (Status st = sql::prepare(q, QStringLiteral("INSERT INTO mid_career_hires(year, month, hires, note, entered_by, entered_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(year, month) DO UPDATE SET "
                                                   "hires = excluded.hires, note = excluded.note, "
                                                   "entered_by = excluded.entered_by, entered_at = excluded.entered_at"));
        !st)
        return st;
    q.addBindValue(year);
    q.addBindValue(month);
    q.addBindValue(count);
    q.addBindValue(sql::textValue(note));
    q.addBindValue(currentOsUser());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status st = sql::exec(q); !st)
        return Error{failed, st.errorText()};
    AuditLog audit(db);
    const QString key = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    if (Status st = audit.record(source, oldValue.isNull() ? QStringLiteral("insert") : QStringLiteral("update"),
                                 QStringLiteral("mid_career_hires"), key, QStringLiteral("hires"), oldValue,
                                 QString::number(count));
        !st)
        return Error{failed, st.errorText()};
    if (Status st = tx.commit(); !st)
        return Error{failed, st.errorText()};
    return {};
}

HireTotal totalFor(const QVector<HireEntry> &entries, const Period &period)
{
    HireTotal t;
    if (!period.isValid())
        return t;
    qint64 sum = 0;
    for (int year = period.from.year(); year <= period.to.year(); ++year) {
        const int firstMonth = year == period.from.year() ? period.from.month() : 1;
        const int lastMonth = year == period.to.year() ? period.to.month() : 12;
        const bool wholeYear = period.from <= QDate(year, 1, 1) && period.to >= QDate(year, 12, 31);
        const HireEntry *yearly = nullptr;
        for (const HireEntry &e : entries) {
            if (e.year == year && e.month == 0)
                yearly = &e;
        }
        if (yearly && wholeYear) {
            sum += yearly->hires;
            continue;
        }
        for (int month = firstMonth; month <= lastMonth; ++month) {
            const HireEntry *monthly = nullptr;
            for (const HireEntry &e : entries) {
                if (e.year == year && e.month == month)
                    monthly = &e;
            }
            if (!monthly) {
                t.missing = yearly ? QString::number(year)
                                   : QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
                return t;
            }
            sum += monthly->hires;
        }
    }
    t.hires = sum;
    return t;
}

} // namespace alumnidesk::kpi::hires
