#include "pipeline/PipelineCommands.h"

#include "common/MessageBox.h"

#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"

#include <QCoreApplication>

namespace alumnidesk::ui {

namespace {

QString changedElsewhere()
{
    return QCoreApplication::translate("PipelineCommands", "It was changed elsewhere (another window or program) since: reopen it and edit again.");
}

bool sameTerms(const pipeline::Terms &a, const pipeline::Terms &b)
{
    return a.annualSalary == b.annualSalary && a.grade == b.grade && a.title == b.title && a.location == b.location
        && a.department == b.department;
}

} // namespace

CommandErrorSink::CommandErrorSink(QWidget *laterParent)
    : m_state(std::make_shared<State>())
{
    m_state->parent = laterParent;
}

CommandErrorSink::~CommandErrorSink()
{
    m_state->collecting = false;
}

PipelineErrorHandler CommandErrorSink::handler() const
{
    return [state = m_state](const QString &message) {
        if (state->collecting) {
            state->message = message;
            return;
        }
        MessageBox::warning(state->parent.data(), QCoreApplication::translate("PipelineCommands", "Change not applied"), message);
    };
}

QString CommandErrorSink::message() const
{
    return m_state->message;
}

bool sameEditableFields(const pipeline::Candidacy &a, const pipeline::Candidacy &b)
{
    return a.owner == b.owner && a.nextAction == b.nextAction && a.nextActionDue == b.nextActionDue && a.notes == b.notes
        && a.eventName == b.eventName && a.referrerId == b.referrerId && sameTerms(a.offer, b.offer);
}

bool sameOpening(const pipeline::Opening &a, const pipeline::Opening &b)
{
    return a.title == b.title && a.department == b.department && a.grade == b.grade && a.location == b.location
        && a.requiredSkills == b.requiredSkills && a.alumniOnly == b.alumniOnly && a.hiringManager == b.hiringManager
        && a.status == b.status && a.openedOn == b.openedOn && a.closedOn == b.closedOn;
}

// --- AddCandidacyCommand -------------------------------------------------------------------------------

AddCandidacyCommand::AddCandidacyCommand(PipelineSession *session, pipeline::NewCandidacy candidacy, const QString &person,
                                         const QString &openingTitle, PipelineErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_new(std::move(candidacy))
    , m_onError(std::move(onError))
{
    setText(openingTitle.isEmpty() ? QCoreApplication::translate("PipelineCommands", "Add %1 to the talent pool").arg(person)
                                   : QCoreApplication::translate("PipelineCommands", "Add %1 to the pipeline for “%2”").arg(person, openingTitle));
}

void AddCandidacyCommand::redo()
{
    pipeline::PipelineService *service = m_session->service();
    auto id = service ? service->candidacies().add(m_new) : Result<qint64>(Error{QCoreApplication::translate("PipelineCommands", "No roster is open."), {}});
    if (!id) {
        m_id = 0;
        setObsolete(true);
        m_onError(id.errorText());
        return;
    }
    m_id = id.value();
    m_new.id = m_id; // a redo after an undo brings it back under the same id, which later commands name
    m_session->announce({m_new.alumnusId});
    if (m_onAdded) {
        const auto onAdded = std::move(m_onAdded);
        m_onAdded = {};
        onAdded(m_id);
    }
}

void AddCandidacyCommand::undo()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service || m_id == 0)
        return;
    if (Status st = service->candidacies().removeUnused(m_id); !st) {
        setObsolete(true);
        m_onError(st.errorText());
        return;
    }
    m_id = 0;
    m_session->announce({m_new.alumnusId});
}

AddCandidaciesCommand::AddCandidaciesCommand(const QString &text)
{
    setText(text);
}

void AddCandidaciesCommand::redo()
{
    QUndoCommand::redo();
    setObsolete(addedCount() == 0);
}

int AddCandidaciesCommand::addedCount() const
{
    int added = 0;
    for (int i = 0; i < childCount(); ++i) {
        if (static_cast<const AddCandidacyCommand *>(child(i))->candidacyId() != 0)
            ++added;
    }
    return added;
}

// --- EditCandidacyCommand ------------------------------------------------------------------------------

EditCandidacyCommand::EditCandidacyCommand(PipelineSession *session, pipeline::Candidacy before, pipeline::Candidacy after,
                                           const QString &person, PipelineErrorHandler onError)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("PipelineCommands", "Edit the candidacy of %1").arg(person));
}

bool EditCandidacyCommand::apply(pipeline::Candidacy &target, const pipeline::Candidacy &expected)
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return false;
    auto stored = service->candidacies().load(target.id);
    if (!stored) {
        m_onError(stored.errorText());
        return false;
    }
    if (!sameEditableFields(stored.value(), expected) && !sameEditableFields(stored.value(), target)) {
        m_onError(changedElsewhere());
        return false;
    }
    if (Status st = service->candidacies().saveDetails(target); !st) {
        m_onError(st.errorText());
        return false;
    }
    if (Status st = service->candidacies().saveOffer(target.id, target.offer); !st) {
        m_onError(st.errorText());
        return false;
    }
    // As stored (trimmed, normalised): what the reversal will expect to find.
    if (auto saved = service->candidacies().load(target.id))
        target = saved.value();
    m_session->announce({target.alumnusId});
    return true;
}

void EditCandidacyCommand::redo()
{
    if (!apply(m_after, m_before))
        setObsolete(true);
}

void EditCandidacyCommand::undo()
{
    if (!apply(m_before, m_after))
        setObsolete(true);
}

// --- AddOpeningCommand ---------------------------------------------------------------------------------

AddOpeningCommand::AddOpeningCommand(PipelineSession *session, pipeline::Opening opening, PipelineErrorHandler onError)
    : m_session(session)
    , m_opening(std::move(opening))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("PipelineCommands", "New opening “%1”").arg(m_opening.title.trimmed()));
}

void AddOpeningCommand::redo()
{
    pipeline::PipelineService *service = m_session->service();
    auto id = service ? service->openings().add(m_opening) : Result<qint64>(Error{QCoreApplication::translate("PipelineCommands", "No roster is open."), {}});
    if (!id) {
        setObsolete(true);
        m_onError(id.errorText());
        return;
    }
    m_opening.id = id.value();
    m_session->announce({});
    if (m_onAdded) {
        const auto onAdded = std::move(m_onAdded);
        m_onAdded = {};
        onAdded(m_opening.id);
    }
}

void AddOpeningCommand::undo()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service || m_opening.id == 0)
        return;
    if (Status st = service->openings().removeUnused(m_opening.id); !st) {
        setObsolete(true);
        m_onError(st.errorText());
        return;
    }
    m_session->announce({}); // m_opening.id stays: a redo re-adds it under the same id
}

// --- EditOpeningCommand --------------------------------------------------------------------------------

EditOpeningCommand::EditOpeningCommand(PipelineSession *session, pipeline::Opening before, pipeline::Opening after,
                                       PipelineErrorHandler onError)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("PipelineCommands", "Edit opening “%1”").arg(m_after.title.trimmed()));
}

bool EditOpeningCommand::apply(pipeline::Opening &target, const pipeline::Opening &expected)
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return false;
    auto stored = service->openings().load(target.id);
    if (!stored) {
        m_onError(stored.errorText());
        return false;
    }
    if (!sameOpening(stored.value(), expected) && !sameOpening(stored.value(), target)) {
        m_onError(changedElsewhere());
        return false;
    }
    if (Status st = service->openings().save(target); !st) {
        m_onError(st.errorText());
        return false;
    }
    if (auto saved = service->openings().load(target.id))
        target = saved.value();
    m_session->announce({});
    return true;
}

void EditOpeningCommand::redo()
{
    if (!apply(m_after, m_before))
        setObsolete(true);
}

void EditOpeningCommand::undo()
{
    if (!apply(m_before, m_after))
        setObsolete(true);
}

} // namespace alumnidesk::ui
