// The roster list as a table model that stays smooth at a million alumni. It holds the ordered ids of the
// current filter and sort (8 bytes a row, computed off the UI thread by RosterLoader) and fetches rows by id
// in pages of 128 into a bounded LRU cache, so memory stays flat however far the user scrolls. QSqlQueryModel
// cannot do this: it keeps every row it has ever fetched.
#pragma once

#include "roster/RosterColumns.h"
#include "roster/RosterFilter.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QElapsedTimer>

#include <memory>

namespace alumnidesk {
class Database;
class RosterQuery;
namespace eligibility {
class VerdictLookup;
}
namespace pipeline {
class OpenCandidacyLookup;
}
}

namespace alumnidesk::ui {

class RosterLoader;

class RosterTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 128;
    static constexpr int kCachedRows = 64 * kPageSize;

    enum Roles { IdRole = Qt::UserRole + 1, SortKeyRole };

    explicit RosterTableModel(QObject *parent = nullptr);
    ~RosterTableModel() override;

    /// Shows the roster of db (nullptr: nothing). The first page appears at once; the rest follows.
    void setDatabase(Database *db);
    void setFilter(const RosterFilter &filter);
    /// The rule set whose stored verdicts the Eligibility column shows (rule_sets.id; 0: none).
    void setVerdictRuleSet(qint64 ruleSetId);
    qint64 verdictRuleSet() const { return m_verdictRuleSet; }
    /// True when the list's membership or order comes from verdicts (a verdict filter, or sorted by verdict):
    /// new verdicts then need a reload, not only a repaint.
    bool dependsOnVerdicts() const;
    /// Likewise for the open candidacies (the In pipeline filter, or sorted by that column).
    bool dependsOnPipeline() const;
    const RosterFilter &filter() const { return m_filter; }
    const RosterSort &rosterSort() const { return m_sort; }

    /// Re-runs the current query (after an edit), keeping the rows that did not change in the cache.
    void reload();
    /// Forgets cached rows for these ids (they were edited) and repaints them; no ids: forgets every row.
    void invalidate(const QVector<qint64> &ids);

    qint64 idAt(int row) const;
    /// Row of an id in the current order, or -1. Constant time: the first call after a load indexes the rows by
    /// id (4 bytes per id up to the largest, 4 MB at a million), which costs one pass over the ids.
    int rowOf(qint64 id) const;
    /// Rows held in memory now, and the most it will hold (tests; the bound is what keeps memory flat).
    int cachedRowCount() const { return int(m_cache.size()); }
    void setCacheCapacity(int rows) { m_cache.setMaxCost(rows); }

    /// True while the full id list for the current filter and sort is being computed.
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadingChanged(bool loading);
    /// The number of alumni the current filter selects is known (or changed).
    void countChanged(qint64 count);
    void loadFailed(const QString &message);
    /// The full, ordered list is in place; `elapsedMs` is how long the worker took.
    void loadFinished(qint64 elapsedMs);

private:
    void startLoad(bool showFirstPageNow);
    void onLoaded(quint64 generation, const QVector<qint64> &ids, qint64 elapsedMs);
    void onFailed(quint64 generation, const QString &message);
    const RosterRow *rowFor(int row) const;
    /// Fills what other tables hold (verdict, open candidacies) into rows read from the roster.
    void decorate(QVector<RosterRow> &rows) const;
    void setIds(QVector<qint64> ids);
    void buildRowIndex() const;
    void setLoading(bool loading);
    static bool isIndexedSort(RosterColumn column);

    Database *m_db = nullptr;
    std::unique_ptr<RosterQuery> m_query;
    std::unique_ptr<eligibility::VerdictLookup> m_verdicts;
    std::unique_ptr<pipeline::OpenCandidacyLookup> m_candidacies;
    qint64 m_verdictRuleSet = 0;
    RosterLoader *m_loader = nullptr;
    RosterFilter m_filter;
    RosterSort m_sort;
    quint64 m_generation = 0;
    bool m_loading = false;
    QVector<qint64> m_ids;
    /// m_rowById[id] = row, -1 when absent; empty until rowOf needs it, or when the ids are too sparse for it.
    mutable QVector<int> m_rowById;
    mutable bool m_rowIndexBuilt = false;
    mutable QCache<qint64, RosterRow> m_cache;
};

} // namespace alumnidesk::ui
