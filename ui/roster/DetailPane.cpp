#include "roster/DetailPane.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineSession.h"
#include "eligibility/EligibilityHtml.h"
#include "roster/AlumnusHtml.h"
#include "roster/RosterService.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace alumnidesk::ui {

DetailPane::DetailPane(RosterService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_browser(new QTextBrowser(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_override(new QPushButton(tr("Eligibility &Override…"), this))
{
    m_override->setToolTip(tr("Set or revoke a manual eligibility verdict for this person"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_override);
    buttons->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    layout->addLayout(buttons);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_id); });
    connect(m_override, &QPushButton::clicked, this, [this] { emit overrideRequested(m_id); });
    showAlumnus(0);
}

void DetailPane::showAlumnus(qint64 id)
{
    m_id = id;
    m_edit->setEnabled(id != 0);
    m_override->setEnabled(id != 0);
    if (id == 0) {
        m_browser->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                               .arg(tr("Select an alumnus to see their details.").toHtmlEscaped()));
        return;
    }
    auto a = m_service->load(id);
    if (!a) {
        m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(a.errorText().toHtmlEscaped()));
        return;
    }
    QVector<AuditEntry> history;
    QString eligibility;
    if (Database *db = m_service->database()) {
        if (auto h = AuditLog::alumnusHistory(db->sql(), a->employeeId, 8))
            history = h.value();
        eligibility = eligibilityHtml(*db, id);
    }
    QVector<pipeline::CandidacyRow> candidacies;
    if (pipeline::PipelineService *service = m_pipeline ? m_pipeline->service() : nullptr) {
        if (auto rows = service->candidacies().forAlumnus(id))
            candidacies = rows.value();
    }
    m_browser->setHtml(alumnusToHtml(a.value(), history, eligibility, candidacies));
}

QString DetailPane::eligibilityHtml(Database &db, qint64 id) const
{
    // One person's facts against every rule set: a few small reads, cheap enough for the UI thread.
    using namespace eligibility;
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    EligibilityService service(db.sql(), db.backend(), QStringLiteral("ui"));
    auto sets = service.ruleSets().current();
    if (!sets)
        return alumnidesk::ui::eligibilityToHtml({}, sets.errorText());
    QVector<Explanation> explanations;
    QString error;
    for (const RuleSetVersion &set : sets.value()) {
        auto e = service.explain(id, set.definition.key, asOf);
        if (e)
            explanations.append(e.value());
        else
            error = e.errorText();
    }
    return alumnidesk::ui::eligibilityToHtml(explanations, error);
}

void DetailPane::refreshIfShown(const QVector<qint64> &ids)
{
    if (m_id != 0 && (ids.isEmpty() || ids.contains(m_id)))
        showAlumnus(m_id);
}

QString DetailPane::plainText() const
{
    return m_browser->toPlainText();
}

} // namespace alumnidesk::ui
