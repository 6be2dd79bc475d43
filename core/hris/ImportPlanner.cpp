#include "hris/ImportPlanner.h"

#include "db/Database.h"
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

    // Group the acceptable rows by person, in file order; reject the same person and hire date twice.
    QHash<QString, int> personIndex;
    QVector<QVector<const ImportRow *>> groups;
    QHash<QString, int> seenStint; // employee ID + hire date → line
    for (const ImportRow &row : rows) {
        plan.issues += row.issues;
        if (row.rejected()) {
            ++plan.rejectedRows;
            continue;
        }
        const QString stintKey = row.employeeId + QLatin1Char('|') + row.stint.hireDate.toString(Qt::ISODate);
        if (row.hasStint && seenStint.contains(stintKey)) {
            plan.issues.append({ImportIssue::Error, row.line, 0, QString(), row.employeeId,
                                QCoreApplication::translate("ImportPlanner",
                                                            "Employee ID %1 with the hire date %2 already appears on line "
                                                            "%3: the same employment twice.")
                                    .arg(row.employeeId, row.stint.hireDate.toString(Qt::ISODate))
                                    .arg(seenStint.value(stintKey))});
            ++plan.rejectedRows;
            continue;
        }
        if (row.hasStint)
            seenStint.insert(stintKey, row.line);
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
    std::stable_sort(plan.issues.begin(), plan.issues.end(), [](const ImportIssue &a, const ImportIssue &b) {
        return a.line < b.line;
    });
    return plan;
}

} // namespace alumnidesk::hris
