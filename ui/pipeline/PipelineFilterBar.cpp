#include "pipeline/PipelineFilterBar.h"

#include "db/AuditLog.h"
#include "pipeline/PipelineVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace alumnidesk::ui {

namespace {

void restoreChoice(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

PipelineFilterBar::PipelineFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_opening(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_mine(new QCheckBox(tr("&My candidates"), this))
    , m_user(currentOsUser())
{
    m_opening->setObjectName(QStringLiteral("openingFilter"));
    m_opening->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_opening->setMinimumContentsLength(16);
    m_source->addItem(tr("Any source"), -1);
    for (auto s : {pipeline::CandidacySource::Applied, pipeline::CandidacySource::Outreach,
                   pipeline::CandidacySource::Referral, pipeline::CandidacySource::Event})
        m_source->addItem(pipeline::sourceLabel(s), int(s));
    m_mine->setToolTip(tr("Candidacies owned by you (%1)").arg(m_user));

    auto *openingLabel = new QLabel(tr("O&pening:"), this);
    openingLabel->setBuddy(m_opening);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->addWidget(openingLabel);
    layout->addWidget(m_opening);
    layout->addSpacing(8);
    layout->addWidget(m_stage);
    layout->addWidget(m_owner);
    layout->addWidget(m_source);
    layout->addWidget(m_overdue);
    layout->addWidget(m_mine);
    layout->addStretch();

    for (QComboBox *box : {m_opening, m_stage, m_owner, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &PipelineFilterBar::filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &PipelineFilterBar::filterChanged);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        m_owner->setEnabled(!on);
        emit filterChanged();
    });
    setChoices({}, {}, {});
}

void PipelineFilterBar::setChoices(const QVector<pipeline::OpeningSummary> &openings,
                                   const QVector<pipeline::Stage> &stages, const QStringList &owners)
{
    const QVariant opening = m_opening->currentData();
    const QVariant stage = m_stage->currentData();
    const QVariant owner = m_owner->currentData();
    const QSignalBlocker b1(m_opening), b2(m_stage), b3(m_owner);

    m_opening->clear();
    m_opening->addItem(tr("All openings"), qint64(-1));
    m_opening->addItem(tr("Talent pool (no opening)"), qint64(0));
    for (const pipeline::OpeningSummary &s : openings) {
        QString text = s.opening.title;
        if (!s.opening.department.isEmpty())
            text += QStringLiteral(" — ") + s.opening.department;
        if (s.opening.status != pipeline::OpeningStatus::Open)
            text += QStringLiteral(" (") + pipeline::openingStatusLabel(s.opening.status) + QLatin1Char(')');
        m_opening->addItem(text, s.opening.id);
    }
    restoreChoice(m_opening, opening.isValid() ? opening : QVariant(qint64(-1)));

    m_stage->clear();
    m_stage->addItem(tr("Every stage"), qint64(0));
    for (const pipeline::Stage &s : stages) {
        if (!s.retired)
            m_stage->addItem(s.name(), s.id);
    }
    restoreChoice(m_stage, stage);

    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    for (const QString &o : owners)
        m_owner->addItem(o, o);
    restoreChoice(m_owner, owner);
}

pipeline::BoardFilter PipelineFilterBar::filter() const
{
    pipeline::BoardFilter f;
    f.openingId = openingId();
    f.stageId = m_stage->currentData().toLongLong();
    f.owner = m_mine->isChecked() ? m_user : m_owner->currentData().toString();
    f.source = m_source->currentData().toInt();
    f.overdueOnly = m_overdue->isChecked();
    return f;
}

qint64 PipelineFilterBar::openingId() const
{
    const QVariant v = m_opening->currentData();
    return v.isValid() ? v.toLongLong() : -1;
}

void PipelineFilterBar::setOpeningId(qint64 id)
{
    restoreChoice(m_opening, QVariant(id));
}

} // namespace alumnidesk::ui
