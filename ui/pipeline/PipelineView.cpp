#include "pipeline/PipelineView.h"

#include "common/MessageBox.h"
#include "pipeline/CandidacyDialog.h"
#include "pipeline/CandidacyListModel.h"
#include "pipeline/MatchDialog.h"
#include "pipeline/MoveCandidacyCommand.h"
#include "pipeline/MoveReasonDialog.h"
#include "pipeline/OpeningDialog.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineCommands.h"
#include "pipeline/StageEditorDialog.h"
#include "pipeline/PipelineFilterBar.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"

#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alumnidesk::ui {

PipelineView::PipelineView(PipelineSession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_filters(new PipelineFilterBar(this))
    , m_board(new PipelineBoard(this))
    , m_list(new QTableView(this))
    , m_listModel(new CandidacyListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("PipelineView"));
    // Every pipeline edit (candidacies and openings too, not only moves) goes on the window's undo stack.
    if (!m_session->undoStack())
        m_session->setUndoStack(m_undo);
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_list);

    m_newOpening = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Opening…"), this);
    m_newOpening->setIconText(tr("New Opening"));
    m_editOpening = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit &Opening…"), this);
    m_editOpening->setIconText(tr("Edit Opening"));
    m_match = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Match Alumni…"), this);
    m_match->setIconText(tr("Match Alumni"));
    m_match->setToolTip(tr("Rank alumni for the chosen opening, with the reasons"));
    m_details = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("Candidacy &Details…"), this);
    m_details->setIconText(tr("Details"));
    m_editStages = new QAction(tr("Edit &Stages…"), this);
    m_editStages->setObjectName(QStringLiteral("editStages"));
    connect(m_editStages, &QAction::triggered, this, &PipelineView::editStages);
    m_boardMode = new QAction(tr("Board"), this);
    m_listMode = new QAction(tr("List"), this);
    auto *modes = new QActionGroup(this);
    for (QAction *a : {m_boardMode, m_listMode}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    m_boardMode->setChecked(true);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newOpening);
    bar->addAction(m_editOpening);
    bar->addAction(m_match);
    bar->addAction(m_details);
    bar->addSeparator();
    bar->addAction(m_boardMode);
    bar->addAction(m_listMode);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_summary->setContentsMargins(0, 0, 8, 0);
    bar->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filters);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);

    m_askReason = [this](const QString &person, const pipeline::MoveCheck &check, QString *reason, QDate *start) {
        MoveReasonDialog dialog(person, check, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *reason = dialog.reason();
        *start = dialog.startDate();
        return true;
    };

    connect(m_filters, &PipelineFilterBar::filterChanged, this, &PipelineView::reload);
    connect(m_board, &PipelineBoard::moveRequested, this, &PipelineView::moveCandidacy);
    connect(m_board, &PipelineBoard::cardActivated, this, &PipelineView::showCandidacy);
    connect(m_board, &PipelineBoard::selectionChanged, this, &PipelineView::updateActions);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &i) {
        showCandidacy(m_listModel->candidacyIdAt(i.row()));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PipelineView::updateActions);
    connect(m_boardMode, &QAction::toggled, this, [this](bool on) { setShowsList(!on); });
    connect(m_newOpening, &QAction::triggered, this, &PipelineView::newOpening);
    connect(m_editOpening, &QAction::triggered, this, &PipelineView::editOpening);
    connect(m_match, &QAction::triggered, this, &PipelineView::showMatches);
    connect(m_details, &QAction::triggered, this, [this] { showCandidacy(selectedCandidacyId()); });
    connect(m_session, &PipelineSession::changed, this, &PipelineView::onSessionChanged);
    updateActions();
}

bool PipelineView::showsList() const
{
    return m_stack->currentWidget() == m_list;
}

void PipelineView::setShowsList(bool list)
{
    m_stack->setCurrentWidget(list ? static_cast<QWidget *>(m_list) : m_board);
    (list ? m_listMode : m_boardMode)->setChecked(true);
    updateActions();
}

qint64 PipelineView::selectedCandidacyId() const
{
    if (showsList()) {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        return rows.isEmpty() ? 0 : m_listModel->candidacyIdAt(rows.first().row());
    }
    return m_board->selectedCandidacyId();
}

void PipelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        onSessionChanged();
}

void PipelineView::onSessionChanged()
{
    // The Pipeline menu is in the menu bar whichever tab is shown: its commands follow the file at once.
    updateActions();
    // Hidden, the board waits until it is shown: a roster edit need not re-read the pipeline.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refreshChoices();
    reload();
}

void PipelineView::refreshChoices()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service) {
        m_filters->setChoices({}, {}, {});
        return;
    }
    auto openings = service->openings().list();
    auto stages = service->stages().stages();
    auto owners = service->candidacies().owners();
    m_filters->setChoices(openings ? openings.value() : QVector<pipeline::OpeningSummary>(),
                          stages ? stages.value() : QVector<pipeline::Stage>(),
                          owners ? owners.value() : QStringList());
}

void PipelineView::reload()
{
    m_stale = false;
    pipeline::PipelineService *service = m_session->service();
    pipeline::Board board;
    QString summary;
    if (service) {
        const pipeline::BoardFilter filter = m_filters->filter();
        auto result = service->board(filter);
        if (result) {
            board = result.value();
            int total = 0;
            for (const pipeline::BoardColumn &c : std::as_const(board.columns))
                total += c.total;
            summary = tr("%Ln candidacies", nullptr, total);
        } else {
            summary = result.errorText();
        }
    } else {
        summary = tr("No roster open");
    }
    const qint64 selected = selectedCandidacyId();
    m_board->setBoard(board, m_filters->openingId() < 0);
    m_listModel->setBoard(board);
    if (const int row = m_listModel->rowOf(selected); row >= 0)
        m_list->selectRow(row);
    if (m_list->horizontalHeader()->sectionSize(0) < 40 || m_listModel->rowCount() > 0)
        m_list->resizeColumnsToContents();
    m_summary->setText(summary);
    updateActions();
}

void PipelineView::updateActions()
{
    const bool open = m_session->service() != nullptr;
    const bool oneOpening = open && m_filters->openingId() > 0;
    m_newOpening->setEnabled(open);
    m_editStages->setEnabled(open);
    m_editOpening->setEnabled(oneOpening);
    m_match->setEnabled(oneOpening);
    m_details->setEnabled(open && selectedCandidacyId() != 0);
}

const pipeline::BoardCard *PipelineView::findCard(qint64 candidacyId) const
{
    for (const pipeline::BoardColumn &c : m_board->board().columns) {
        for (const pipeline::BoardCard &card : c.cards) {
            if (card.candidacyId == candidacyId)
                return &card;
        }
    }
    return nullptr;
}

bool PipelineView::moveCandidacy(qint64 candidacyId, qint64 toStageId)
{
    pipeline::PipelineService *service = m_session->service();
    if (!service || candidacyId == 0 || toStageId == 0)
        return false;
    pipeline::MoveRequest request{candidacyId, toStageId, {}, {}};
    const pipeline::BoardCard *card = findCard(candidacyId);
    const QString person = card ? card->name : tr("Candidacy %1").arg(candidacyId);
    const qint64 alumnusId = card ? card->alumnusId : 0;

    pipeline::MoveCheck check = service->checkMove(request);
    if (check.problem == pipeline::MoveCheck::ReasonRequired || check.problem == pipeline::MoveCheck::OverrideRequired) {
        if (!m_askReason(person, check, &request.reason, &request.startDate))
            return false;
        check = service->checkMove(request);
    }
    if (!check.ok()) {
        MessageBox::warning(this, tr("Move not applied"), check.message);
        return false;
    }
    const QString label = tr("%1: %2 → %3").arg(person, check.from.name(), check.to.name());
    auto *cmd = new MoveCandidacyCommand(m_session, alumnusId, request, label, [this](const QString &message) {
        MessageBox::warning(this, tr("Move not applied"), message);
    });
    // A command the core refused is obsolete after its first redo: the stack deletes it and stays put.
    const int before = m_undo->index();
    m_undo->push(cmd);
    return m_undo->index() > before;
}

void PipelineView::editStages()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return;
    StageEditorDialog dialog(service->stages(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshChoices();
    reload();
    m_session->announce({});
}

void PipelineView::newOpening()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return;
    pipeline::Opening fresh;
    if (m_filters->openingId() > 0) {
        if (auto current = service->openings().load(m_filters->openingId()))
            fresh.department = current->department;
    }
    OpeningDialog dialog(fresh, [this](pipeline::Opening &o) -> Status {
        const CommandErrorSink errors(this);
        auto *command = new AddOpeningCommand(m_session, o, errors.handler());
        command->setAddedCallback([&o](qint64 id) { o.id = id; });
        if (!m_session->run(command))
            return Error{errors.message(), {}};
        return {};
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshChoices();
    m_filters->setOpeningId(dialog.opening().id);
}

void PipelineView::editOpening()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service || m_filters->openingId() <= 0)
        return;
    auto opening = service->openings().load(m_filters->openingId());
    if (!opening) {
        MessageBox::warning(this, tr("Cannot edit the opening"), opening.errorText());
        return;
    }
    const pipeline::Opening before = opening.value();
    OpeningDialog dialog(before, [this, before](pipeline::Opening &o) -> Status {
        if (sameOpening(o, before))
            return {}; // nothing changed: nothing on the undo stack
        const CommandErrorSink errors(this);
        if (!m_session->run(new EditOpeningCommand(m_session, before, o, errors.handler())))
            return Error{errors.message(), {}};
        return {};
    }, this);
    dialog.exec();
}

void PipelineView::showMatches()
{
    if (!m_session->service() || m_filters->openingId() <= 0)
        return;
    MatchDialog dialog(m_session, m_filters->openingId(), this);
    dialog.exec();
}

void PipelineView::showCandidacy(qint64 candidacyId)
{
    if (!m_session->service() || candidacyId == 0)
        return;
    CandidacyDialog dialog(m_session, candidacyId, this);
    dialog.exec();
}

} // namespace alumnidesk::ui
