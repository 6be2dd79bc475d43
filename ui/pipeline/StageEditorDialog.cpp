#include "pipeline/StageEditorDialog.h"

#include "pipeline/PipelineVocabulary.h"
#include "pipeline/Stages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

namespace {

constexpr pipeline::StageKind kKinds[] = {pipeline::StageKind::Active, pipeline::StageKind::Hired, pipeline::StageKind::Declined,
                                          pipeline::StageKind::Rejected, pipeline::StageKind::OnHold};

QTableWidgetItem *checkItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

StageEditorDialog::StageEditorDialog(pipeline::StageCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Pipeline Stages"));
    auto *intro = new QLabel(tr("The stages of the rehire pipeline, in board order. A stage that ends the candidacy "
                                "(rehired, declined, rejected, on hold) asks for a reason when a card reaches it. "
                                "Stages are never deleted, because the history refers to them: retire one instead."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("stages"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Name (Japanese)"), tr("Name (English)"), tr("When reached"),
                                        tr("Needs eligibility"), tr("Retired")});
    m_table->horizontalHeaderItem(EligibilityColumn)
        ->setToolTip(tr("Entering this stage with a Not eligible rehire verdict needs an override reason"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JapaneseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EnglishColumn, QHeaderView::Stretch);

    m_error->setObjectName(QStringLiteral("stageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *add = new QPushButton(tr("&Add Stage"), this);
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] { m_table->selectRow(addStage()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), +1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &StageEditorDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (auto stages = m_catalog.stages()) {
        for (const pipeline::Stage &s : stages.value()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_ids.append(s.id);
            setRow(row, s);
        }
    } else {
        m_error->setText(stages.errorText());
        m_error->show();
    }
    resize(860, 460);
    updateButtons();
}

void StageEditorDialog::setRow(int row, const pipeline::Stage &s)
{
    auto *key = new QTableWidgetItem(s.key);
    if (s.id != 0) // scripts and the CLI use the key: it stays as it was
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, KeyColumn, key);
    m_table->setItem(row, JapaneseColumn, new QTableWidgetItem(s.nameJa));
    m_table->setItem(row, EnglishColumn, new QTableWidgetItem(s.nameEn));
    auto *kind = new QComboBox(m_table);
    for (pipeline::StageKind k : kKinds)
        kind->addItem(pipeline::kindLabel(k), int(k));
    kind->setCurrentIndex(kind->findData(int(s.kind)));
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setItem(row, EligibilityColumn, checkItem(s.requiresEligibility));
    m_table->setItem(row, RetiredColumn, checkItem(s.retired));
}

QVector<pipeline::Stage> StageEditorDialog::editedStages() const
{
    QVector<pipeline::Stage> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        pipeline::Stage s;
        s.id = m_ids.value(row);
        s.key = m_table->item(row, KeyColumn)->text().trimmed();
        s.nameJa = m_table->item(row, JapaneseColumn)->text().trimmed();
        s.nameEn = m_table->item(row, EnglishColumn)->text().trimmed();
        s.position = (row + 1) * 10;
        if (auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn)))
            s.kind = pipeline::StageKind(kind->currentData().toInt());
        s.closing = s.kind != pipeline::StageKind::Active;
        s.requiresEligibility = m_table->item(row, EligibilityColumn)->checkState() == Qt::Checked;
        s.retired = m_table->item(row, RetiredColumn)->checkState() == Qt::Checked;
        out.append(s);
    }
    return out;
}

int StageEditorDialog::addStage()
{
    // New stages go after the last in-progress one, before those that end a candidacy.
    int row = 0;
    const QVector<pipeline::Stage> now = editedStages();
    for (int i = 0; i < now.size(); ++i)
        if (now.at(i).kind == pipeline::StageKind::Active)
            row = i + 1;
    m_table->insertRow(row);
    m_ids.insert(row, 0);
    pipeline::Stage fresh;
    fresh.key = QStringLiteral("stage_%1").arg(m_table->rowCount());
    setRow(row, fresh);
    updateButtons();
    return row;
}

void StageEditorDialog::moveRow(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= m_table->rowCount() || to >= m_table->rowCount())
        return;
    QVector<pipeline::Stage> stages = editedStages();
    stages.swapItemsAt(row, to);
    m_ids.swapItemsAt(row, to);
    setRow(row, stages.at(row));
    setRow(to, stages.at(to));
    m_table->selectRow(to);
    updateButtons();
}

bool StageEditorDialog::save()
{
    if (Status st = m_catalog.saveAll(editedStages()); !st) {
        m_error->setText(st.error().fullText());
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

QString StageEditorDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void StageEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

void StageEditorDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

} // namespace alumnidesk::ui
