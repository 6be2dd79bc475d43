// Shared by the eligibility tests: people built field by field, stored without validation (rules must cope
// with missing dates that the editor would refuse), and the SQL verdicts of the whole test roster.
#pragma once

#include "db/Database.h"
#include "db/SqlUtil.h"
#include "eligibility/RuleSqlCompiler.h"
#include "roster/Alumnus.h"
#include "roster/AlumnusRows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace alumnidesk::test {

inline Alumnus person(const QString &employeeId, const QDate &hire, const QDate &departure, const QString &departureType)
{
    Alumnus a;
    a.employeeId = employeeId;
    a.familyName = QStringLiteral("山田");
    a.givenName = QStringLiteral("太郎");
    a.familyKana = QStringLiteral("ヤマダ");
    a.givenKana = QStringLiteral("タロウ");
    a.birthDate = QDate(1985, 6, 15);
    Stint s;
    s.hireDate = hire;
    s.departureDate = departure;
    s.department = QStringLiteral("営業部");
    s.grade = QStringLiteral("G3");
    s.employmentType = QStringLiteral("regular");
    s.departureType = departureType;
    a.stints.append(s);
    return a;
}

/// Stores a person as given (no normalisation or validation); returns the row id.
inline qint64 store(Database &db, const Alumnus &a)
{
    AlumnusRows rows(db.sql(), db.backend());
    auto id = rows.insert(a);
    if (!id)
        qWarning("store: %s", qPrintable(id.errorText()));
    return id ? id.value() : 0;
}

/// Every verdict the SQL compiler gives for a rule set, by alumnus id.
inline QHash<qint64, int> sqlVerdicts(Database &db, const eligibility::RuleSet &set, const QDate &asOf)
{
    eligibility::RuleSqlCompiler compiler(db.backend(), asOf);
    const eligibility::CompiledSql c = compiler.verdicts(set);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QHash<qint64, int> out;
    if (!q.prepare(c.sql)) {
        qWarning("prepare: %s\n%s", qPrintable(q.lastError().text()), qPrintable(c.sql));
        return out;
    }
    for (const auto &b : c.binds)
        q.bindValue(b.first, b.second);
    if (!q.exec()) {
        qWarning("exec: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

} // namespace alumnidesk::test
