#include "eligibility/RuleForm.h"

#include "eligibility/ConditionEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alumnidesk::ui {

using namespace eligibility;

RuleForm::RuleForm(QWidget *parent)
    : QWidget(parent)
    , m_nameJa(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_condition(new ConditionEditor(this))
{
    for (Outcome o : {Outcome::Blocks, Outcome::NeedsReview})
        m_outcome->addItem(outcomeLabel(o), int(o));
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name (Japanese):"), m_nameJa);
    form->addRow(tr("Name (English):"), m_nameEn);
    form->addRow(tr("When it fails:"), m_outcome);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The rule passes when:"), this));
    layout->addWidget(m_condition, 1);

    auto notify = [this] {
        if (!m_filling)
            emit changed();
    };
    connect(m_nameJa, &QLineEdit::textEdited, this, notify);
    connect(m_nameEn, &QLineEdit::textEdited, this, notify);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, notify);
    connect(m_condition, &ConditionEditor::changed, this, notify);
}

void RuleForm::setRule(const Rule &rule)
{
    m_filling = true;
    m_id = rule.id;
    m_nameJa->setText(rule.name.ja);
    m_nameEn->setText(rule.name.en);
    m_outcome->setCurrentIndex(m_outcome->findData(int(rule.onFail)));
    m_condition->setCondition(rule.condition);
    m_filling = false;
}

Rule RuleForm::rule() const
{
    Rule r;
    r.id = m_id;
    r.name = {m_nameJa->text().trimmed(), m_nameEn->text().trimmed()};
    r.onFail = Outcome(m_outcome->currentData().toInt());
    r.condition = m_condition->condition();
    return r;
}

} // namespace alumnidesk::ui
