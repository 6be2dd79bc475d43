#include "search/SearchFoldingMigration.h"

#include "db/RosterRevision.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "text/Romaji.h"

#include <QSqlQuery>

namespace alumnidesk::search {

Status migrateToFoldedSearch(QSqlDatabase &db, const StoreBackend &backend)
{
    // Row triggers off while name_romaji is rewritten: the index is rebuilt once below, and the revision
    // must not move (verdicts do not depend on romaji).
    if (Status st = backend.suspendSearchIndex(db); !st)
        return st;
    if (Status st = rosterrevision::suspend(db); !st)
        return st;

    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (Status st = sql::prepare(read, QStringLiteral("SELECT id, family_kana, given_kana, name_romaji FROM alumni")); !st)
        return st;
    if (Status st = sql::prepare(write, QStringLiteral("UPDATE alumni SET name_romaji = ? WHERE id = ?")); !st)
        return st;
    if (Status st = sql::exec(read); !st)
        return st;
    while (read.next()) {
        const QString romaji = text::searchRomaji(read.value(1).toString(), read.value(2).toString());
        if (romaji == read.value(3).toString())
            continue;
        write.addBindValue(romaji);
        write.addBindValue(read.value(0));
        if (Status st = sql::exec(write); !st)
            return st;
    }
    read.finish();

    if (Status st = sql::execAll(db, rosterrevision::triggers()); !st)
        return st;
    // Replaced, not only refilled: a file of schemas 2–6 holds the index's tables as they were then, and
    // today's refill (domain table and all, schema 11) does not fit them. Schemas 11 and 12 replace it again.
    return backend.recreateSearchIndex(db);
}

} // namespace alumnidesk::search
