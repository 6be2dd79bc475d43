// SQLite specifics: WAL, foreign keys, busy timeout, and the search index: FTS5 tables with AlumniDesk's
// ngram tokenizer over the alumni rows, kept current by triggers (db/SqliteSearchIndex.h).
#pragma once

#include "db/StoreBackend.h"
#include "search/SearchPlan.h"

namespace alumnidesk {

class SqliteBackend final : public StoreBackend {
public:
    QString driverName() const override;
    Status configureConnection(QSqlDatabase &db) const override;
    Status beginWrite(QSqlDatabase &db) const override;
    std::function<void()> interrupter(QSqlDatabase &db) const override;
    Result<std::unique_ptr<Statement>> prepare(QSqlDatabase &db, const QString &sql) const override;
    QStringList searchIndexSchema() const override;
    Result<Condition> searchCondition(QSqlDatabase &db, const QString &idExpr, const QString &userQuery) const override;
    Result<QVector<qint64>> searchMatches(QSqlDatabase &db, const QString &userQuery) const override;
    qint64 changeCounter(QSqlDatabase &db) const override;
    QString wholeMonthsSql(const QString &first, const QString &end) const override;
    QString nextDaySql(const QString &date) const override;
    QString greatestSql(const QStringList &values) const override;
    QVariant enterBulkMode(QSqlDatabase &db) const override;
    void leaveBulkMode(QSqlDatabase &db, const QVariant &saved) const override;
    QVariant capPageCache(QSqlDatabase &db, int kib) const override;
    void restorePageCache(QSqlDatabase &db, const QVariant &saved) const override;
    bool suspendCheckConstraints(QSqlDatabase &db) const override;
    void resumeCheckConstraints(QSqlDatabase &db) const override;
    bool useSortHelpers(QSqlDatabase &db, bool on) const override;
    void flushPageCache(QSqlDatabase &db) const override;
    Result<QVector<QPair<QString, QString>>> dropSecondaryIndexes(QSqlDatabase &db, const QStringList &tables) const override;
    void compactAfterBulkLoad(QSqlDatabase &db) const override;
    bool enterSoleWriterJournal(QSqlDatabase &db) const override;
    Status leaveSoleWriterJournal(QSqlDatabase &db) const override;
    Status beginNewFileBuild(QSqlDatabase &db) const override;
    Status endNewFileBuild(QSqlDatabase &db) const override;
    Status suspendSearchIndex(QSqlDatabase &db) const override;
    Status rebuildSearchIndex(QSqlDatabase &db) const override;
    Result<std::unique_ptr<SearchIndexBuild>> startSearchIndexBuild(QSqlDatabase &db, const std::function<bool()> &cancelled) const override;
    Status recreateSearchIndex(QSqlDatabase &db) const override;
    QStringList skillsIndexSchema() const override;
    Status suspendSkillsIndex(QSqlDatabase &db) const override;
    Status rebuildSkillsIndex(QSqlDatabase &db) const override;

    /// Applies only what is safe on a read-only connection (no journal mode change, no writes).
    /// Settings of the SQLite library for the whole process, made once before the first connection opens
    /// (SQLite refuses them afterwards, harmlessly).
    static void configureLibrary();
    static Status configureReadOnly(QSqlDatabase &db);
    /// Called just before a connection closes: finalizes native statements that are still alive on it.
    static void releaseStatements(QSqlDatabase &db);
    /// "The file is in use by another program", for SQLITE_BUSY.
    static QString inUseMessage(const QString &shownPath);
    /// Whether the statement failed with SQLITE_BUSY (another connection holds the lock it needed).
    static bool isBusy(const QSqlQuery &q);

private:
    static Result<search::SearchPlan> searchPlan(QSqlDatabase &db, const QString &userQuery);
};

} // namespace alumnidesk
