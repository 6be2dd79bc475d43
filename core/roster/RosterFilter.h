// What the roster list shows: the search text, the filters and the sort order.
#pragma once

#include "roster/RosterColumns.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace alumnidesk {

struct RosterFilter {
    QString search;
    QStringList departments;    ///< department at (last) departure, any of
    int departureYearFrom = 0;  ///< inclusive; 0 = no lower bound
    int departureYearTo = 0;    ///< inclusive; 0 = no upper bound
    QStringList departureTypes; ///< vocabulary keys, any of
    QStringList statuses;       ///< membership status keys, any of
    QStringList tags;           ///< any of
    /// Eligibility: people whose verdict under this rule set (rule_sets.id; 0 = no verdict filter) is any of
    /// `verdicts` (0 eligible, 1 needs review, 2 not eligible), an override in force on `verdictDate`
    /// (invalid = today) taking the place of the computed verdict. Reads the materialised verdict table.
    qint64 verdictRuleSet = 0;
    QList<int> verdicts;
    QDate verdictDate;

    /// Only people with at least one open candidacy in the rehire pipeline (選考中).
    bool inPipeline = false;

    bool hasVerdictFilter() const { return verdictRuleSet > 0 && !verdicts.isEmpty(); }

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && departments.isEmpty() && departureYearFrom == 0 && departureYearTo == 0
            && departureTypes.isEmpty() && statuses.isEmpty() && tags.isEmpty() && !hasVerdictFilter() && !inPipeline;
    }
    friend bool operator==(const RosterFilter &a, const RosterFilter &b)
    {
        return a.search == b.search && a.departments == b.departments && a.departureYearFrom == b.departureYearFrom
            && a.departureYearTo == b.departureYearTo && a.departureTypes == b.departureTypes
            && a.statuses == b.statuses && a.tags == b.tags && a.verdictRuleSet == b.verdictRuleSet
            && a.verdicts == b.verdicts && a.verdictDate == b.verdictDate && a.inPipeline == b.inPipeline;
    }
    friend bool operator!=(const RosterFilter &a, const RosterFilter &b) { return !(a == b); }
};

struct RosterSort {
    RosterSort() = default;
    RosterSort(RosterColumn c, bool desc, qint64 ruleSet = 0, const QDate &date = {})
        : column(c)
        , descending(desc)
        , verdictRuleSet(ruleSet)
        , verdictDate(date)
    {
    }

    RosterColumn column = RosterColumn::Kana;
    bool descending = false;
    /// Sorting by RosterColumn::Pipeline: people with open candidacies first (last when descending), each
    /// group in 50音 order.
    /// Sorting by RosterColumn::Verdict: the rule set (rule_sets.id) whose effective verdicts order the list —
    /// Eligible, Needs review, Not eligible (reversed when descending), people not evaluated yet last, each
    /// group in 50音 order. Overrides in force on `verdictDate` (invalid = today) count. 0: 50音 order.
    qint64 verdictRuleSet = 0;
    QDate verdictDate;

    friend bool operator==(const RosterSort &a, const RosterSort &b)
    {
        return a.column == b.column && a.descending == b.descending && a.verdictRuleSet == b.verdictRuleSet
            && a.verdictDate == b.verdictDate;
    }
};

} // namespace alumnidesk
