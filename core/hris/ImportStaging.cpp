#include "hris/ImportStaging.h"

#include "db/Statement.h"

#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "hris/ImportRowCodec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::hris {

ImportStaging::ImportStaging(QSqlDatabase db, const StoreBackend &backend)
    : m_db(db)
    , m_backend(backend)
{
}

ImportStaging::~ImportStaging()
{
    m_insert.reset();
    if (m_created) {
        (void)sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.import_rows"));
        (void)sql::exec(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

Status ImportStaging::create()
{
    // A million staged rows are a few hundred MB: they go to a temporary file, not the heap. (Changing
    // temp_store drops this connection's temporary tables; the connection has none of its own.)
    if (Status st = sql::execAll(m_db, {QStringLiteral("PRAGMA temp_store = FILE"),
                                        QStringLiteral("DROP TABLE IF EXISTS temp.import_rows"),
                                        QStringLiteral("CREATE TEMP TABLE import_rows (line INTEGER PRIMARY KEY, "
                                                       "employee_id TEXT NOT NULL, hire_date TEXT NOT NULL, data BLOB NOT NULL)")});
        !st)
        return st;
    m_created = true;
    auto insert = m_backend.prepare(m_db, QStringLiteral("INSERT INTO temp.import_rows(line, employee_id, hire_date, data) "
                                                         "VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    m_insert = std::move(insert).value();
    return {};
}

Status ImportStaging::add(const ImportRow &row)
{
    m_insert->bindValue(0, row.line);
    m_insert->bindValue(1, row.employeeId);
    m_insert->bindValue(2, row.hasStint ? row.stint.hireDate.toString(Qt::ISODate) : QString(QLatin1String("")));
    m_insert->bindValue(3, encodeImportRow(row));
    return m_insert->exec();
}

Status ImportStaging::finishAdding()
{
    m_insert.reset();
    return sql::exec(m_db, QStringLiteral("CREATE INDEX temp.import_rows_by_person ON import_rows(employee_id, hire_date, line)"));
}

Result<QVector<ImportStaging::Duplicate>> ImportStaging::removeDuplicates()
{
    QVector<Duplicate> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.line, f.first_line, r.employee_id, r.hire_date FROM import_rows r JOIN "
                               "(SELECT employee_id, hire_date, min(line) AS first_line FROM import_rows WHERE hire_date <> '' "
                               "GROUP BY employee_id, hire_date HAVING count(*) > 1) f "
                               "ON f.employee_id = r.employee_id AND f.hire_date = r.hire_date WHERE r.line > f.first_line "
                               "ORDER BY r.line")))
        return sql::queryError(q, QCoreApplication::translate("ImportStaging", "The file's rows could not be compared."));
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    if (!out.isEmpty()) {
        QSqlQuery del(m_db);
        if (Status st = sql::prepare(del, QStringLiteral("DELETE FROM temp.import_rows WHERE line = ?")); !st)
            return st.error();
        for (const Duplicate &d : std::as_const(out)) {
            del.addBindValue(d.line);
            if (Status st = sql::exec(del); !st)
                return st.error();
        }
    }
    return out;
}

namespace {

Result<qint64> scalar(QSqlDatabase &db, const QString &sqlText)
{
    QSqlQuery q(db);
    if (!q.exec(sqlText) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("ImportStaging", "The file's rows could not be compared."));
    return q.value(0).toLongLong();
}

} // namespace

Result<qint64> ImportStaging::people()
{
    return scalar(m_db, QStringLiteral("SELECT count(DISTINCT employee_id) FROM temp.import_rows"));
}

Result<qint64> ImportStaging::peopleNotInRoster()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT employee_id FROM temp.import_rows) s "
                                       "WHERE NOT EXISTS (SELECT 1 FROM main.alumni a WHERE a.employee_id = s.employee_id)"));
}

Status ImportStaging::forEachPerson(const std::function<Status(const QVector<const ImportRow *> &)> &visit)
{
    // People with more than one row are few (boomerangs in one file); the rest come straight off the scan.
    QSet<QString> several;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT employee_id FROM temp.import_rows GROUP BY employee_id HAVING count(*) > 1")))
            return sql::queryError(q, QCoreApplication::translate("ImportStaging", "The file's rows could not be compared."));
        while (q.next())
            several.insert(q.value(0).toString());
    }
    auto scan = m_backend.prepare(m_db, QStringLiteral("SELECT line, employee_id, data FROM temp.import_rows ORDER BY line"));
    if (!scan)
        return scan.error();
    auto groupRows = m_backend.prepare(m_db, QStringLiteral("SELECT line, data FROM temp.import_rows WHERE employee_id = ? "
                                                            "ORDER BY line"));
    if (!groupRows)
        return groupRows.error();
    Statement &s = *scan.value();
    if (Status st = s.exec(); !st)
        return st;
    QSet<QString> done;
    ImportRow single;
    QVector<ImportRow> rows;
    QVector<const ImportRow *> group;
    while (s.next()) {
        group.clear();
        const int line = s.value(0).toInt();
        if (several.isEmpty() || !several.contains(QString::fromUtf8(s.utf8(1)))) {
            single = decodeImportRow(line, s.value(2).toByteArray());
            group.append(&single);
        } else {
            const QString employeeId = QString::fromUtf8(s.utf8(1));
            if (done.contains(employeeId))
                continue;
            done.insert(employeeId);
            Statement &g = *groupRows.value();
            g.bindValue(0, employeeId);
            if (Status st = g.exec(); !st)
                return st;
            rows.clear();
            while (g.next())
                rows.append(decodeImportRow(g.value(0).toInt(), g.value(1).toByteArray()));
            g.finish();
            for (const ImportRow &r : std::as_const(rows))
                group.append(&r);
        }
        if (Status st = visit(group); !st) {
            s.finish();
            return st;
        }
    }
    s.finish();
    return {};
}

} // namespace alumnidesk::hris
