// What an import would do, person by person, before anything is written: who is new, who changes and
// how (field by field, old → new), who is already up to date, and which rows are rejected and why. The
// dry run shows this; ImportExecutor carries it out unchanged.
#pragma once

#include "hris/ImportIssueList.h"
#include "roster/Alumnus.h"
#include "roster/AlumnusAttributes.h"

#include <QString>
#include <QVector>

namespace alumnidesk::hris {

struct FieldChange {
    QString field; ///< roster field key (family_name, stints, attribute:性別, …)
    QString oldValue;
    QString newValue;
};

struct PlannedPerson {
    enum Action { Insert, Update, Unchanged };
    Action action = Insert;
    QVector<int> lines;       ///< the file lines this person comes from
    Alumnus before;           ///< as stored (updates and unchanged)
    Attributes attributesBefore;
    Alumnus after;            ///< as it will be stored
    Attributes attributes;    ///< custom attributes the file sets
    QVector<FieldChange> changes;
};

struct ImportPlan {
    /// Every person (ImportPlanner), or a bounded sample of the new and the changed ones when `sampled`
    /// (the streaming import of a large file: the counts below are still complete).
    QVector<PlannedPerson> people;
    bool sampled = false;
    ImportIssueList issues;      ///< errors (rejected rows) and warnings, in file order once planned
    int rows = 0;                ///< data rows read
    int rejectedRows = 0;
    int counts[3] = {0, 0, 0};   ///< people by Action

    int count(PlannedPerson::Action action) const { return counts[action]; }

    /// Counts the person and keeps it.
    void add(PlannedPerson &&p)
    {
        ++counts[p.action];
        people.append(std::move(p));
    }
};

} // namespace alumnidesk::hris
