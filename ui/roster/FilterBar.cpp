#include "roster/FilterBar.h"

#include "eligibility/RuleModel.h"
#include "roster/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace alumnidesk::ui {

namespace {

constexpr int kSearchDelayMs = 150;

QSpinBox *yearBox(QWidget *parent, const QString &noneText)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1899, 2100);
    box->setSpecialValueText(noneText); // the minimum means "no bound"
    box->setValue(box->minimum());
    box->setAccelerated(true);
    // As wide as its size hint (which measures "指定なし" as well as the years), or a crowded filter row
    // squeezes it to ":なし".
    box->setMinimumWidth(box->sizeHint().width());
    return box;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_yearFrom(yearBox(this, tr("any")))
    , m_yearTo(yearBox(this, tr("any")))
    , m_departureType(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_ruleSet(new QComboBox(this))
    , m_verdict(new QComboBox(this))
    , m_inPipeline(new QCheckBox(tr("In pipeline"), this))
    , m_clear(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search names, kana, romaji, e-mail, employee ID, employer, skills…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QVector<QPair<QString, QString>> types;
    for (const auto &t : vocabulary::departureTypes())
        types.append({t.key, t.label});
    setItems(m_departureType, tr("All departure types"), types);
    QVector<QPair<QString, QString>> statuses;
    for (const auto &t : vocabulary::membershipStatuses())
        statuses.append({t.key, t.label});
    setItems(m_status, tr("All statuses"), statuses);
    setItems(m_department, tr("All departments"), {});
    setItems(m_tag, tr("All tags"), {});
    m_verdict->addItem(tr("All verdicts"), -1);
    for (auto v : {eligibility::Verdict::Eligible, eligibility::Verdict::NeedsReview, eligibility::Verdict::NotEligible})
        m_verdict->addItem(eligibility::verdictLabel(v), int(v));
    m_ruleSet->setToolTip(tr("The rule set of the eligibility column and filter"));
    m_verdict->setToolTip(tr("Show only people with this verdict (an override in force counts)"));
    m_inPipeline->setToolTip(tr("Show only people with an open candidacy in the rehire pipeline"));
    for (QComboBox *c : {m_department, m_departureType, m_status, m_tag, m_ruleSet, m_verdict})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_department);
    auto *left = new QLabel(tr("Left from"), this);
    filters->addWidget(left);
    filters->addWidget(m_yearFrom);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_yearTo);
    filters->addWidget(m_departureType);
    filters->addWidget(m_status);
    filters->addWidget(m_tag);
    filters->addWidget(m_clear);
    filters->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(new QLabel(tr("Eligibility:"), this));
    top->addWidget(m_ruleSet);
    top->addWidget(m_verdict);
    top->addWidget(m_inPipeline); // here, where the search box gives way: the row below is full at 1280 px
    layout->addLayout(top);
    layout->addLayout(filters);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitNow);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitNow);
    for (QComboBox *c : {m_department, m_departureType, m_status, m_tag, m_verdict})
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_ruleSet, &QComboBox::currentIndexChanged, this, [this] {
        emit ruleSetChanged(ruleSetId());
        if (m_verdict->currentIndex() > 0)
            emitNow();
    });
    for (QSpinBox *s : {m_yearFrom, m_yearTo})
        connect(s, &QSpinBox::valueChanged, this, &FilterBar::emitNow);
    connect(m_inPipeline, &QCheckBox::toggled, this, &FilterBar::emitNow);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

void FilterBar::setItems(QComboBox *combo, const QString &allText, const QVector<QPair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterBar::setChoices(const QStringList &departments, const QStringList &tags, int firstYear, int lastYear)
{
    // The lists are refilled with signals blocked; if a chosen value is gone (the last person of a department
    // was deleted) the combo falls back to "All", and the list must then follow, or it would stay filtered
    // by a value the bar no longer shows.
    const RosterFilter before = filter();
    QVector<QPair<QString, QString>> deps;
    for (const QString &d : departments)
        deps.append({d, d});
    setItems(m_department, tr("All departments"), deps);
    QVector<QPair<QString, QString>> tagItems;
    for (const QString &t : tags)
        tagItems.append({t, t});
    setItems(m_tag, tr("All tags"), tagItems);
    if (firstYear > 0 && lastYear >= firstYear) {
        for (QSpinBox *s : {m_yearFrom, m_yearTo}) {
            const QSignalBlocker block(s);
            const int v = s->value();
            const bool unset = v == s->minimum(); // the minimum means "any year"
            s->setRange(firstYear - 1, lastYear);
            s->setValue(unset ? s->minimum() : std::clamp(v, firstYear - 1, lastYear));
        }
    }
    if (!(filter() == before))
        emitNow();
}

void FilterBar::setRuleSets(const QVector<QPair<qint64, QString>> &sets, const QStringList &keys, const QString &preferredKey)
{
    const QString current = ruleSetKey();
    const qint64 before = ruleSetId();
    {
        const QSignalBlocker block(m_ruleSet);
        m_ruleSet->clear();
        for (int i = 0; i < sets.size(); ++i) {
            m_ruleSet->addItem(sets.at(i).second, sets.at(i).first);
            m_ruleSet->setItemData(i, keys.value(i), Qt::UserRole + 1);
        }
        int index = m_ruleSet->findData(current.isEmpty() ? preferredKey : current, Qt::UserRole + 1);
        if (index < 0)
            index = m_ruleSet->findData(preferredKey, Qt::UserRole + 1);
        m_ruleSet->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (ruleSetId() != before) {
        emit ruleSetChanged(ruleSetId());
        if (m_verdict->currentIndex() > 0)
            emitNow();
    }
}

qint64 FilterBar::ruleSetId() const
{
    return m_ruleSet->currentData().toLongLong();
}

QString FilterBar::ruleSetKey() const
{
    return m_ruleSet->currentData(Qt::UserRole + 1).toString();
}

QStringList FilterBar::selected(const QComboBox *combo)
{
    const QString key = combo->currentData().toString();
    return key.isEmpty() ? QStringList() : QStringList{key};
}

RosterFilter FilterBar::filter() const
{
    RosterFilter f;
    f.search = m_search->text();
    f.departments = selected(m_department);
    f.departureYearFrom = m_yearFrom->value() == m_yearFrom->minimum() ? 0 : m_yearFrom->value();
    f.departureYearTo = m_yearTo->value() == m_yearTo->minimum() ? 0 : m_yearTo->value();
    f.departureTypes = selected(m_departureType);
    f.statuses = selected(m_status);
    f.tags = selected(m_tag);
    const int verdict = m_verdict->currentData().toInt();
    if (verdict >= 0 && ruleSetId() > 0) {
        f.verdictRuleSet = ruleSetId();
        f.verdicts = {verdict};
    }
    f.inPipeline = m_inPipeline->isChecked();
    return f;
}

void FilterBar::emitNow()
{
    m_debounce->stop();
    emit filterChanged(filter());
}

void FilterBar::clear()
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_department);
        const QSignalBlocker b3(m_yearFrom);
        const QSignalBlocker b4(m_yearTo);
        const QSignalBlocker b5(m_departureType);
        const QSignalBlocker b6(m_status);
        const QSignalBlocker b7(m_tag);
        const QSignalBlocker b8(m_verdict);
        const QSignalBlocker b9(m_inPipeline);
        m_inPipeline->setChecked(false);
        m_search->clear();
        for (QComboBox *c : {m_department, m_departureType, m_status, m_tag, m_verdict})
            c->setCurrentIndex(0);
        m_yearFrom->setValue(m_yearFrom->minimum());
        m_yearTo->setValue(m_yearTo->minimum());
    }
    emitNow();
}

} // namespace alumnidesk::ui
