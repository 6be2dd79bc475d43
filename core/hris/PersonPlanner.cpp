#include "hris/PersonPlanner.h"

#include "db/Statement.h"

#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRows.h"
#include "roster/Validation.h"

#include <algorithm>

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

PersonPlanner::PersonPlanner(QSqlDatabase db, const StoreBackend &backend)
    : m_rows(std::make_unique<AlumnusRows>(db, backend))
    , m_attributes(std::make_unique<AlumnusAttributes>(db, backend))
{
}

PersonPlanner::~PersonPlanner() = default;

Result<std::optional<PlannedPerson>> PersonPlanner::plan(const QVector<const ImportRow *> &group,
                                                         ImportIssueList &issues, std::optional<qint64> knownId)
{
    PlannedPerson p;
    const QString employeeId = group.constFirst()->employeeId;
    if (!knownId) {
        auto existingId = m_rows->idForEmployeeId(employeeId);
        if (!existingId)
            return existingId.error();
        knownId = existingId.value();
    }
    const qint64 storedId = *knownId;
    Alumnus merged;
    if (storedId) {
        auto stored = m_rows->load(storedId);
        if (!stored)
            return stored.error();
        auto attrs = m_attributes->load(storedId);
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
    const QVector<ValidationIssue> problems = validate(merged, m_today);
    if (!problems.isEmpty()) {
        // The rows are fine one by one but not together (e.g. a rehire before the previous departure).
        for (const ValidationIssue &v : problems)
            issues.append({ImportIssue::Error, group.constFirst()->line, 0, QString(), employeeId, v.message});
        return std::optional<PlannedPerson>();
    }
    p.after = merged;
    if (!storedId) {
        p.action = PlannedPerson::Insert;
    } else {
        p.changes = diff(p.before, p.attributesBefore, p.after, p.attributes);
        p.action = p.changes.isEmpty() ? PlannedPerson::Unchanged : PlannedPerson::Update;
    }
    return std::optional<PlannedPerson>(std::move(p));
}

} // namespace alumnidesk::hris
