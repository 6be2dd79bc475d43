#include "pipeline/FollowUpsPanel.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

FollowUpsPanel::FollowUpsPanel(PipelineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 5, this))
    , m_empty(new QLabel(tr("Follow-ups at 1, 3 and 6 months are scheduled when the candidacy is moved to the rehired stage."), this))
    , m_record(new QPushButton(tr("&Record Follow-up…"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Check-in"), tr("Due"), tr("Done"), tr("By"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FollowUpsPanel::updateButton);
    connect(m_record, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(this, tr("Record Follow-up"),
                                                            tr("How is it going? (note for the record)"), {}, &ok);
        if (ok)
            recordSelected(note);
    });
}

void FollowUpsPanel::showCandidacy(qint64 candidacyId, qint64 alumnusId)
{
    m_candidacyId = candidacyId;
    m_alumnusId = alumnusId;
    reload();
}

void FollowUpsPanel::reload()
{
    m_followUps.clear();
    if (pipeline::PipelineService *service = m_session->service()) {
        if (auto list = service->followUps(m_candidacyId))
            m_followUps = list.value();
    }
    const QDate today = QDate::currentDate();
    m_table->setRowCount(int(m_followUps.size()));
    for (int row = 0; row < m_followUps.size(); ++row) {
        const pipeline::FollowUp &f = m_followUps.at(row);
        const bool overdue = !f.doneOn.isValid() && f.dueOn < today;
        const QStringList cells{tr("%n month(s)", nullptr, f.months), shortDate(f.dueOn),
                                f.doneOn.isValid() ? shortDate(f.doneOn) : (overdue ? tr("overdue") : tr("due")),
                                f.doneBy, f.note};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (overdue && col <= 2)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_empty->setVisible(m_followUps.isEmpty());
    updateButton();
}

void FollowUpsPanel::updateButton()
{
    const int row = m_table->currentRow();
    const bool pending = row >= 0 && row < m_followUps.size() && !m_followUps.at(row).doneOn.isValid()
        && !m_table->selectedItems().isEmpty();
    m_record->setEnabled(pending);
}

bool FollowUpsPanel::recordSelected(const QString &note)
{
    pipeline::PipelineService *service = m_session->service();
    const int row = m_table->currentRow();
    if (!service || row < 0 || row >= m_followUps.size())
        return false;
    if (Status st = service->recordFollowUp(m_followUps.at(row).id, QDate::currentDate(), note); !st) {
        MessageBox::warning(this, tr("Follow-up not recorded"), st.errorText());
        return false;
    }
    m_session->announce({m_alumnusId});
    reload();
    return true;
}

} // namespace alumnidesk::ui
