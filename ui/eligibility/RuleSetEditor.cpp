#include "eligibility/RuleSetEditor.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "eligibility/DraftCountJob.h"
#include "eligibility/DraftProblems.h"
#include "eligibility/RuleForm.h"
#include "eligibility/WhatIfModel.h"
#include "roster/RosterQuery.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace alumnidesk::ui {

using namespace eligibility;

namespace {

QString countLine(const QString &label, qint64 before, qint64 after)
{
    const QLocale locale;
    const qint64 diff = after - before;
    const QString sign = diff > 0 ? QStringLiteral("+") : diff < 0 ? QStringLiteral("−") : QStringLiteral("±");
    return RuleSetEditor::tr("%1: %2 → %3 (%4%5)")
        .arg(label, locale.toString(before), locale.toString(after), sign, locale.toString(qAbs(diff)));
}

Rule defaultRule(const QString &id)
{
    Rule r;
    r.id = id;
    // Stored data in both languages, not a translation of the interface.
    r.name = {QStringLiteral("新しいルール"), QStringLiteral("New rule")};
    r.onFail = Outcome::NeedsReview;
    r.condition = Condition::when(Field::TenureLast, Op::Ge, 12);
    return r;
}

} // namespace

RuleSetEditor::RuleSetEditor(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_store(db->sql(), db->backend(), QStringLiteral("ui"))
    , m_sets(new QListWidget(this))
    , m_newSet(new QPushButton(tr("&New Rule Set"), this))
    , m_deleteSet(new QPushButton(tr("&Delete Rule Set…"), this))
    , m_tabs(new QTabWidget(this))
    , m_nameJa(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_descJa(new QLineEdit(this))
    , m_descEn(new QLineEdit(this))
    , m_rules(new QListWidget(this))
    , m_addRule(new QPushButton(tr("&Add Rule"), this))
    , m_removeRule(new QPushButton(tr("Remo&ve Rule"), this))
    , m_ruleUp(new QPushButton(tr("Move &Up"), this))
    , m_ruleDown(new QPushButton(tr("Move Do&wn"), this))
    , m_ruleForm(new RuleForm(this))
    , m_whatIf(new QTableView(this))
    , m_whatIfModel(new WhatIfModel(this))
    , m_whatIfNote(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_counts(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save as New Version"), this))
    , m_job(new DraftCountJob(this))
{
    setWindowTitle(tr("Eligibility Rules"));
    setObjectName(QStringLiteral("RuleSetEditor"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Rule sets:"), this));
    leftLayout->addWidget(m_sets, 1);
    auto *setButtons = new QHBoxLayout;
    setButtons->addWidget(m_newSet);
    setButtons->addWidget(m_deleteSet);
    leftLayout->addLayout(setButtons);
    m_deleteSet->setToolTip(tr("Delete a rule set HR added; its versions stay in the history"));

    m_whatIf->setModel(m_whatIfModel);
    m_whatIf->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_whatIf->verticalHeader()->hide();
    m_whatIf->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_whatIf->horizontalHeader()->setStretchLastSection(true);
    // Sizing the columns to a thousand rows on every keystroke would cost more than the count itself.
    m_whatIf->horizontalHeader()->setResizeContentsPrecision(50);
    m_whatIf->setWordWrap(false);
    auto *whatIf = new QWidget(this);
    auto *whatIfLayout = new QVBoxLayout(whatIf);
    whatIfLayout->addWidget(m_whatIfNote);
    whatIfLayout->addWidget(m_whatIf, 1);
    m_whatIfNote->setWordWrap(true);

    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("Change note")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setStretchLastSection(true);

    m_tabs->addTab(createRulesTab(), tr("Rules"));
    m_tabs->addTab(whatIf, tr("What-if"));
    m_tabs->addTab(m_history, tr("History"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({270, 810});

    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#c62828"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_note->setPlaceholderText(tr("What changed and why (required to save)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *footer = new QHBoxLayout;
    footer->addWidget(new QLabel(tr("Change note:"), this));
    footer->addWidget(m_note, 1);
    footer->addWidget(m_save);
    footer->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_problemLabel);
    layout->addLayout(footer);
    resize(1120, 720);

    connect(m_sets, &QListWidget::currentRowChanged, this, &RuleSetEditor::showSet);
    connect(m_newSet, &QPushButton::clicked, this, &RuleSetEditor::newRuleSet);
    connect(m_deleteSet, &QPushButton::clicked, this, &RuleSetEditor::deleteRuleSet);
    connect(m_ruleUp, &QPushButton::clicked, this, [this] { moveRule(m_rules->currentRow(), m_rules->currentRow() - 1); });
    connect(m_ruleDown, &QPushButton::clicked, this, [this] { moveRule(m_rules->currentRow(), m_rules->currentRow() + 1); });
    // Dragging a rule within the list reorders the draft, like the buttons.
    m_rules->setDragDropMode(QAbstractItemView::InternalMove);
    m_rules->setDefaultDropAction(Qt::MoveAction);
    connect(m_rules->model(), &QAbstractItemModel::rowsMoved, this, &RuleSetEditor::onRulesDragged);
    connect(m_rules->model(), &QAbstractItemModel::rowsRemoved, this, &RuleSetEditor::onRulesDragged);
    for (QLineEdit *e : {m_nameJa, m_nameEn, m_descJa, m_descEn})
        connect(e, &QLineEdit::textEdited, this, &RuleSetEditor::onSetFieldsEdited);
    connect(m_rules, &QListWidget::currentRowChanged, this, &RuleSetEditor::onRuleSelected);
    connect(m_addRule, &QPushButton::clicked, this, &RuleSetEditor::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &RuleSetEditor::removeRule);
    connect(m_ruleForm, &RuleForm::changed, this, &RuleSetEditor::onRuleEdited);
    connect(m_note, &QLineEdit::textChanged, this, &RuleSetEditor::updateSaveState);
    connect(m_save, &QPushButton::clicked, this, &RuleSetEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &DraftCountJob::finished, this, &RuleSetEditor::onPreview);
    connect(m_job, &DraftCountJob::failed, this, [this](const QString &message) {
        m_counts->setText(tr("The live count is not available: %1").arg(message));
    });

    m_job->setDatabase(db);
    reloadSets(QString());
}

RuleSetEditor::~RuleSetEditor() = default;

QWidget *RuleSetEditor::createRulesTab()
{
    auto *tab = new QWidget(this);
    auto *names = new QFormLayout;
    names->addRow(tr("Name (Japanese):"), m_nameJa);
    names->addRow(tr("Name (English):"), m_nameEn);
    names->addRow(tr("Description (Japanese):"), m_descJa);
    names->addRow(tr("Description (English):"), m_descEn);

    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addWidget(m_ruleUp);
    ruleButtons->addWidget(m_ruleDown);
    m_ruleUp->setToolTip(tr("Rules are checked and explained in this order; you can also drag them"));
    m_ruleDown->setToolTip(m_ruleUp->toolTip());
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(new QLabel(tr("Rules (all must pass):"), this));
    listLayout->addWidget(m_rules, 1);
    listLayout->addLayout(ruleButtons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(list);
    split->addWidget(m_ruleForm);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 560});

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(names);
    layout->addWidget(split, 1);
    return tab;
}

void RuleSetEditor::reloadSets(const QString &selectKey)
{
    auto sets = m_store.current();
    if (!sets) {
        m_problemLabel->setText(sets.errorText());
        return;
    }
    m_saved = sets.value();
    m_filling = true;
    m_sets->clear();
    int select = 0;
    for (int i = 0; i < m_saved.size(); ++i) {
        const RuleSetVersion &v = m_saved.at(i);
        m_sets->addItem(tr("%1 (version %2)").arg(v.definition.name.text()).arg(v.version));
        if (v.definition.key == selectKey)
            select = i;
    }
    m_filling = false;
    m_setIndex = -1;
    if (m_saved.isEmpty())
        return;
    if (m_sets->currentRow() == select)
        showSet(select);
    else
        m_sets->setCurrentRow(select);
}

bool RuleSetEditor::selectRuleSet(const QString &key)
{
    for (int i = 0; i < m_saved.size(); ++i) {
        if (m_saved.at(i).definition.key == key) {
            m_sets->setCurrentRow(i);
            return m_setIndex == i;
        }
    }
    return false;
}

bool RuleSetEditor::isDirty() const
{
    if (m_setIndex < 0)
        return false;
    return m_setIndex >= m_saved.size() || !(m_draft == m_saved.at(m_setIndex).definition);
}

bool RuleSetEditor::confirmDiscard()
{
    if (!isDirty())
        return true;
    return MessageBox::question(this, tr("Unsaved changes"),
                                tr("The changes to “%1” are not saved. Discard them?").arg(m_draft.name.text()),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void RuleSetEditor::showSet(int index)
{
    if (m_filling || index == m_setIndex)
        return;
    if (!confirmDiscard()) {
        m_filling = true;
        m_sets->setCurrentRow(m_setIndex);
        m_filling = false;
        return;
    }
    // An unsaved new rule set is dropped when the officer moves away from it.
    if (m_setIndex >= m_saved.size() && m_sets->count() > m_saved.size()) {
        m_filling = true;
        delete m_sets->takeItem(m_saved.size());
        m_filling = false;
    }
    if (index < 0 || index >= m_saved.size())
        return;
    m_setIndex = index;
    m_draft = m_saved.at(index).definition;
    m_job->setSaved(m_draft);
    fillRuleList();
    showHistory();
    draftChanged();
}

void RuleSetEditor::newRuleSet()
{
    if (!confirmDiscard())
        return;
    RuleSet fresh;
    fresh.key = uniqueSetKey();
    fresh.name = {QStringLiteral("新しいルールセット"), QStringLiteral("New rule set")};
    fresh.rules.append(defaultRule(QStringLiteral("rule_1")));
    m_filling = true;
    if (m_sets->count() == m_saved.size())
        m_sets->addItem(QString());
    m_sets->item(m_saved.size())->setText(tr("%1 (not saved)").arg(fresh.name.text()));
    m_sets->setCurrentRow(int(m_saved.size()));
    m_filling = false;
    m_setIndex = int(m_saved.size());
    m_draft = fresh;
    // Compared with a rule set without rules, the what-if lists everyone the new rules do not admit.
    RuleSet none;
    none.key = fresh.key;
    none.name = fresh.name;
    m_job->setSaved(none);
    fillRuleList();
    showHistory();
    draftChanged();
    m_nameJa->setFocus();
    m_nameJa->selectAll();
}

void RuleSetEditor::fillRuleList()
{
    m_filling = true;
    m_nameJa->setText(m_draft.name.ja);
    m_nameEn->setText(m_draft.name.en);
    m_descJa->setText(m_draft.description.ja);
    m_descEn->setText(m_draft.description.en);
    m_rules->clear();
    for (const Rule &r : m_draft.rules) {
        auto *item = new QListWidgetItem(r.name.text(), m_rules);
        item->setData(Qt::UserRole, r.id);
    }
    m_ruleIndex = -1;
    m_filling = false;
    m_rules->setCurrentRow(m_draft.rules.isEmpty() ? -1 : 0);
    if (m_draft.rules.isEmpty())
        onRuleSelected(-1);
    updateRuleButtons();
}

void RuleSetEditor::showHistory()
{
    m_history->clear();
    if (m_setIndex < 0 || m_setIndex >= m_saved.size())
        return;
    auto versions = m_store.history(m_saved.at(m_setIndex).ruleSetId);
    if (!versions)
        return;
    for (const RuleSetVersion &v : versions.value()) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, QString::number(v.version));
        item->setText(1, shortDateTime(v.savedAt.toLocalTime()));
        item->setText(2, v.savedBy);
        item->setText(3, v.note);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

void RuleSetEditor::onSetFieldsEdited()
{
    m_draft.name = {m_nameJa->text().trimmed(), m_nameEn->text().trimmed()};
    m_draft.description = {m_descJa->text().trimmed(), m_descEn->text().trimmed()};
    draftChanged();
}

void RuleSetEditor::onRuleSelected(int row)
{
    if (m_filling)
        return;
    m_ruleIndex = row;
    const bool valid = row >= 0 && row < m_draft.rules.size();
    m_ruleForm->setEnabled(valid);
    updateRuleButtons();
    if (valid)
        m_ruleForm->setRule(m_draft.rules.at(row));
}

void RuleSetEditor::updateRuleButtons()
{
    const int row = m_rules->currentRow();
    const bool valid = row >= 0 && row < m_draft.rules.size();
    m_removeRule->setEnabled(valid);
    m_ruleUp->setEnabled(valid && row > 0);
    m_ruleDown->setEnabled(valid && row + 1 < m_draft.rules.size());
    const bool saved = m_setIndex >= 0 && m_setIndex < m_saved.size();
    m_deleteSet->setEnabled(saved && !RuleSetStore::isBuiltIn(m_saved.at(m_setIndex).definition.key));
}

void RuleSetEditor::moveRule(int from, int to)
{
    if (from < 0 || from >= m_draft.rules.size() || to < 0 || to >= m_draft.rules.size() || from == to)
        return;
    m_draft.rules.move(from, to);
    m_filling = true;
    m_rules->insertItem(to, m_rules->takeItem(from));
    m_filling = false;
    m_ruleIndex = -1;
    m_rules->setCurrentRow(to);
    if (m_ruleIndex != to)
        onRuleSelected(to);
    draftChanged();
}

void RuleSetEditor::onRulesDragged()
{
    if (m_filling)
        return;
    // The list holds each rule's id: put the draft's rules in the order the list shows now.
    QVector<Rule> ordered;
    for (int i = 0; i < m_rules->count(); ++i) {
        const QString id = m_rules->item(i)->data(Qt::UserRole).toString();
        for (const Rule &r : std::as_const(m_draft.rules)) {
            if (r.id == id)
                ordered.append(r);
        }
    }
    if (ordered.size() != m_draft.rules.size() || ordered == m_draft.rules)
        return;
    m_draft.rules = ordered;
    m_ruleIndex = m_rules->currentRow();
    updateRuleButtons();
    draftChanged();
}

bool RuleSetEditor::deleteRuleSet()
{
    if (m_setIndex < 0 || m_setIndex >= m_saved.size())
        return false;
    const RuleSetVersion set = m_saved.at(m_setIndex);
    if (RuleSetStore::isBuiltIn(set.definition.key))
        return false;
    auto impact = m_store.deletionImpact(set.ruleSetId);
    if (!impact) {
        MessageBox::warning(this, tr("Rule set not deleted"), impact.errorText());
        return false;
    }
    const QLocale locale;
    const int versions = impact->versions;
    const int overrides = impact->activeOverrides;
    QString text = tr("Delete the rule set “%1”?").arg(set.definition.name.text()) + QStringLiteral("\n\n")
        + tr("Its %n saved version(s) stay in the history, and the audit trail records the deletion.", nullptr, versions);
    // A sentence a line: Japanese joins sentences without a space, English with one.
    if (overrides > 0)
        text += QLatin1Char('\n') + tr("The %n override(s) in force under it end, each with the reason “rule set deleted”.", nullptr, overrides);
    text += QLatin1Char('\n') + tr("Its stored verdicts (%1) are removed. This cannot be undone.").arg(locale.toString(impact->storedVerdicts));
    if (MessageBox::question(this, tr("Delete rule set"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    if (Status st = m_store.remove(set.ruleSetId, QString()); !st) {
        MessageBox::warning(this, tr("Rule set not deleted"), st.errorText());
        return false;
    }
    m_setIndex = -1;
    m_sets->clear();
    reloadSets(QString());
    emit ruleSetDeleted(set.definition.key);
    return true;
}

void RuleSetEditor::onRuleEdited()
{
    if (m_ruleIndex < 0 || m_ruleIndex >= m_draft.rules.size())
        return;
    m_draft.rules[m_ruleIndex] = m_ruleForm->rule();
    m_rules->item(m_ruleIndex)->setText(m_draft.rules.at(m_ruleIndex).name.text());
    draftChanged();
}

QString RuleSetEditor::uniqueRuleId() const
{
    for (int n = int(m_draft.rules.size()) + 1;; ++n) {
        const QString id = QStringLiteral("rule_%1").arg(n);
        if (std::none_of(m_draft.rules.begin(), m_draft.rules.end(), [&](const Rule &r) { return r.id == id; }))
            return id;
    }
}

QString RuleSetEditor::uniqueSetKey()
{
    for (int n = int(m_saved.size()) + 1;; ++n) {
        const QString key = QStringLiteral("rule_set_%1").arg(n);
        if (std::any_of(m_saved.begin(), m_saved.end(), [&](const RuleSetVersion &v) { return v.definition.key == key; }))
            continue;
        // A deleted rule set keeps its key: a new one must not inherit its history.
        auto taken = m_store.keyTaken(key);
        if (!taken || !taken.value())
            return key;
    }
}

void RuleSetEditor::addRule()
{
    if (m_setIndex < 0)
        return;
    m_draft.rules.append(defaultRule(uniqueRuleId()));
    auto *item = new QListWidgetItem(m_draft.rules.constLast().name.text(), m_rules);
    item->setData(Qt::UserRole, m_draft.rules.constLast().id);
    m_rules->setCurrentRow(m_rules->count() - 1);
    draftChanged();
}

void RuleSetEditor::removeRule()
{
    const int row = m_rules->currentRow();
    if (row < 0 || row >= m_draft.rules.size())
        return;
    m_draft.rules.removeAt(row);
    m_filling = true;
    delete m_rules->takeItem(row);
    m_filling = false;
    m_ruleIndex = -1;
    const int next = qMin(row, int(m_draft.rules.size()) - 1);
    m_rules->setCurrentRow(next);
    onRuleSelected(next);
    draftChanged();
}

void RuleSetEditor::draftChanged()
{
    m_problems = draftProblems(m_draft);
    if (m_problems.isEmpty()) {
        m_job->request(m_draft);
        if (m_counts->text().isEmpty())
            m_counts->setText(tr("Counting…"));
    } else {
        m_counts->setText(tr("The live count resumes when the draft is complete."));
    }
    if (m_setIndex >= m_saved.size() && m_sets->item(m_setIndex))
        m_sets->item(m_setIndex)->setText(tr("%1 (not saved)").arg(m_draft.name.text()));
    updateSaveState();
}

void RuleSetEditor::updateSaveState()
{
    QStringList shown = m_problems;
    if (shown.isEmpty() && isDirty() && m_note->text().trimmed().isEmpty())
        shown.append(tr("Write a change note to save: what changed and why."));
    m_problemLabel->setText(shown.join(QLatin1Char('\n')));
    m_save->setEnabled(m_problems.isEmpty() && isDirty() && !m_note->text().trimmed().isEmpty());
}

QString RuleSetEditor::countsText() const
{
    return m_counts->text();
}

void RuleSetEditor::onPreview(const DraftResult &result)
{
    QStringList lines;
    for (Verdict v : {Verdict::Eligible, Verdict::NeedsReview, Verdict::NotEligible})
        lines.append(countLine(verdictLabel(v), result.before.of(v), result.after.of(v)));
    m_counts->setText(lines.join(QStringLiteral("    ")));

    QVector<qint64> ids;
    for (int i = 0; i < result.changes.size() && ids.size() < WhatIfModel::kShown; ++i)
        ids.append(result.changes.at(i).alumnusId);
    QVector<RosterRow> rows;
    if (!ids.isEmpty()) {
        RosterQuery query(m_db->sql(), m_db->backend());
        if (auto r = query.rows(ids))
            rows = r.value();
    }
    m_whatIfModel->setChanges(result.changes, rows);
    const qint64 total = m_whatIfModel->totalChanges();
    const QLocale locale;
    m_tabs->setTabText(1, tr("What-if (%1)").arg(locale.toString(total)));
    if (total == 0)
        m_whatIfNote->setText(tr("The draft changes nobody's verdict."));
    else if (total > WhatIfModel::kShown)
        m_whatIfNote->setText(tr("The draft changes the verdict of %1 people; the first %2 are listed.")
                                  .arg(locale.toString(total), locale.toString(WhatIfModel::kShown)));
    else
        m_whatIfNote->setText(tr("The draft changes the verdict of %1 people.").arg(locale.toString(total)));
    m_whatIf->resizeColumnsToContents();
}

bool RuleSetEditor::save()
{
    m_problems = draftProblems(m_draft);
    const QString note = m_note->text().trimmed();
    if (!m_problems.isEmpty() || note.isEmpty() || !isDirty()) {
        updateSaveState();
        return false;
    }
    auto saved = m_store.save(m_draft, note);
    if (!saved) {
        MessageBox::warning(this, tr("Rules not saved"), saved.errorText());
        return false;
    }
    const QString key = saved->definition.key;
    m_note->clear();
    m_setIndex = -1;
    m_sets->clear();
    reloadSets(key);
    emit ruleSetSaved(key);
    return true;
}

void RuleSetEditor::done(int result)
{
    if (result == QDialog::Rejected && !confirmDiscard())
        return;
    QDialog::done(result);
}

} // namespace alumnidesk::ui
