#include "hris/ImportPlanner.h"

#include "db/Database.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRows.h"
#include "roster/Validation.h"

#include <QCoreApplication>
#include <QHash>

namespace alumnidesk::hris {

namespace {

// Copies the stint fields the file gave onto a stored stint; an empty value in the file never erases.
void mergeStint(Stint &into, const Stint &from)
{
    auto take = [](QString &a, const QString &b) {
        if (!b.isEmpty())
            a = b;
    };
    if (from.departureDate.isValid())
        into.departureDate = from.departureDate;
    take(into.groupCompany, from.groupCompany);
    take(into.department, from.department);
    take(into.position, from.position);
    take(into.grade, from.grade);
    take(into.employmentType, from.employmentType);
    take(into.departureType, from.departureType);
    take(into.departureReason, from.departureReason);
}

void mergePerson(Alumnus &into, const Alumnus &from)
{
    if (!from.familyName.isEmpty() || !from.givenName.isEmpty()) {
        into.familyName = from.familyName;
        into.givenName = from.givenName;
    }
    if (!from.familyKana.isEmpty() || !from.givenKana.isEmpty()) {
        into.familyKana = from.familyKana;
        into.givenKana = from.givenKana;
    }
    if (from.birthDate.isValid())
        into.birthDate = from.birthDate;
    auto fill = [](QString &a, const QString &b) {
        if (a.isEmpty())
            a = b;
    };
    fill(into.email, from.email);
    fill(into.secondaryEmail, from.secondaryEmail);
    fill(into.phone, from.phone);
    fill(into.prefecture, from.prefecture);
}

QVector<FieldChange> diff(const Alumnus &before, const Attributes &attrsBefore, const Alumnus &after, const Attributes &attrs)
{
    QVector<FieldChange> changes;
    const auto a = auditFields(before);
    const auto b = auditFields(after);
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).second != b.at(i).second)
            changes.append({a.at(i).first, a.at(i).second, b.at(i).second});
    }
    for (const auto &attr : attrs) {
        QString old;
        for (const auto &o : attrsBefore) {
            if (o.first == attr.first)
                old = o.second;
        }
        if (old != attr.second)
            changes.append({QStringLiteral("attribute:") + attr.first, old, attr.second});
    }
    return changes;
}

} // namespace

ImportPlanner::ImportPlanner(Database &db)
    : m_db(db)
    , m_rows(std::make_unique<AlumnusRows>(db.sql(), db.backend()))
    , m_attributes(std::make_unique<AlumnusAttributes>(db.sql(), db.backend()))
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
        PlannedPerson p;
        const QString employeeId = group.constFirst()->employeeId;
        auto existingId = m_rows->idForEmployeeId(employeeId);
        if (!existingId)
            return existingId.error();
        Alumnus merged;
        if (existingId.value()) {
            auto stored = m_rows->load(existingId.value());
            if (!stored)
                return stored.error();
            auto attrs = m_attributes->load(existingId.value());
            if (!attrs)
                return attrs.error();
            p.before = stored.value();
            p.attributesBefore = attrs.value();
            merged = p.before;
        } else {
            // New to the roster: what AlumniDesk owns comes from the file too (its own export read back).
            merged = group.constFirst()->person;
            merged.stints.clear();
        }
        for (const ImportRow *row : group) {
            p.lines.append(row->line);
            mergePerson(merged, row->person);
            for (const auto &attr : row->customAttributes) {
                auto same = std::find_if(p.attributes.begin(), p.attributes.end(), [&](const auto &x) { return x.first == attr.first; });
                if (same != p.attributes.end())
                    same->second = attr.second;
                else
                    p.attributes.append(attr);
            }
            if (!row->hasStint)
                continue;
            auto stint = std::find_if(merged.stints.begin(), merged.stints.end(),
                                      [&](const Stint &s) { return s.hireDate == row->stint.hireDate; });
            if (stint != merged.stints.end())
                mergeStint(*stint, row->stint);
            else
                merged.stints.append(row->stint);
        }
        merged = normalized(merged);
        const QVector<ValidationIssue> problems = validate(merged);
        if (!problems.isEmpty()) {
            // The rows are fine one by one but not together (e.g. a rehire before the previous departure).
            for (const ValidationIssue &v : problems)
                plan.issues.append({ImportIssue::Error, group.constFirst()->line, 0, QString(), employeeId, v.message});
            plan.rejectedRows += int(group.size());
            continue;
        }
        p.after = merged;
        if (!existingId.value()) {
            p.action = PlannedPerson::Insert;
        } else {
            p.changes = diff(p.before, p.attributesBefore, p.after, p.attributes);
            p.action = p.changes.isEmpty() ? PlannedPerson::Unchanged : PlannedPerson::Update;
        }
        plan.people.append(p);
    }
    std::stable_sort(plan.issues.begin(), plan.issues.end(), [](const ImportIssue &a, const ImportIssue &b) {
        return a.line < b.line;
    });
    return plan;
}

} // namespace alumnidesk::hris
