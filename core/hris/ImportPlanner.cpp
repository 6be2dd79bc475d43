#include "hris/ImportPlanner.h"

#include "db/Database.h"
#include "hris/DuplicateRows.h"
#include "hris/PersonPlanner.h"

#include <QCoreApplication>
#include <QHash>

namespace alumnidesk::hris {

ImportPlanner::ImportPlanner(Database &db)
    : m_person(std::make_unique<PersonPlanner>(db.sql(), db.backend()))
{
}

ImportPlanner::~ImportPlanner() = default;

Result<ImportPlan> ImportPlanner::plan(const QVector<ImportRow> &rows, const std::function<bool()> &cancelled)
{
    ImportPlan plan;
    plan.rows = int(rows.size());

    // Group the acceptable rows by person, in file order; reject the same person and hire date twice (see
    // DuplicateRows.h: an earlier rejected row counts too).
    QHash<QString, int> personIndex;
    QVector<QVector<const ImportRow *>> groups;
    QHash<QString, int> seenStint;      // employee ID + hire date → line
    QHash<QString, int> unreadableHire; // employee ID → line of a rejected row without a readable hire date
    auto stintKey = [](const ImportRow &row) -> QString {
        return row.employeeId + QLatin1Char('|') + row.stint.hireDate.toString(Qt::ISODate);
    };
    for (const ImportRow &row : rows) {
        plan.issues += row.issues;
        if (row.rejected()) {
            ++plan.rejectedRows;
            if (row.employeeId.isEmpty() || !row.hasStint)
                continue; // a row with no employment in it cannot be the same employment as a later row
            if (row.stint.hireDate.isValid()) {
                if (!seenStint.contains(stintKey(row)))
                    seenStint.insert(stintKey(row), row.line);
            } else if (!unreadableHire.contains(row.employeeId)) {
                unreadableHire.insert(row.employeeId, row.line);
            }
            continue;
        }
        const QString key = stintKey(row);
        const int sameStint = row.hasStint ? seenStint.value(key, 0) : 0;
        const int unreadable = row.stint.hireDate.isValid() ? unreadableHire.value(row.employeeId, 0) : 0;
        if (sameStint > 0 || unreadable > 0) {
            const QString reason = sameStint > 0 && (unreadable == 0 || sameStint < unreadable)
                ? duplicateMessage(row.employeeId, row.stint.hireDate.toString(Qt::ISODate), sameStint)
                : duplicateOfUnreadableMessage(row.employeeId, unreadable);
            plan.issues.append({ImportIssue::Error, row.line, 0, QString(), row.employeeId, reason});
            ++plan.rejectedRows;
            continue;
        }
        if (row.hasStint)
            seenStint.insert(key, row.line);
        auto it = personIndex.constFind(row.employeeId);
        if (it == personIndex.constEnd()) {
            it = personIndex.insert(row.employeeId, int(groups.size()));
            groups.append(QVector<const ImportRow *>());
        }
        groups[it.value()].append(&row);
    }

    for (const auto &group : std::as_const(groups)) {
        if (cancelled && cancelled())
            return Error{QCoreApplication::translate("ImportPlanner", "Cancelled; nothing was imported."), {}};
        auto person = m_person->plan(group, plan.issues);
        if (!person)
            return person.error();
        if (!person.value()) {
            plan.rejectedRows += int(group.size());
            continue;
        }
        plan.add(std::move(*person.value()));
    }
    if (Status st = plan.issues.sortByLine(); !st)
        return st.error();
    return plan;
}

} // namespace alumnidesk::hris
