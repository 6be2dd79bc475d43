#include "pipeline/AddToPipelineDialog.h"

#include "editor/DateLineEdit.h"
#include "pipeline/PipelineCommands.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"
#include "pipeline/PipelineVocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alumnidesk::ui {

AddToPipelineDialog::AddToPipelineDialog(PipelineSession *session, qint64 alumnusId, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_alumnusId(alumnusId)
    , m_personName(name)
    , m_opening(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_event(new QLineEdit(this))
    , m_nextAction(new QLineEdit(this))
    , m_due(new DateLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add to Pipeline"));
    m_opening->addItem(tr("Talent pool (no opening yet)"), qint64(0));
    if (pipeline::PipelineService *service = session->service()) {
        if (auto openings = service->openings().list()) {
            for (const pipeline::OpeningSummary &s : openings.value()) {
                if (s.opening.status != pipeline::OpeningStatus::Open)
                    continue;
                m_openingTitles.insert(s.opening.id, s.opening.title);
                QString text = s.opening.title;
                if (!s.opening.department.isEmpty())
                    text += QStringLiteral(" — ") + s.opening.department;
                if (s.opening.alumniOnly)
                    text += QStringLiteral(" ") + tr("[alumni only]");
                m_opening->addItem(text, s.opening.id);
            }
        }
    }
    for (auto s : {pipeline::CandidacySource::Outreach, pipeline::CandidacySource::Applied,
                   pipeline::CandidacySource::Referral, pipeline::CandidacySource::Event})
        m_source->addItem(pipeline::sourceLabel(s), int(s));
    m_event->setPlaceholderText(tr("e.g. アルムナイ交流会 2025"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->hide();

    auto *intro = new QLabel(tr("Put %1 in the rehire pipeline.").arg(name), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Opening:"), m_opening);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Next action:"), m_nextAction);
    form->addRow(tr("&Due:"), m_due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddToPipelineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateEvent = [this] {
        m_event->setEnabled(m_source->currentData().toInt() == int(pipeline::CandidacySource::Event));
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, updateEvent);
    updateEvent();
    resize(480, sizeHint().height());
}

QString AddToPipelineDialog::errorText() const
{
    return m_error->text();
}

void AddToPipelineDialog::accept()
{
    pipeline::PipelineService *service = m_session->service();
    if (!service)
        return;
    pipeline::NewCandidacy n;
    n.alumnusId = m_alumnusId;
    n.openingId = m_opening->currentData().toLongLong();
    n.source = static_cast<pipeline::CandidacySource>(m_source->currentData().toInt());
    if (n.source == pipeline::CandidacySource::Event)
        n.eventName = m_event->text().trimmed();
    n.nextAction = m_nextAction->text().trimmed();
    n.nextActionDue = m_due->date();
    const CommandErrorSink errors(parentWidget());
    auto *command = new AddCandidacyCommand(m_session, n, m_personName,
                                            n.openingId ? m_openingTitles.value(n.openingId) : QString(), errors.handler());
    // Only the first redo reports here: later ones (after an undo) must not reach this dialog, gone by then.
    command->setAddedCallback([this](qint64 id) { m_candidacyId = id; });
    // On the window's undo stack; the command announces the change itself.
    if (!m_session->run(command)) {
        m_error->setText(errors.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace alumnidesk::ui
