#include "pipeline/MoveReasonDialog.h"

#include "editor/DateLineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alumnidesk::ui {

MoveReasonDialog::MoveReasonDialog(const QString &person, const pipeline::MoveCheck &check, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Move to %1").arg(check.to.name()));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QString text = tr("Move %1 from %2 to %3.").arg(person, check.from.name(), check.to.name());
    if (check.problem == pipeline::MoveCheck::OverrideRequired)
        text += QStringLiteral("\n\n") + check.message
            + QStringLiteral("\n") + tr("The reason you give is recorded as an override of the rehire verdict.");
    else
        text += QStringLiteral("\n\n") + tr("A closing stage: say why, for the history.");
    intro->setText(text);

    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setMinimumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    if (check.to.kind == pipeline::StageKind::Hired) {
        m_start = new DateLineEdit(this);
        m_start->setDate(QDate::currentDate());
        form->addRow(tr("&Start date:"), m_start);
        connect(m_start, &QLineEdit::textChanged, this, &MoveReasonDialog::updateOk);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &MoveReasonDialog::updateOk);
    resize(460, sizeHint().height());
    updateOk();
}

QString MoveReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate MoveReasonDialog::startDate() const
{
    return m_start ? m_start->date() : QDate();
}

void MoveReasonDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
}

void MoveReasonDialog::updateOk()
{
    const bool dateOk = !m_start || m_start->date().isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty() && dateOk);
}

} // namespace alumnidesk::ui
