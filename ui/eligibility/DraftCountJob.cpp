#include "eligibility/DraftCountJob.h"

#include "db/Database.h"
#include "eligibility/RuleEvaluator.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <thread>
#include <vector>

namespace alumnidesk::ui {

using namespace eligibility;

namespace {

/// Calls f(begin, end, chunk) for `chunks` consecutive slices of [0, n), each on a thread of its own (the
/// first on the calling thread). Evaluators are read-only once built, so the slices share one.
template<typename F>
void forChunks(int n, int chunks, const F &f)
{
    const int size = (n + chunks - 1) / std::max(1, chunks);
    std::vector<std::thread> workers;
    for (int c = 1; c < chunks; ++c)
        workers.emplace_back([&f, n, size, c] { f(std::min(n, c * size), std::min(n, (c + 1) * size), c); });
    f(0, std::min(n, size), 0);
    for (std::thread &w : workers)
        w.join();
}

int chunkCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

} // namespace

DraftCountJob::DraftCountJob(QObject *parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DraftCountJob::start);
}

DraftCountJob::~DraftCountJob()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void DraftCountJob::setDatabase(Database *db, const QDate &asOf)
{
    m_pool.clear();
    m_pool.waitForDone();
    m_facts.reset();
    m_savedVerdicts.reset();
    m_asOf = asOf;
    ++m_generation;
    if (!db)
        return;
    m_loading = true;
    emit busyChanged(true);
    const Database *database = db;
    m_pool.start([this, database] {
        // A connection belongs to the thread that opened it: open, use and close it here.
        std::shared_ptr<const RosterFacts> facts;
        QString error;
        {
            auto connection = database->openConnection();
            if (!connection) {
                error = connection.errorText();
            } else {
                auto loaded = RosterFacts::load(connection.value()->db(), database->backend());
                if (loaded)
                    facts = loaded.value();
                else
                    error = loaded.errorText();
            }
        }
        QMetaObject::invokeMethod(this, [this, facts, error] { onFacts(facts, error); }, Qt::QueuedConnection);
    });
}

void DraftCountJob::setSaved(const RuleSet &saved)
{
    m_saved = saved;
    m_savedVerdicts.reset();
    ++m_savedSerial;
    ++m_generation;
}

void DraftCountJob::request(const RuleSet &draft)
{
    ++m_generation;
    m_pending = draft;
    m_debounce->start();
    emit busyChanged(true);
}

bool DraftCountJob::isBusy() const
{
    return m_loading || m_debounce->isActive() || m_shown != m_generation;
}

void DraftCountJob::onFacts(std::shared_ptr<const RosterFacts> facts, const QString &error)
{
    m_loading = false;
    if (!facts) {
        emit failed(error);
        emit busyChanged(false);
        return;
    }
    m_facts = std::move(facts);
    if (m_pending && !m_debounce->isActive())
        start();
}

void DraftCountJob::start()
{
    if (!m_pending || !m_facts || m_loading)
        return;
    const quint64 generation = m_generation;
    const quint64 savedSerial = m_savedSerial;
    const RuleSet draft = *m_pending;
    const RuleSet savedSet = m_saved;
    std::shared_ptr<const Saved> saved = m_savedVerdicts;
    const auto facts = m_facts;
    const QDate asOf = m_asOf;
    m_pool.start([this, generation, savedSerial, draft, savedSet, saved, facts, asOf]() mutable {
        QElapsedTimer timer;
        timer.start();
        const QVector<PersonFacts> &people = facts->people();
        const int n = int(people.size());
        const int chunks = chunkCount();
        if (!saved) {
            auto fresh = std::make_shared<Saved>();
            const RuleEvaluator before(savedSet, facts->texts(), asOf);
            fresh->verdicts.resize(n);
            std::vector<std::array<qint64, 3>> counts(size_t(chunks), {0, 0, 0});
            quint8 *out = fresh->verdicts.data();
            forChunks(n, chunks, [&](int begin, int end, int c) {
                for (int i = begin; i < end; ++i) {
                    const Verdict v = before.verdict(people.at(i));
                    out[i] = quint8(v);
                    ++counts[size_t(c)][size_t(v)];
                }
            });
            for (const auto &c : counts) {
                fresh->counts.eligible += c[0];
                fresh->counts.needsReview += c[1];
                fresh->counts.notEligible += c[2];
            }
            saved = std::move(fresh);
            timer.restart(); // what a keystroke costs from now on
        }
        DraftResult r;
        r.before = saved->counts;
        const RuleEvaluator after(draft, facts->texts(), asOf);
        std::vector<std::array<qint64, 3>> counts(size_t(chunks), {0, 0, 0});
        std::vector<QVector<VerdictChange>> changes(static_cast<size_t>(chunks));
        forChunks(n, chunks, [&](int begin, int end, int c) {
            auto &mine = counts[size_t(c)];
            QVector<VerdictChange> &moved = changes[size_t(c)];
            for (int i = begin; i < end; ++i) {
                const Verdict a = after.verdict(people.at(i));
                ++mine[size_t(a)];
                const Verdict b = Verdict(saved->verdicts.at(i));
                if (a != b)
                    moved.append({people.at(i).id, b, a});
            }
        });
        for (size_t c = 0; c < counts.size(); ++c) {
            r.after.eligible += counts[c][0];
            r.after.needsReview += counts[c][1];
            r.after.notEligible += counts[c][2];
            r.changes += changes[c]; // slices in order: still ascending by id
        }
        r.elapsedMs = timer.elapsed();
        QMetaObject::invokeMethod(this, [this, generation, savedSerial, saved, r] { onResult(generation, savedSerial, saved, r); },
                                  Qt::QueuedConnection);
    });
}

void DraftCountJob::onResult(quint64 generation, quint64 savedSerial, std::shared_ptr<const Saved> saved,
                             const DraftResult &result)
{
    if (savedSerial == m_savedSerial)
        m_savedVerdicts = std::move(saved);
    // A newer draft was asked for meanwhile: these numbers describe a draft no longer on screen.
    if (generation != m_generation)
        return;
    m_shown = generation;
    m_pending.reset();
    emit finished(result);
    emit busyChanged(false);
}

} // namespace alumnidesk::ui
