#include "eligibility/EligibilityActions.h"

#include "common/MessageBox.h"
#include "db/Database.h"
#include "eligibility/EligibilityService.h"
#include "eligibility/OverrideDialog.h"
#include "eligibility/RuleSetEditor.h"
#include "roster/RosterService.h"

#include <QAction>
#include <QWidget>

namespace alumnidesk::ui {

using namespace eligibility;

EligibilityActions::EligibilityActions(RosterService *service, QWidget *window, std::function<qint64()> currentId)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_currentId(std::move(currentId))
    , m_override(new QAction(tr("Set Eligibility &Override…"), this))
    , m_rules(new QAction(tr("Eligibility &Rules…"), this))
{
    m_override->setStatusTip(tr("Decide network membership or rehire for the selected alumnus by hand, with a reason"));
    m_rules->setStatusTip(tr("Edit who is eligible for the alumni network, rehire and other programmes"));
    connect(m_override, &QAction::triggered, this, [this] { editOverride(m_currentId()); });
    connect(m_rules, &QAction::triggered, this, &EligibilityActions::showRuleEditor);
    updateEnabled();
}

void EligibilityActions::updateEnabled()
{
    const bool open = m_service->database() != nullptr;
    m_override->setEnabled(open && m_currentId() != 0);
    m_rules->setEnabled(open);
}

bool EligibilityActions::editOverride(qint64 alumnusId)
{
    Database *db = m_service->database();
    if (!db || alumnusId == 0)
        return false;
    const QString title = tr("Eligibility Override");
    auto person = m_service->load(alumnusId);
    if (!person) {
        MessageBox::warning(m_window, title, person.errorText());
        return false;
    }
    EligibilityService service(db->sql(), db->backend(), QStringLiteral("ui"));
    auto sets = service.ruleSets().current();
    if (!sets) {
        MessageBox::warning(m_window, title, sets.errorText());
        return false;
    }
    const QDate today = QDate::currentDate();
    QHash<qint64, Override> active;
    for (const RuleSetVersion &rs : sets.value()) {
        auto o = service.overrides().active(alumnusId, rs.ruleSetId, today);
        if (!o) {
            MessageBox::warning(m_window, title, o.errorText());
            return false;
        }
        if (o.value())
            active.insert(rs.ruleSetId, *o.value());
    }
    OverrideDialog dialog(person->displayName(), sets.value(), active, m_window);
    dialog.selectRuleSet(m_preferredRuleSet);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Status written;
    if (dialog.action() == OverrideDialog::Action::Revoke) {
        written = service.overrides().revoke(active.value(dialog.ruleSetId()).id, dialog.reason());
    } else {
        auto set = service.overrides().set(alumnusId, dialog.ruleSetId(), dialog.verdict(), dialog.reason(),
                                           dialog.expiresOn());
        if (!set)
            written = set.error();
    }
    if (!written) {
        MessageBox::warning(m_window, title, written.errorText());
        return false;
    }
    emit eligibilityChanged({alumnusId});
    return true;
}

RuleSetEditor *EligibilityActions::showRuleEditor()
{
    Database *db = m_service->database();
    if (!db)
        return nullptr;
    if (RuleSetEditor *existing = m_editor.data(); existing && existing->isVisible()) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *editor = new RuleSetEditor(db, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RuleSetEditor::ruleSetSaved, this, [this] { emit eligibilityChanged({}); });
    connect(editor, &RuleSetEditor::ruleSetDeleted, this, [this] { emit eligibilityChanged({}); });
    m_editor = editor;
    editor->open();
    return editor;
}

} // namespace alumnidesk::ui
