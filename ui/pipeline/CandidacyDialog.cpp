#include "pipeline/CandidacyDialog.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "editor/DateLineEdit.h"
#include "pipeline/FollowUpsPanel.h"
#include "pipeline/PipelineCommands.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"
#include "pipeline/PipelineVocabulary.h"
#include "pipeline/TermsPanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

CandidacyDialog::CandidacyDialog(PipelineSession *session, qint64 candidacyId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_owner(new QLineEdit(this))
    , m_nextAction(new QLineEdit(this))
    , m_due(new DateLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_history(new QTableWidget(0, 5, this))
    , m_terms(new TermsPanel(this))
    , m_followUps(new FollowUpsPanel(session, this))
    , m_tabs(new QTabWidget(this))
{
    m_candidacy.id = candidacyId;
    setWindowTitle(tr("Candidacy"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_summary->setWordWrap(true);
    m_nextAction->setPlaceholderText(tr("e.g. Call to arrange the second interview"));
    m_notes->setTabChangesFocus(true);

    auto *overview = new QWidget(this);
    auto *form = new QFormLayout(overview);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Next action:"), m_nextAction);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(tr("No&tes:"), m_notes);

    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("From"), tr("To"), tr("Reason")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(true);

    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(m_history, tr("Stage History"));
    m_tabs->addTab(m_terms, tr("Offer and Terms"));
    m_tabs->addTab(m_followUps, tr("Follow-ups"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 520);
    load();
}

void CandidacyDialog::load()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return;
    auto c = service->candidacies().load(m_candidacy.id);
    if (!c) {
        m_heading->setText(c.errorText());
        return;
    }
    m_candidacy = c.value();
    // The row with the person's name and the stage's name.
    pipeline::CandidacyRow row;
    if (auto rows = service->candidacies().forAlumnus(m_candidacy.alumnusId)) {
        for (const pipeline::CandidacyRow &r : rows.value()) {
            if (r.candidacy.id == m_candidacy.id)
                row = r;
        }
    }
    m_personName = row.name;
    m_heading->setText(row.name.isEmpty() ? tr("Candidacy %1").arg(m_candidacy.id)
                                          : row.name + QStringLiteral("  ") + row.kana);
    const QString opening = row.openingTitle.isEmpty() ? tr("Talent pool") : row.openingTitle;
    QStringList facts{tr("Employee ID %1").arg(row.employeeId), tr("Opening: %1").arg(opening),
                      tr("Stage: %1").arg(row.stageName), tr("Source: %1").arg(pipeline::sourceLabel(m_candidacy.source))};
    if (!m_candidacy.eventName.isEmpty())
        facts.append(tr("Event: %1").arg(m_candidacy.eventName));
    if (!m_candidacy.isOpen())
        facts.append(tr("Closed on %1").arg(shortDate(m_candidacy.closedAt.toLocalTime().date())));
    if (m_candidacy.startDate.isValid())
        facts.append(tr("Start date %1").arg(shortDate(m_candidacy.startDate)));
    const pipeline::RehireVerdict verdict = service->verdictFor(m_candidacy.alumnusId);
    facts.append(tr("Rehire verdict: %1").arg(pipeline::verdictLabel(verdict.kind)));
    m_summary->setText(facts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(verdict.reason);

    m_owner->setText(m_candidacy.owner);
    m_nextAction->setText(m_candidacy.nextAction);
    m_due->setDate(m_candidacy.nextActionDue);
    m_notes->setPlainText(m_candidacy.notes);
    m_terms->setOffer(m_candidacy.offer);
    loadHistory();
    loadTerms();
    m_followUps->showCandidacy(m_candidacy.id, m_candidacy.alumnusId);
}

void CandidacyDialog::loadHistory()
{
    auto moves = m_session->service()->history(m_candidacy.id);
    if (!moves) {
        m_history->setRowCount(0);
        return;
    }
    // Newest first: what happened last is what the recruiter looks for.
    const QVector<pipeline::Move> list = moves.value();
    m_history->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const pipeline::Move &m = list.at(list.size() - 1 - i);
        QString reason = m.reason;
        if (m.overrideEligibility)
            reason = tr("Override of the rehire verdict: %1").arg(reason);
        if (m.reversesMoveId)
            reason = tr("Undo of an earlier move");
        if (m.reversedByMoveId)
            reason += (reason.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(undone)");
        const QStringList cells{shortDateTime(m.at.toLocalTime()), m.user,
                                m.fromStageId ? m.fromStageName : tr("(added)"), m.toStageName, reason};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (m.reversedByMoveId || m.reversesMoveId)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_history->setItem(i, col, item);
        }
    }
    m_history->resizeColumnsToContents();
}

void CandidacyDialog::loadTerms()
{
    auto comparison = m_session->service()->compareTerms(m_candidacy.id);
    if (comparison)
        m_terms->setComparison(comparison.value());
    else
        m_terms->setComparisonError(comparison.errorText());
}

bool CandidacyDialog::save()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service || m_candidacy.alumnusId == 0)
        return false;
    if (!m_due->text().trimmed().isEmpty() && !m_due->date().isValid()) {
        MessageBox::warning(this, tr("Not saved"), tr("The due date is not a date: %1").arg(m_due->error()));
        return false;
    }
    bool salaryOk = true;
    const pipeline::Terms offer = m_terms->offer(&salaryOk);
    if (!salaryOk) {
        m_tabs->setCurrentWidget(m_terms);
        MessageBox::warning(this, tr("Not saved"), tr("The offered salary must be a whole number of yen."));
        return false;
    }
    pipeline::Candidacy c = m_candidacy;
    c.owner = m_owner->text().trimmed();
    c.nextAction = m_nextAction->text().trimmed();
    c.nextActionDue = m_due->date();
    c.notes = m_notes->toPlainText().trimmed();
    c.offer = offer;
    if (sameEditableFields(c, m_candidacy))
        return true; // nothing changed: nothing on the undo stack
    const CommandErrorSink errors(parentWidget());
    const QString person = m_personName.isEmpty() ? tr("Candidacy %1").arg(c.id) : m_personName;
    if (!m_session->run(new EditCandidacyCommand(m_session, m_candidacy, c, person, errors.handler()))) {
        MessageBox::warning(this, tr("Not saved"), errors.message());
        return false;
    }
    load();
    return true;
}

} // namespace alumnidesk::ui
