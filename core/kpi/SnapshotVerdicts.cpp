#include "kpi/SnapshotVerdicts.h"

#include "eligibility/RuleEvaluator.h"
#include "eligibility/RuleJson.h"
#include "kpi/KpiSnapshot.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>

namespace alumnidesk::kpi {

namespace {

// Up to this many people one thread judges them all (starting a thread would cost more than it saves).
std::atomic<size_t> splitAbove{50000};

} // namespace

SnapshotVerdicts::SnapshotVerdicts(const SnapshotVerdicts &other)
{
    QMutexLocker lock(&other.m_mutex);
    m_entries = other.m_entries; // the vectors are shared: of() copies one before changing it while shared
    m_clock = other.m_clock;
}

void SnapshotVerdicts::setSplitAbove(size_t people)
{
    splitAbove = people;
}

std::shared_ptr<const std::vector<qint8>> SnapshotVerdicts::of(const KpiSnapshot &s, const eligibility::RuleSet &set,
                                                               const QDate &day) const
{
    const QByteArray key = QJsonDocument(eligibility::ruleSetToJson(set)).toJson(QJsonDocument::Compact) + '\n'
        + day.toString(Qt::ISODate).toLatin1();
    QMutexLocker lock(&m_mutex);
    auto found = std::find_if(m_entries.begin(), m_entries.end(), [&key](const Entry &e) { return e.key == key; });
    if (found == m_entries.end()) {
        if (m_entries.size() >= kKept) {
            m_entries.erase(std::min_element(m_entries.begin(), m_entries.end(),
                                             [](const Entry &a, const Entry &b) { return a.used < b.used; }));
        }
        m_entries.push_back({key, 0, nullptr, 0});
        found = m_entries.end() - 1;
    }
    Entry &e = *found;
    e.used = ++m_clock;
    const std::vector<eligibility::PersonFacts> &facts = s.ruleFacts();
    const std::vector<SnapPerson> &people = s.people();
    const std::vector<qint32> &changed = s.changedPeople();
    // Compiled now: the rule's texts are looked up in the snapshot's dictionary as it is now (a text new
    // since the last call can only be a re-read person's).
    const eligibility::RuleEvaluator evaluator(set, s.ruleTexts(), day);
    auto judge = [&](std::vector<qint8> &out, size_t i) {
        if (people[i].live)
            out[i] = qint8(evaluator.verdict(facts[i]));
    };
    if (!e.verdicts) {
        auto all = std::make_shared<std::vector<qint8>>(facts.size());
        // Everyone: a new day judges a million people; a second thread takes the upper half (the evaluator
        // is read-only, each thread writes its own elements).
        const size_t half = facts.size() > splitAbove.load() && QThread::idealThreadCount() > 1 ? facts.size() / 2 : facts.size();
        std::thread upper;
        if (half < facts.size()) {
            upper = std::thread([&judge, &all, half, end = facts.size()] {
                for (size_t i = half; i < end; ++i)
                    judge(*all, i);
            });
        }
        for (size_t i = 0; i < half; ++i)
            judge(*all, i);
        if (upper.joinable())
            upper.join();
        e.verdicts = all;
        e.seen = changed.size();
        return e.verdicts;
    }
    if (e.seen == changed.size() && e.verdicts->size() == facts.size())
        return e.verdicts;
    if (e.verdicts.use_count() > 1) // a copy of the snapshot, or a caller, still reads these
        e.verdicts = std::make_shared<std::vector<qint8>>(*e.verdicts);
    std::vector<qint8> &out = *e.verdicts;
    const size_t known = out.size();
    out.resize(facts.size());
    for (size_t i = known; i < facts.size(); ++i)
        judge(out, i);
    for (size_t c = std::min(e.seen, changed.size()); c < changed.size(); ++c) {
        const size_t i = size_t(changed[c]);
        if (i < known)
            judge(out, i);
    }
    e.seen = changed.size();
    return e.verdicts;
}

} // namespace alumnidesk::kpi
