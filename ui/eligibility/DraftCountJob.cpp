#include "eligibility/DraftCountJob.h"

#include "db/Database.h"

#include <QElapsedTimer>
#include <QTimer>

namespace alumnidesk::ui {

using namespace eligibility;

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
    m_savedCounts.reset();
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
                auto loaded = RosterFacts::load(connection.value()->db());
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
    m_savedCounts.reset();
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
    const RuleSet draft = *m_pending;
    const RuleSet saved = m_saved;
    const std::optional<VerdictCounts> savedCounts = m_savedCounts;
    const auto facts = m_facts;
    const QDate asOf = m_asOf;
    m_pool.start([this, generation, draft, saved, savedCounts, facts, asOf] {
        QElapsedTimer timer;
        timer.start();
        const DraftPreview preview(facts, asOf);
        DraftResult r;
        r.before = savedCounts ? *savedCounts : preview.counts(saved);
        // The draft's numbers follow from the saved ones and the people whose verdict moves: one pass
        // over everyone (two evaluations each) instead of two.
        r.changes = preview.compare(saved, draft);
        r.after = r.before;
        for (const VerdictChange &c : r.changes) {
            r.after.add(c.before, -1);
            r.after.add(c.after, 1);
        }
        r.elapsedMs = timer.elapsed();
        QMetaObject::invokeMethod(this, [this, generation, r] { onResult(generation, r); }, Qt::QueuedConnection);
    });
}

void DraftCountJob::onResult(quint64 generation, const DraftResult &result)
{
    // A newer draft was asked for meanwhile: these numbers describe a draft no longer on screen.
    if (generation != m_generation)
        return;
    m_shown = generation;
    m_savedCounts = result.before;
    m_pending.reset();
    emit finished(result);
    emit busyChanged(false);
}

} // namespace alumnidesk::ui
