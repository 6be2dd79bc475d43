// The rule editor's live count and what-if, off the UI thread. It loads everyone's facts once (a worker with
// its own connection), then evaluates each draft against them: a request waits ~150 ms for the typing to
// pause, runs on a worker, and its result is dropped when a newer request has been made since (generation
// counter), so the screen only ever shows the numbers of the draft it shows.
#pragma once

#include "eligibility/RosterFacts.h"
#include "eligibility/RuleModel.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <QVector>

class QTimer;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

struct DraftResult {
    eligibility::VerdictCounts before; ///< the saved rule set
    eligibility::VerdictCounts after;  ///< the draft
    QVector<eligibility::VerdictChange> changes;
    qint64 elapsedMs = 0;              ///< evaluating the draft against everyone
};

class DraftCountJob : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    explicit DraftCountJob(QObject *parent = nullptr);
    /// Waits for the worker: nothing may run on after its owner is gone.
    ~DraftCountJob() override;

    /// Starts loading the roster's facts (once per database).
    void setDatabase(Database *db, const QDate &asOf = QDate::currentDate());
    /// The rule set the draft is compared with (a new rule set is compared with one without rules: everyone eligible).
    void setSaved(const eligibility::RuleSet &saved);
    /// Asks for the numbers of this draft; the answer comes as finished() after the debounce and the work.
    void request(const eligibility::RuleSet &draft);

    bool isBusy() const;
    quint64 generation() const { return m_generation; }
    bool factsLoaded() const { return m_facts != nullptr; }

signals:
    void finished(const alumnidesk::ui::DraftResult &result);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void start();
    void onFacts(std::shared_ptr<const eligibility::RosterFacts> facts, const QString &error);
    struct Saved {
        QVector<quint8> verdicts; ///< the saved rule set's verdict of everyone, in facts order
        eligibility::VerdictCounts counts;
    };
    void onResult(quint64 generation, quint64 savedSerial, std::shared_ptr<const Saved> saved, const DraftResult &result);

    QThreadPool m_pool;
    QTimer *m_debounce;
    std::shared_ptr<const eligibility::RosterFacts> m_facts;
    QDate m_asOf;
    eligibility::RuleSet m_saved;
    // Computed with the first draft and kept while the saved rule set stays: each further draft then costs
    // one evaluation per person instead of two.
    std::shared_ptr<const Saved> m_savedVerdicts;
    quint64 m_savedSerial = 0;
    std::optional<eligibility::RuleSet> m_pending;
    quint64 m_generation = 0;
    quint64 m_shown = 0;
    bool m_loading = false;
};

} // namespace alumnidesk::ui
