#include "db/SqliteSearchIndex.h"

#include "db/SqliteSearchColumns.h"
#include "search/NgramTokenizer.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace alumnidesk::sqlitesearch {

namespace {

struct FtsTable {
    const char *name;
    Table table;
    const char *options;
};

// columnsize=0 (schema 12): no per-row table of column sizes, which only ranking functions read and
// AlumniDesk has none; without it a rebuild at a million rows takes about 1–2 s less per table.
constexpr FtsTable kTables[] = {
    {"alumni_search", Bigram, "', columnsize='0"},
    {"alumni_search1", Unigram, " unigram', detail='none', columnsize='0"},
    {"alumni_search_domains", Domains, " whole', detail='none', columnsize='0"},
};

QString names(Table table)
{
    QStringList out;
    for (const Column &c : columns()) {
        if (c.tables & table)
            out.append(c.name);
    }
    return out.join(QStringLiteral(", "));
}

QString values(Table table, const QString &prefix)
{
    QStringList out;
    for (const Column &c : columns()) {
        if (c.tables & table)
            out.append(c.value().arg(prefix));
    }
    return out.join(QStringLiteral(", "));
}

QString createTable(const FtsTable &t)
{
    return QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='alumni_search_source', content_rowid='id', "
                          "tokenize='%3%4')")
        .arg(QLatin1String(t.name), names(t.table), QLatin1String(search::kTokenizerName), QLatin1String(t.options));
}

const char *tableName(search::SearchIndex index)
{
    switch (index) {
    case search::SearchIndex::Bigram:
        return "alumni_search";
    case search::SearchIndex::Unigram:
        return "alumni_search1";
    case search::SearchIndex::AcrossTheAt:
        return "alumni_search";
    case search::SearchIndex::Domains:
        break;
    }
    return "alumni_search_domains";
}

// People with an address whose mailbox ends with the head and whose domain starts with the tail: the
// bigram index (a MATCH on the mailboxes) gives the candidates, each checked against its own addresses. A
// split address is printable ASCII, so lower() is its search normal form; an unsplit one has no domain.
QString acrossTheAtSql(const QString &matchParam, const QString &headParam, const QString &tailParam)
{
    QStringList checks;
    for (const char *column : {"x.email", "x.secondary_email"}) {
        const QString e = QLatin1String(column);
        checks.append(QStringLiteral("(substr(lower(%1), -length(p.h)) = p.h AND substr(lower(%2), 1, length(p.t)) = p.t)")
                         .arg(mailbox(e), domain(e)));
    }
    return QStringLiteral("SELECT alumni_search.rowid FROM (SELECT %1 AS h, %2 AS t) p, alumni_search JOIN alumni x ON "
                          "x.id = alumni_search.rowid WHERE alumni_search MATCH %3 AND (%4)")
        .arg(headParam, tailParam, matchParam, checks.join(QStringLiteral(" OR ")));
}

Error readError(sqlite3 *db)
{
    return Error{QCoreApplication::translate("Database", "The search index could not be read."), QString::fromUtf8(sqlite3_errmsg(db))};
}

// Reads the row ids of one statement straight through the C API: at a million matches QSqlQuery's per-row
// QVariant costs more than FTS5 itself.
Status selectIds(sqlite3 *h, const QString &sqlText, const QStringList &params, QVector<qint64> &out)
{
    const QByteArray sql = sqlText.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        Error e = readError(h);
        sqlite3_finalize(stmt);
        return e;
    }
    for (int i = 0; i < params.size(); ++i) {
        const QByteArray value = params.at(i).toUtf8();
        sqlite3_bind_text(stmt, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out.append(sqlite3_column_int64(stmt, 0));
    if (rc != SQLITE_DONE) {
        Error e = readError(h);
        sqlite3_finalize(stmt);
        return e;
    }
    sqlite3_finalize(stmt);
    return {};
}

QVector<qint64> intersection(const QVector<qint64> &a, const QVector<qint64> &b)
{
    QVector<qint64> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

QVector<qint64> merged(const QVector<qint64> &a, const QVector<qint64> &b)
{
    QVector<qint64> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

Status matchIds(sqlite3 *h, const search::IndexMatch &match, QVector<qint64> &out)
{
    const QString table = QLatin1String(tableName(match.index));
    const QString byMatch = QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?1").arg(table);
    switch (match.index) {
    case search::SearchIndex::AcrossTheAt:
        if (Status st = selectIds(h, acrossTheAtSql(QStringLiteral("?1"), QStringLiteral("?2"), QStringLiteral("?3")),
                                  {match.expression, match.head, match.tail}, out);
            !st)
            return st;
        std::sort(out.begin(), out.end());
        return {};
    case search::SearchIndex::Domains:
        // One short doclist after another, merged here: cheaper than FTS5's OR over several terms.
        for (const QString &d : match.domains) {
            QVector<qint64> ids;
            if (Status st = selectIds(h, byMatch, {search::phrase(d)}, ids); !st)
                return st;
            out = out.isEmpty() ? std::move(ids) : merged(out, ids);
        }
        return {};
    case search::SearchIndex::Bigram:
    case search::SearchIndex::Unigram:
        break;
    }
    return selectIds(h, byMatch, {match.expression}, out);
}

} // namespace

QStringList schema()
{
    QStringList select;
    for (const Column &c : columns())
        select.append(c.value().arg(QString()) + QStringLiteral(" AS ") + c.name);
    QStringList ddl{QStringLiteral("CREATE VIEW alumni_search_source AS SELECT id, %1 FROM alumni").arg(select.join(QStringLiteral(", ")))};
    for (const FtsTable &t : kTables)
        ddl.append(createTable(t));
    ddl.append(QStringLiteral("CREATE VIRTUAL TABLE alumni_search_domain_terms USING fts5vocab(alumni_search_domains, row)"));
    // The distinct domains, which every search reads: the vocabulary table would count every posting of
    // each domain to list them. Triggers only add (a domain nobody uses any more matches nobody); a rebuild
    // starts it afresh from the vocabulary.
    ddl.append(QStringLiteral("CREATE TABLE alumni_email_domains (domain TEXT PRIMARY KEY) WITHOUT ROWID"));
    return ddl + triggers();
}

QStringList triggers()
{
    QString insertNew;
    QString deleteOld;
    for (const FtsTable &t : kTables) {
        const QString name = QLatin1String(t.name);
        insertNew += QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.id, %3); ")
                         .arg(name, names(t.table), values(t.table, QStringLiteral("new.")));
        deleteOld += QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.id, %3); ")
                         .arg(name, names(t.table), values(t.table, QStringLiteral("old.")));
    }
    // In search normal form, which for a split address (printable ASCII) is its ASCII lower case.
    insertNew += QStringLiteral("INSERT OR IGNORE INTO alumni_email_domains(domain) SELECT lower(d) FROM (SELECT %1 AS d UNION ALL "
                                "SELECT %2) WHERE d <> ''; ")
                     .arg(domain(QStringLiteral("new.email")), domain(QStringLiteral("new.secondary_email")));
    return {
        QStringLiteral("CREATE TRIGGER alumni_search_ai AFTER INSERT ON alumni BEGIN ") + insertNew + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER alumni_search_ad AFTER DELETE ON alumni BEGIN ") + deleteOld + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER alumni_search_au AFTER UPDATE OF family_name, given_name, family_kana, "
                       "given_kana, name_romaji, email, secondary_email, employee_id, current_employer, skills "
                       "ON alumni BEGIN ")
            + deleteOld + insertNew + QStringLiteral("END"),
    };
}

QStringList dropTriggers()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS alumni_search_ai"), QStringLiteral("DROP TRIGGER IF EXISTS alumni_search_ad"),
            QStringLiteral("DROP TRIGGER IF EXISTS alumni_search_au")};
}

QVector<IndexTable> indexTables()
{
    QVector<IndexTable> out;
    for (const FtsTable &t : kTables) {
        IndexTable table;
        table.name = QLatin1String(t.name);
        table.create = createTable(t);
        for (int i = 0; i < columns().size(); ++i) {
            if (columns().at(i).tables & t.table) {
                table.columns.append(i);
                table.columnNames.append(columns().at(i).name);
            }
        }
        // A large in-memory hash while rebuilding means fewer, larger segments written (much faster at a
        // million rows). No automatic merging meanwhile: at a million rows it merged the segments flushed
        // so far again and again and still left seven of them (nine without), costing a fifth of the
        // rebuild. The defaults are put back so everyday edits stay small and merge as before.
        table.before << QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', 33554432)").arg(table.name)
                     << QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('automerge', 0)").arg(table.name);
        table.after << QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('automerge', 4)").arg(table.name)
                    << QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', 1048576)").arg(table.name);
        out.append(table);
    }
    return out;
}

QStringList domainRefill()
{
    return {QStringLiteral("DELETE FROM alumni_email_domains"),
            QStringLiteral("INSERT INTO alumni_email_domains(domain) SELECT term FROM alumni_search_domain_terms")};
}

QStringList rebuildStatements()
{
    QStringList out;
    for (const IndexTable &t : indexTables())
        out << t.before << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(t.name) << t.after;
    return out << domainRefill();
}

QStringList dropAll()
{
    return dropTriggers()
        << QStringLiteral("DROP TABLE IF EXISTS alumni_email_domains")
        << QStringLiteral("DROP TABLE IF EXISTS alumni_search_domain_terms") << QStringLiteral("DROP TABLE IF EXISTS alumni_search_domains")
        << QStringLiteral("DROP TABLE IF EXISTS alumni_search") << QStringLiteral("DROP TABLE IF EXISTS alumni_search1")
        << QStringLiteral("DROP VIEW IF EXISTS alumni_search_source");
}

Status domains(sqlite3 *db, QStringList &out)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT domain FROM alumni_email_domains", -1, &stmt, nullptr) != SQLITE_OK) {
        Error e = readError(db);
        sqlite3_finalize(stmt);
        return e;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0)));
    if (rc != SQLITE_DONE) {
        Error e = readError(db);
        sqlite3_finalize(stmt);
        return e;
    }
    sqlite3_finalize(stmt);
    return {};
}

Status matches(sqlite3 *db, const search::SearchPlan &plan, QVector<qint64> &out)
{
    out.clear();
    bool first = true;
    for (const QVector<search::MatchConjunction> &group : plan.groups) {
        QVector<qint64> any;
        for (const search::MatchConjunction &conjunction : group) {
            QVector<qint64> all;
            bool firstMatch = true;
            for (const search::IndexMatch &m : conjunction) {
                QVector<qint64> ids;
                if (Status st = matchIds(db, m, ids); !st)
                    return st;
                all = firstMatch ? std::move(ids) : intersection(all, ids);
                firstMatch = false;
                if (all.isEmpty())
                    break;
            }
            any = any.isEmpty() ? std::move(all) : merged(any, all);
        }
        out = first ? std::move(any) : intersection(out, any);
        first = false;
        if (out.isEmpty())
            break;
    }
    return {};
}

SqlCondition condition(const QString &idExpr, const search::SearchPlan &plan)
{
    SqlCondition c;
    QStringList groups;
    for (const QVector<search::MatchConjunction> &group : plan.groups) {
        QStringList any;
        for (const search::MatchConjunction &conjunction : group) {
            QStringList all;
            for (const search::IndexMatch &m : conjunction) {
                auto bind = [&c](const QString &value) {
                    const QString name = QStringLiteral(":search%1").arg(c.binds.size());
                    c.binds.append({name, value});
                    return name;
                };
                if (m.index == search::SearchIndex::AcrossTheAt) {
                    const QString matchParam = bind(m.expression);
                    const QString headParam = bind(m.head);
                    all.append(QStringLiteral("%1 IN (%2)").arg(idExpr, acrossTheAtSql(matchParam, headParam, bind(m.tail))));
                    continue;
                }
                const QString table = QLatin1String(tableName(m.index));
                all.append(QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH %3)").arg(idExpr, table, bind(m.expression)));
            }
            any.append(all.join(QStringLiteral(" AND ")));
        }
        groups.append(any.size() == 1 ? any.constFirst() : QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR "))));
    }
    c.sql = groups.isEmpty() ? QStringLiteral("0") : groups.join(QStringLiteral(" AND "));
    return c;
}

} // namespace alumnidesk::sqlitesearch
