#include "roster/RosterTableModel.h"

#include "common/Format.h"

#include "db/Database.h"
#include "eligibility/EligibilityHtml.h"
#include "eligibility/VerdictLookup.h"
#include "pipeline/OpenCandidacyLookup.h"
#include "roster/RosterLoader.h"
#include "roster/RosterQuery.h"
#include "roster/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace alumnidesk::ui {

RosterTableModel::RosterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new RosterLoader(this))
    , m_cache(kCachedRows)
{
    connect(m_loader, &RosterLoader::loaded, this, &RosterTableModel::onLoaded);
    connect(m_loader, &RosterLoader::failed, this, &RosterTableModel::onFailed);
}

RosterTableModel::~RosterTableModel()
{
    m_loader->setDatabase(nullptr);
}

void RosterTableModel::setDatabase(Database *db)
{
    // A result of the previous file may already be queued for us: a new generation makes onLoaded and
    // onFailed drop it, even when no new load starts (db == nullptr).
    ++m_generation;
    beginResetModel();
    m_loader->setDatabase(nullptr);
    m_db = db;
    m_query.reset(db ? new RosterQuery(db->sql(), db->backend()) : nullptr);
    m_verdicts.reset(db ? new eligibility::VerdictLookup(db->sql()) : nullptr);
    m_candidacies.reset(db ? new pipeline::OpenCandidacyLookup(db->sql()) : nullptr);
    setIds({});
    m_cache.clear();
    m_filter = RosterFilter();
    endResetModel();
    m_loader->setDatabase(db);
    if (db)
        startLoad(true);
    else
        emit countChanged(0);
}

void RosterTableModel::setFilter(const RosterFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    startLoad(false);
}

void RosterTableModel::setVerdictRuleSet(qint64 ruleSetId)
{
    if (ruleSetId == m_verdictRuleSet)
        return;
    m_verdictRuleSet = ruleSetId;
    invalidate({});
    if (m_sort.column == RosterColumn::Verdict) {
        m_sort.verdictRuleSet = ruleSetId;
        startLoad(false);
    }
}

bool RosterTableModel::dependsOnVerdicts() const
{
    return m_filter.hasVerdictFilter() || m_sort.column == RosterColumn::Verdict;
}

bool RosterTableModel::dependsOnPipeline() const
{
    return m_filter.inPipeline || m_sort.column == RosterColumn::Pipeline;
}

void RosterTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kRosterColumnCount)
        return;
    RosterSort next{RosterColumn(column), order == Qt::DescendingOrder};
    if (next.column == RosterColumn::Verdict)
        next.verdictRuleSet = m_verdictRuleSet; // the rule set the column shows
    if (next == m_sort && !m_ids.isEmpty())
        return;
    m_sort = next;
    startLoad(!m_loading && isIndexedSort(m_sort.column) && m_filter.search.trimmed().isEmpty());
}

void RosterTableModel::reload()
{
    startLoad(false);
}

bool RosterTableModel::isIndexedSort(RosterColumn column)
{
    switch (column) {
    case RosterColumn::Kana:
    case RosterColumn::Name:
    case RosterColumn::EmployeeId:
    case RosterColumn::Department:
    case RosterColumn::DepartureDate:
    case RosterColumn::DepartureType:
    case RosterColumn::Employer:
        return true;
    default:
        return false;
    }
}

void RosterTableModel::startLoad(bool showFirstPageNow)
{
    if (!m_db)
        return;
    ++m_generation;
    if (showFirstPageNow) {
        // With an index behind the sort this is a few milliseconds: the window shows people at once while
        // the worker computes the complete order.
        auto first = m_query->firstRows(m_filter, m_sort, kPageSize);
        if (first) {
            decorate(first.value());
            beginResetModel();
            QVector<qint64> ids;
            ids.reserve(first->size());
            for (const RosterRow &r : first.value()) {
                ids.append(r.id);
                m_cache.insert(r.id, new RosterRow(r));
            }
            setIds(std::move(ids));
            endResetModel();
        }
    }
    setLoading(true);
    m_loader->request(m_generation, m_filter, m_sort);
}

void RosterTableModel::onLoaded(quint64 generation, const QVector<qint64> &ids, qint64 elapsedMs)
{
    if (generation != m_generation || !m_db)
        return;
    beginResetModel();
    setIds(ids);
    endResetModel();
    setLoading(false);
    emit countChanged(m_ids.size());
    emit loadFinished(elapsedMs);
}

void RosterTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation || !m_db)
        return;
    setLoading(false);
    emit loadFailed(message);
}

void RosterTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void RosterTableModel::invalidate(const QVector<qint64> &ids)
{
    if (ids.isEmpty()) {
        // A bulk change (an import) may have touched any cached row.
        m_cache.clear();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    for (qint64 id : ids) {
        m_cache.remove(id);
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

qint64 RosterTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void RosterTableModel::setIds(QVector<qint64> ids)
{
    m_ids = std::move(ids);
    m_rowById.clear();
    m_rowIndexBuilt = false;
}

void RosterTableModel::buildRowIndex() const
{
    m_rowIndexBuilt = true;
    m_rowById.clear();
    if (m_ids.isEmpty())
        return;
    const qint64 maxId = *std::max_element(m_ids.cbegin(), m_ids.cend());
    // Ids are row ids, dense in a roster; a short filtered list among large ids is cheaper to scan.
    if (maxId > 4 * qint64(m_ids.size()) + 65536)
        return;
    m_rowById.fill(-1, int(maxId) + 1);
    for (int r = 0; r < m_ids.size(); ++r)
        m_rowById[int(m_ids.at(r))] = r;
}

int RosterTableModel::rowOf(qint64 id) const
{
    if (id <= 0 || m_ids.isEmpty())
        return -1;
    if (!m_rowIndexBuilt)
        buildRowIndex();
    if (m_rowById.isEmpty())
        return int(m_ids.indexOf(id));
    return id < m_rowById.size() ? m_rowById.at(int(id)) : -1;
}

int RosterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RosterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRosterColumnCount;
}

void RosterTableModel::decorate(QVector<RosterRow> &rows) const
{
    // The column's verdicts for the same page: one indexed read. A failure leaves them blank ("—").
    if (m_verdictRuleSet > 0 && m_verdicts) {
        if (Status st = m_verdicts->fill(m_verdictRuleSet, QDate::currentDate(), rows); !st)
            qWarning("Eligibility column: %s", qPrintable(st.errorText()));
    }
    // The open candidacies of the same page: one indexed read.
    if (m_candidacies) {
        if (Status st = m_candidacies->fill(rows); !st)
            qWarning("In-pipeline column: %s", qPrintable(st.errorText()));
    }
}

const RosterRow *RosterTableModel::rowFor(int row) const
{
    const qint64 id = idAt(row);
    if (!id || !m_query)
        return nullptr;
    if (const RosterRow *cached = m_cache.object(id))
        return cached;
    // Fetch the whole page around the row in one query: scrolling asks for its neighbours next.
    const int start = (row / kPageSize) * kPageSize;
    const int end = std::min<int>(start + kPageSize, int(m_ids.size()));
    QVector<qint64> missing;
    missing.reserve(end - start);
    for (int r = start; r < end; ++r) {
        if (!m_cache.contains(m_ids.at(r)))
            missing.append(m_ids.at(r));
    }
    auto rows = m_query->rows(missing);
    if (!rows)
        return nullptr;
    decorate(rows.value());
    // The row asked for goes in last, as the most recently used: with a cache smaller than a page, the
    // neighbours would otherwise push it out before it is returned.
    const RosterRow *wanted = nullptr;
    for (const RosterRow &r : rows.value()) {
        if (r.id == id)
            wanted = &r;
        else
            m_cache.insert(r.id, new RosterRow(r));
    }
    if (wanted)
        m_cache.insert(wanted->id, new RosterRow(*wanted));
    return m_cache.object(id);
}

QVariant RosterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole && role != Qt::ForegroundRole)
        return {};
    const RosterRow *r = rowFor(index.row());
    if (!r)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    const auto column = RosterColumn(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column == RosterColumn::Stints || column == RosterColumn::DepartureDate || column == RosterColumn::UpdatedAt)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == RosterColumn::Status && r->status == QLatin1String("withdrawn"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (column == RosterColumn::Verdict && r->verdict >= 0)
            return QBrush(QColor(verdictColor(eligibility::Verdict(r->verdict))));
        return {};
    }
    switch (column) {
    case RosterColumn::Kana:
        return r->kana;
    case RosterColumn::Name:
        return r->name;
    case RosterColumn::EmployeeId:
        return r->employeeId;
    case RosterColumn::Department:
        return r->department;
    case RosterColumn::Position:
        return r->position;
    case RosterColumn::DepartureDate:
        return shortDate(r->departureDate);
    case RosterColumn::DepartureType:
        return r->departureType.isEmpty() ? QString() : vocabulary::departureTypeLabel(r->departureType);
    case RosterColumn::Stints:
        if (role == Qt::ToolTipRole && r->stintCount > 1)
            return tr("Boomerang: employed %n times", nullptr, r->stintCount);
        return r->stintCount > 1 ? QStringLiteral("↻ %1").arg(r->stintCount) : QString::number(r->stintCount);
    case RosterColumn::Status:
        return vocabulary::membershipStatusLabel(r->status);
    case RosterColumn::Employer:
        return r->employer;
    case RosterColumn::Title:
        return r->title;
    case RosterColumn::Industry:
        return r->industry;
    case RosterColumn::Email:
        return r->email;
    case RosterColumn::Phone:
        return r->phone;
    case RosterColumn::Prefecture:
        return r->prefecture;
    case RosterColumn::Skills:
        return r->skills;
    case RosterColumn::Tags:
        return r->tags;
    case RosterColumn::UpdatedAt:
        return shortDateTime(r->updatedAt);
    case RosterColumn::Verdict:
        if (r->verdict < 0)
            return role == Qt::ToolTipRole ? tr("Not evaluated yet") : QStringLiteral("—");
        if (role == Qt::ToolTipRole && r->verdictOverridden)
            return tr("Set by an override; the details pane shows who, why and until when");
        return r->verdictOverridden ? tr("%1 (override)").arg(eligibility::verdictLabel(eligibility::Verdict(r->verdict)))
                                    : eligibility::verdictLabel(eligibility::Verdict(r->verdict));
    case RosterColumn::Pipeline: {
        const int open = int(r->pipeline.size());
        if (role == Qt::ToolTipRole)
            return r->pipeline.join(QLatin1Char('\n'));
        if (open <= 1)
            return r->pipeline.value(0);
        return tr("%n open: %1", nullptr, open).arg(r->pipeline.join(QStringLiteral("; ")));
    }
    }
    return {};
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < kRosterColumnCount)
        return rosterColumnTitle(RosterColumn(section));
    return {};
}

} // namespace alumnidesk::ui
