#include "eligibility/OverrideDialog.h"

#include "common/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alumnidesk::ui {

using namespace eligibility;

OverrideDialog::OverrideDialog(const QString &personName, const QVector<RuleSetVersion> &ruleSets,
                               const QHash<qint64, Override> &active, QWidget *parent)
    : QDialog(parent)
    , m_active(active)
    , m_ruleSet(new QComboBox(this))
    , m_current(new QLabel(this))
    , m_verdict(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hasExpiry(new QCheckBox(tr("Expires after"), this))
    , m_expiry(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_set(m_buttons->addButton(tr("&Set Override"), QDialogButtonBox::AcceptRole))
    , m_revoke(m_buttons->addButton(tr("&Revoke Override"), QDialogButtonBox::DestructiveRole))
{
    setWindowTitle(tr("Eligibility Override — %1").arg(personName));
    for (const RuleSetVersion &rs : ruleSets) {
        m_ruleSet->addItem(rs.definition.name.text(), rs.ruleSetId);
        m_ruleSet->setItemData(m_ruleSet->count() - 1, rs.definition.key, Qt::UserRole + 1);
    }
    for (Verdict v : {Verdict::Eligible, Verdict::NeedsReview, Verdict::NotEligible})
        m_verdict->addItem(verdictLabel(v), int(v));
    m_reason->setPlaceholderText(tr("Why the rules do not decide this case (required; kept in the audit trail)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setMinimumDate(QDate::currentDate());
    m_expiry->setDate(QDate::currentDate().addYears(1));
    m_expiry->setEnabled(false);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828"));
    m_problem->setWordWrap(true);

    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_hasExpiry);
    expiry->addWidget(m_expiry);
    expiry->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Rule set:"), m_ruleSet);
    form->addRow(tr("In force now:"), m_current);
    form->addRow(tr("Verdict:"), m_verdict);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(QString(), expiry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_ruleSet, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateState);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_set, &QPushButton::clicked, this, [this] {
        m_action = Action::Set;
        accept();
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        m_action = Action::Revoke;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void OverrideDialog::selectRuleSet(const QString &key)
{
    const int index = m_ruleSet->findData(key, Qt::UserRole + 1);
    if (index >= 0)
        m_ruleSet->setCurrentIndex(index);
}

QString OverrideDialog::problem() const
{
    return m_problem->text();
}

qint64 OverrideDialog::ruleSetId() const
{
    return m_ruleSet->currentData().toLongLong();
}

Verdict OverrideDialog::verdict() const
{
    return Verdict(m_verdict->currentData().toInt());
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate OverrideDialog::expiresOn() const
{
    return m_hasExpiry->isChecked() ? m_expiry->date() : QDate();
}

std::optional<Override> OverrideDialog::activeOverride() const
{
    const auto it = m_active.constFind(ruleSetId());
    if (it == m_active.constEnd())
        return std::nullopt;
    return it.value();
}

void OverrideDialog::updateState()
{
    const auto current = activeOverride();
    if (current) {
        QString text = tr("%1, set by %2 on %3: %4")
                           .arg(verdictLabel(current->verdict), current->createdBy,
                                shortDate(current->createdAt.toLocalTime().date()), current->reason);
        if (current->expiresOn.isValid())
            text += QLatin1Char(' ') + tr("(expires after %1)").arg(shortDate(current->expiresOn));
        m_current->setText(text);
    } else {
        m_current->setText(tr("No override; the rules decide."));
    }
    const bool hasReason = !reason().isEmpty();
    m_problem->setText(hasReason ? QString() : tr("Enter a reason: every override and revocation must say why."));
    m_set->setEnabled(hasReason && m_ruleSet->count() > 0);
    m_revoke->setEnabled(hasReason && current.has_value());
    m_revoke->setVisible(current.has_value());
}

} // namespace alumnidesk::ui
