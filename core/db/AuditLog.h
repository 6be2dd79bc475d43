// The audit trail: who (the OS user) changed what, when, from which part of AlumniDesk, with old and new
// values. Written inside the caller's transaction, so a change and its record land together or not at all.
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

namespace alumnidesk {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString source;    ///< "ui", "cli", "import", "demo"
    QString action;    ///< "insert", "update", "delete", "restore", "bulk_insert"
    QString entity;    ///< "alumnus"
    QString entityKey; ///< the employee ID
    QString field;     ///< column name for updates; empty for whole-record actions
    QString oldValue;
    QString newValue;
};

/// The login name of the person running AlumniDesk.
QString currentOsUser();

class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db);

    /// Prepares the insert once; record() reuses it.
    Status record(const QString &source, const QString &action, const QString &entity, const QString &entityKey,
                  const QString &field = {}, const QString &oldValue = {}, const QString &newValue = {});

    /// Entries for one record, newest first.
    static Result<QVector<AuditEntry>> history(QSqlDatabase &db, const QString &entity, const QString &entityKey,
                                               int limit = 200);

    /// One alumnus's entries, newest first, across changes of their employee ID: an ID change is recorded
    /// under the new ID with the old one as its old value, and the entries made under an old ID before that
    /// change are followed; entries under an ID from before this person's "insert" under it are a former
    /// holder's and left out.
    static Result<QVector<AuditEntry>> alumnusHistory(QSqlDatabase &db, const QString &employeeId, int limit = 200);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    bool m_prepared = false;
    QString m_user;
};

} // namespace alumnidesk
