// The computed verdicts (overrides not applied) of everyone in a KPI snapshot under a rule set on a day,
// evaluated in C++ (eligibility::RuleEvaluator, which the property test proves agrees with the rules' SQL)
// and kept for later refreshes: the first call for a (rule set, day) judges everyone (some 100 ms at a
// million alumni), later ones only the people the change feed re-read since (KpiSnapshot::changedPeople()).
// The dashboard's eligibility KPIs ask for two days (the ends of the period and of the one before), so a
// refresh after an edit judges a handful of people. Thread-safe; copied with its snapshot.
#pragma once

#include "eligibility/RuleModel.h"

#include <QByteArray>
#include <QDate>
#include <QMutex>

#include <memory>
#include <vector>

namespace alumnidesk::kpi {

class KpiSnapshot;

class SnapshotVerdicts {
public:
    SnapshotVerdicts() = default;
    SnapshotVerdicts(const SnapshotVerdicts &other);
    SnapshotVerdicts &operator=(const SnapshotVerdicts &) = delete;

    /// Every person's verdict (eligibility::Verdict as a number), by index into the snapshot's people();
    /// a removed person's is left as it was. `s` is the snapshot holding this object.
    std::shared_ptr<const std::vector<qint8>> of(const KpiSnapshot &s, const eligibility::RuleSet &set, const QDate &day) const;

    /// Above this many people, judging everyone is split over two threads (50,000; tests lower it).
    static void setSplitAbove(size_t people);

private:
    struct Entry {
        QByteArray key;   ///< the rule set's JSON and the day
        size_t seen = 0;  ///< how much of changedPeople() the verdicts reflect
        std::shared_ptr<std::vector<qint8>> verdicts;
        quint64 used = 0; ///< for dropping the least recently used
    };
    static constexpr size_t kKept = 8; ///< (rule set, day) pairs kept: 1 byte a person each

    mutable QMutex m_mutex;
    mutable std::vector<Entry> m_entries;
    mutable quint64 m_clock = 0;
};

} // namespace alumnidesk::kpi
