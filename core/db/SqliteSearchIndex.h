// The search index on SQLite: three FTS5 tables with AlumniDesk's ngram tokenizer over the alumni rows
// (external content through one view, kept current by row triggers):
//   alumni_search          bigrams with positions — names, kana, romaji, the mailbox of each address (up to
//                          and including its '@'), employee ID, employer, skills;
//   alumni_search1         single characters without positions — the same fields with whole addresses;
//   alumni_search_domains  each address's domain as one token (see search/SearchPlan.h for why);
//   alumni_email_domains   the distinct domains (a small table, filled from the vocabulary table
//                          alumni_search_domain_terms by a rebuild, added to by the triggers).
#pragma once

#include "common/Result.h"
#include "search/SearchPlan.h"

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

struct sqlite3;

namespace alumnidesk::sqlitesearch {

/// CREATE statements for the view, the tables above and the triggers.
QStringList schema();
/// CREATE TRIGGER statements that keep the three tables current row by row.
QStringList triggers();
/// DROP TRIGGER statements for them.
QStringList dropTriggers();
/// Statements that refill the three tables from every alumni row.
QStringList rebuildStatements();

/// One of the three FTS5 tables, as rebuildStatements() fills it (for db/SqliteSearchIndexBuild.h).
struct IndexTable {
    QString name;
    QString create;          ///< its CREATE VIRTUAL TABLE statement, as schema() has it
    QVector<int> columns;    ///< its columns as positions among the content view's (columns())
    QStringList columnNames; ///< and their names
    QStringList before;      ///< the settings of a bulk fill, run before the rows go in
    QStringList after;       ///< the everyday settings, put back afterwards
};
QVector<IndexTable> indexTables();
/// Statements that list the distinct domains afresh from the domain index.
QStringList domainRefill();
/// DROP statements for everything schema() creates, in any earlier shape (schema 2–9 had two tables).
QStringList dropAll();

/// The distinct e-mail domains in search normal form.
Status domains(sqlite3 *db, QStringList &out);
/// The ids the plan finds, ascending.
Status matches(sqlite3 *db, const search::SearchPlan &plan, QVector<qint64> &out);

/// The plan as an SQL condition on `idExpr`, with its named parameters.
struct SqlCondition {
    QString sql;
    QVector<QPair<QString, QVariant>> binds;
};
SqlCondition condition(const QString &idExpr, const search::SearchPlan &plan);

} // namespace alumnidesk::sqlitesearch
