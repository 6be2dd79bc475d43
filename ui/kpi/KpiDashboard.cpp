#include "kpi/KpiDashboard.h"

#include "common/Format.h"
#include "kpi/BreakdownChart.h"
#include "kpi/ChartExport.h"
#include "kpi/FunnelChart.h"
#include "kpi/KpiRefresher.h"
#include "kpi/KpiTile.h"
#include "kpi/TrendChart.h"

#include "roster/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>

namespace alumnidesk::ui {

namespace {

constexpr int kTilesPerRow = 4;
constexpr int kReasonBars = 10;
const QString kReasonsKpi = QStringLiteral("leavers_by_reason");
const QString kCohortKpi = QStringLiteral("rehire_rate_by_cohort");

} // namespace

KpiDashboard::KpiDashboard(QWidget *parent)
    : QWidget(parent)
    , m_asOf(QDate::currentDate())
    , m_refresher(new KpiRefresher(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_department(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_ruleSet(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_reasons(new QChartView(this))
    , m_cohorts(new QTableWidget(this))
    , m_trend(new TrendChart(this))
    , m_funnel(new FunnelChart(this))
    , m_breakdown(new BreakdownChart(QStringLiteral("pipeline_by_stage"), {FunnelChart::kFunnelKpi, kReasonsKpi}, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);

    auto *tiles = new QWidget(this);
    auto *grid = new QGridLayout(tiles);
    int n = 0;
    for (const kpi::KpiDefinition &d : kpi::KpiRegistry::standard().definitions()) {
        if (d.kind != kpi::Kind::Single)
            continue;
        auto *tile = new KpiTile(d, tiles);
        connect(tile, &KpiTile::clicked, this, [this](const QString &id) { drillDown(id, QString()); });
        ChartExport::attach(tile, [this, id = d.id] { return outcome(id); });
        grid->addWidget(tile, n / kTilesPerRow, n % kTilesPerRow);
        m_tiles.insert(d.id, tile);
        ++n;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(tiles);
    scroll->setWidgetResizable(true);

    m_reasons->setRenderHint(QPainter::Antialiasing);
    m_reasons->setMinimumHeight(260);
    m_reasons->setMinimumWidth(420); // room for reasons such as キャリアアップ・転職 beside their bars
    m_cohorts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohorts->setObjectName(QStringLiteral("cohortGrid"));
    connect(m_cohorts, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem *item = m_cohorts->item(row, column);
        const QTableWidgetItem *year = m_cohorts->verticalHeaderItem(row);
        const QTableWidgetItem *header = m_cohorts->horizontalHeaderItem(column);
        if (item && year && header)
            drillDown(kCohortKpi, item->data(Qt::UserRole).toString(), year->text() + QLatin1Char(' ') + header->text());
    });
    ChartExport::attach(m_reasons, [this] { return outcome(kReasonsKpi); });
    ChartExport::attach(m_cohorts, [this] { return outcome(kCohortKpi); });
    ChartExport::attach(m_funnel, [this] { return outcome(FunnelChart::kFunnelKpi); });
    ChartExport::attach(m_breakdown, [this] { return outcome(m_breakdown->currentKpi()); });
    // The trend shows two KPIs: its menu offers the export of each, under its name.
    m_trend->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_trend, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(m_trend);
        for (const QString &id : {TrendChart::kLeaversKpi, TrendChart::kRehiresKpi}) {
            const kpi::KpiOutcome *o = outcome(id);
            if (!o || !o->definition)
                continue;
            menu.addSection(o->definition->name());
            ChartExport::addActions(&menu, m_trend, o);
        }
        if (!menu.isEmpty())
            menu.exec(m_trend->mapToGlobal(pos));
    });
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_reasons);
    charts->addWidget(m_cohorts);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    auto *flows = new QSplitter(Qt::Horizontal, this);
    flows->addWidget(m_trend);
    flows->addWidget(m_funnel);
    flows->addWidget(m_breakdown);
    flows->setStretchFactor(0, 3);
    flows->setStretchFactor(1, 2);
    flows->setStretchFactor(2, 2);
    connect(m_trend, &TrendChart::drillRequested, this, &KpiDashboard::drillDown);
    connect(m_funnel, &FunnelChart::drillRequested, this, &KpiDashboard::drillDown);
    connect(m_breakdown, &BreakdownChart::drillRequested, this, &KpiDashboard::drillDown);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(flows);
    split->addWidget(charts);
    // The tiles scroll; the charts need the height for their labels (nine stages, twelve months).
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    connect(m_refresher, &KpiRefresher::refreshed, this, &KpiDashboard::onRefreshed);
    connect(m_refresher, &KpiRefresher::drilled, this, &KpiDashboard::onDrilled);
    connect(m_refresher, &KpiRefresher::ruleSetsRead, this, &KpiDashboard::onRuleSets);
    connect(m_refresher, &KpiRefresher::failed, this, [this](const QString &message) {
        m_status->setText(message);
        setStale(false);
    });
    setAsOf(m_asOf);
}

KpiDashboard::~KpiDashboard() = default;

void KpiDashboard::buildFilters(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_department->addItem(tr("All departments"), QString());
    m_type->addItem(tr("All departure types"), QString());
    for (const vocabulary::Term &t : vocabulary::departureTypes())
        m_type->addItem(t.label, t.key);
    // Filled from the file with each refresh; until then the default rule set.
    m_ruleSet->addItem(tr("Rehire rules"), QStringLiteral("rehire"));
    m_ruleSet->setToolTip(tr("The eligibility rule set the eligibility figures use"));
    row->addWidget(new QLabel(tr("Period"), bar));
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_to);
    row->addWidget(m_department);
    row->addWidget(m_type);
    row->addWidget(m_ruleSet);
    row->addWidget(m_status, 1);
    // The status may wrap rather than widen the window: the people list beside the dashboard needs the room.
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(90);
    const auto changed = [this] {
        if (!m_updatingFilters)
            refresh();
    };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_department, &QComboBox::currentIndexChanged, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ruleSet, &QComboBox::currentIndexChanged, this, changed);
}

void KpiDashboard::setDatabase(const Database *db)
{
    m_db = db;
    if (!db) {
        // Waits for work still running on the old file, whose results are then dropped.
        m_refresher->refresh(nullptr, {}, m_asOf);
        m_refresher->drillDown(nullptr, {}, m_asOf, {}, {});
        m_outcomes.clear();
        return;
    }
    refresh();
}

void KpiDashboard::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    const kpi::Period p = kpi::defaultPeriod(asOf);
    m_updatingFilters = true;
    m_from->setDate(p.from);
    m_to->setDate(p.to);
    m_updatingFilters = false;
}

kpi::KpiFilters KpiDashboard::filters() const
{
    kpi::KpiFilters f;
    f.period = {m_from->date(), m_to->date()};
    f.department = m_department->currentData().toString();
    f.departureType = m_type->currentData().toString();
    f.ruleSet = m_ruleSet->currentData().toString();
    return f;
}

void KpiDashboard::setFilters(const kpi::KpiFilters &filters)
{
    m_updatingFilters = true;
    if (filters.period.isValid()) {
        m_from->setDate(filters.period.from);
        m_to->setDate(filters.period.to);
    }
    if (m_department->findData(filters.department) < 0)
        m_department->addItem(filters.department, filters.department);
    m_department->setCurrentIndex(m_department->findData(filters.department));
    m_type->setCurrentIndex(std::max(0, m_type->findData(filters.departureType)));
    const QString ruleSet = filters.ruleSet.isEmpty() ? QStringLiteral("rehire") : filters.ruleSet;
    if (m_ruleSet->findData(ruleSet) < 0)
        m_ruleSet->addItem(ruleSet, ruleSet);
    m_ruleSet->setCurrentIndex(m_ruleSet->findData(ruleSet));
    m_updatingFilters = false;
    refresh();
}

void KpiDashboard::refresh()
{
    if (!m_db)
        return;
    if (!filters().period.isValid()) {
        m_status->setText(tr("The period ends before it starts."));
        return;
    }
    setStale(true);
    m_refresher->refresh(m_db, filters(), m_asOf);
}

void KpiDashboard::setStale(bool stale)
{
    m_stale = stale;
    for (KpiTile *t : std::as_const(m_tiles))
        t->setStale(stale);
    m_reasons->setEnabled(!stale);
    m_cohorts->setEnabled(!stale);
    m_trend->setEnabled(!stale);
    m_funnel->setEnabled(!stale);
    m_breakdown->setEnabled(!stale);
    if (stale)
        m_status->setText(tr("Updating…"));
}

void KpiDashboard::onRefreshed(const QVector<kpi::KpiOutcome> &outcomes, const QStringList &departments)
{
    m_outcomes = outcomes;
    m_updatingFilters = true;
    const QString chosen = m_department->currentData().toString();
    while (m_department->count() > 1)
        m_department->removeItem(1);
    for (const QString &d : departments)
        m_department->addItem(d, d);
    m_department->setCurrentIndex(std::max(0, m_department->findData(chosen)));
    m_updatingFilters = false;
    m_trend->setOutcomes(outcomes);
    m_funnel->setOutcomes(outcomes);
    m_breakdown->setOutcomes(outcomes);
    for (const kpi::KpiOutcome &o : outcomes) {
        if (KpiTile *t = m_tiles.value(o.definition->id))
            t->setOutcome(o);
        if (o.definition->id == kReasonsKpi)
            showReasons(o);
        if (o.definition->id == kCohortKpi)
            showCohorts(o);
    }
    setStale(false);
    m_status->setText(tr("Data as of %1").arg(shortDate(m_asOf)));
    emit refreshed();
}

void KpiDashboard::onRuleSets(const QStringList &keys, const QStringList &names)
{
    if (keys.isEmpty())
        return;
    m_updatingFilters = true;
    const QString chosen = m_ruleSet->currentData().toString();
    m_ruleSet->clear();
    for (int i = 0; i < keys.size(); ++i)
        m_ruleSet->addItem(names.value(i).isEmpty() ? keys.at(i) : names.at(i), keys.at(i));
    int index = m_ruleSet->findData(chosen);
    if (index < 0)
        index = m_ruleSet->findData(QStringLiteral("rehire"));
    m_ruleSet->setCurrentIndex(std::max(0, index));
    m_updatingFilters = false;
}

void KpiDashboard::showReasons(const kpi::KpiOutcome &outcome)
{
    auto *chart = new QChart;
    chart->setTitle(outcome.definition->name());
    chart->legend()->hide();
    if (outcome.result) {
        const QVector<kpi::BreakdownRow> rows = outcome.result->breakdown.mid(0, kReasonBars);
        auto *set = new QBarSet(outcome.definition->name());
        QStringList labels;
        QStringList keys;
        // Largest at the top: a horizontal bar series draws its first category at the bottom.
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            *set << it->value;
            labels << it->label;
            keys << it->drillKey;
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append(labels);
        axis->setTruncateLabels(false); // reasons are short phrases; "…" alone says nothing
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        auto *values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        values->applyNiceNumbers(); // round ticks (0, 5000, 10000), not 3044, 6088…
        connect(set, &QBarSet::clicked, this, [this, keys, labels](int index) {
            if (index >= 0 && index < keys.size())
                drillDown(kReasonsKpi, keys.at(index), labels.at(index));
        });
    }
    QChart *old = m_reasons->chart();
    m_reasons->setChart(chart);
    delete old;
}

void KpiDashboard::showCohorts(const kpi::KpiOutcome &outcome)
{
    m_cohorts->clear();
    if (!outcome.result)
        return;
    const kpi::KpiResult &r = outcome.result.value();
    m_cohorts->setRowCount(int(r.cohortRows.size()));
    m_cohorts->setColumnCount(int(r.cohortColumns.size()));
    QStringList headers;
    for (const kpi::CohortColumn &c : r.cohortColumns)
        headers << c.label;
    m_cohorts->setHorizontalHeaderLabels(headers);
    m_cohorts->setVerticalHeaderLabels(r.cohortRows);
    m_cohorts->setToolTip(outcome.definition->definition());
    for (int row = 0; row < r.cohortRows.size(); ++row) {
        for (int col = 0; col < r.cohortColumns.size(); ++col) {
            const kpi::CohortColumn &c = r.cohortColumns.at(col);
            const kpi::CohortCell *cell = r.cell(r.cohortRows.at(row), c.key);
            auto *item = new QTableWidgetItem(cell ? KpiTile::format(cell->value, c.unit) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (cell)
                item->setData(Qt::UserRole, cell->drillKey);
            m_cohorts->setItem(row, col, item);
        }
    }
    m_cohorts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

const kpi::KpiOutcome *KpiDashboard::outcome(const QString &kpiId) const
{
    for (const kpi::KpiOutcome &o : m_outcomes) {
        if (o.definition && o.definition->id == kpiId)
            return &o;
    }
    return nullptr;
}

void KpiDashboard::drillDown(const QString &kpiId, const QString &key, const QString &label)
{
    m_drillLabel = label;
    if (m_db)
        m_refresher->drillDown(m_db, filters(), m_asOf, kpiId, key);
}

void KpiDashboard::onDrilled(const QString &kpiId, const QString &key, const QVector<qint64> &ids)
{
    const kpi::KpiDefinition *d = kpi::KpiRegistry::standard().find(kpiId);
    const QString name = d ? d->name() : kpiId;
    const int count = int(ids.size());
    emit peopleRequested(key.isEmpty() || m_drillLabel.isEmpty() ? name : tr("%1 — %2").arg(name, m_drillLabel), ids);
    m_status->setText(tr("%n alumni behind the figure", nullptr, count));
}

} // namespace alumnidesk::ui
