#include "db/SqliteBackend.h"

#include "db/SqlUtil.h"
#include "search/NgramTokenizer.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace alumnidesk {

namespace {

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// The searchable text of one alumni row, as the index sees it. Used by the view the index rebuilds from
// and by the triggers, which must give byte-identical values for FTS5's 'delete' to work.
QString searchColumns(const QString &p)
{
    return QStringLiteral("%1family_name || %1given_name, %1family_kana || %1given_kana, %1name_romaji, "
                          "%1email || ' ' || %1secondary_email, %1employee_id, %1current_employer, %1skills")
        .arg(p);
}

const QString kColumns = QStringLiteral("name, kana, romaji, email, employee_id, employer, skills");

} // namespace

QString SqliteBackend::driverName() const
{
    return QStringLiteral("QSQLITE");
}

Status SqliteBackend::configureReadOnly(QSqlDatabase &db)
{
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return Error{QCoreApplication::translate("Database", "The SQLite driver did not expose its connection."), {}};
    if (Status st = search::registerNgramTokenizer(h); !st)
        return st;
    return sql::execAll(db, {QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON"),
                             QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -32000")});
}

Status SqliteBackend::configureConnection(QSqlDatabase &db) const
{
    if (Status st = configureReadOnly(db); !st)
        return st;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Database", "The database could not be switched to WAL mode."));
    return sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Status SqliteBackend::beginWrite(QSqlDatabase &db) const
{
    return sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
}

QStringList SqliteBackend::searchTriggers()
{
    const QString insertNew = QStringLiteral("INSERT INTO alumni_search(rowid, %1) VALUES (new.id, %2);")
                                  .arg(kColumns, searchColumns(QStringLiteral("new.")));
    const QString deleteOld =
        QStringLiteral("INSERT INTO alumni_search(alumni_search, rowid, %1) VALUES ('delete', old.id, %2);")
            .arg(kColumns, searchColumns(QStringLiteral("old.")));
    return {
        QStringLiteral("CREATE TRIGGER alumni_search_ai AFTER INSERT ON alumni BEGIN ") + insertNew
            + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER alumni_search_ad AFTER DELETE ON alumni BEGIN ") + deleteOld
            + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER alumni_search_au AFTER UPDATE OF family_name, given_name, family_kana, "
                       "given_kana, name_romaji, email, secondary_email, employee_id, current_employer, skills "
                       "ON alumni BEGIN ")
            + deleteOld + QLatin1Char(' ') + insertNew + QStringLiteral(" END"),
    };
}

QStringList SqliteBackend::searchIndexSchema() const
{
    QStringList ddl{
        QStringLiteral("CREATE VIEW alumni_search_source AS SELECT id, family_name || given_name AS name, "
                       "family_kana || given_kana AS kana, name_romaji AS romaji, "
                       "email || ' ' || secondary_email AS email, employee_id, current_employer AS employer, "
                       "skills FROM alumni"),
        QStringLiteral("CREATE VIRTUAL TABLE alumni_search USING fts5(%1, content='alumni_search_source', "
                       "content_rowid='id', tokenize='%2', prefix='1')")
            .arg(kColumns, QLatin1String(search::kTokenizerName)),
    };
    ddl += searchTriggers();
    return ddl;
}

QString SqliteBackend::searchCondition(const QString &idExpr) const
{
    return idExpr + QStringLiteral(" IN (SELECT rowid FROM alumni_search WHERE alumni_search MATCH :search)");
}

QString SqliteBackend::searchParameter(const QString &userQuery) const
{
    return search::ftsMatchExpression(userQuery);
}

Status SqliteBackend::suspendSearchIndex(QSqlDatabase &db) const
{
    return sql::execAll(db, {QStringLiteral("DROP TRIGGER IF EXISTS alumni_search_ai"),
                             QStringLiteral("DROP TRIGGER IF EXISTS alumni_search_ad"),
                             QStringLiteral("DROP TRIGGER IF EXISTS alumni_search_au")});
}

Status SqliteBackend::rebuildSearchIndex(QSqlDatabase &db) const
{
    if (Status st = suspendSearchIndex(db); !st)
        return st;
    if (Status st = sql::exec(db, QStringLiteral("INSERT INTO alumni_search(alumni_search) VALUES ('rebuild')")); !st)
        return st;
    return sql::execAll(db, searchTriggers());
}

} // namespace alumnidesk
