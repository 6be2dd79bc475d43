#include "hris/ImportHistory.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace alumnidesk::hris {

Result<QVector<ImportRecord>> listImports(Database &db, int limit)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (Status st = sql::prepare(q, QStringLiteral("SELECT id, started_at, user, source, file_name, file_sha256, encoding, "
                                                   "profile, rows, inserted, updated, unchanged, rejected, rolled_back_at "
                                                   "FROM imports ORDER BY id DESC LIMIT ?"));
        !st)
        return st.error();
    q.addBindValue(limit);
    if (Status st = sql::exec(q); !st)
        return st.error();
    QVector<ImportRecord> out;
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.user = q.value(2).toString();
        r.source = q.value(3).toString();
        r.fileName = q.value(4).toString();
        r.sha256 = q.value(5).toString();
        r.encoding = q.value(6).toString();
        r.profile = q.value(7).toString();
        r.rows = q.value(8).toInt();
        r.inserted = q.value(9).toInt();
        r.updated = q.value(10).toInt();
        r.unchanged = q.value(11).toInt();
        r.rejected = q.value(12).toInt();
        if (!q.value(13).isNull())
            r.rolledBackAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

} // namespace alumnidesk::hris
