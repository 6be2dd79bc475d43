#include "pipeline/OpeningDialog.h"

#include "pipeline/Openings.h"
#include "pipeline/PipelineVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alumnidesk::ui {

OpeningDialog::OpeningDialog(const pipeline::Opening &opening, Saver save, QWidget *parent)
    : QDialog(parent)
    , m_opening(opening)
    , m_save(std::move(save))
    , m_title(new QLineEdit(opening.title, this))
    , m_department(new QLineEdit(opening.department, this))
    , m_grade(new QLineEdit(opening.grade, this))
    , m_location(new QLineEdit(opening.location, this))
    , m_skills(new QLineEdit(opening.requiredSkills.join(QStringLiteral(", ")), this))
    , m_alumniOnly(new QCheckBox(tr("&Alumni only (アルムナイ限定求人)"), this))
    , m_manager(new QLineEdit(opening.hiringManager, this))
    , m_status(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(opening.id ? tr("Edit Opening") : tr("New Opening"));
    m_alumniOnly->setChecked(opening.alumniOnly);
    m_skills->setPlaceholderText(tr("e.g. Python, SQL, 法人営業"));
    m_skills->setToolTip(tr("Separate skills with commas. Matching ranks alumni by how many of them they list."));
    for (auto s : {pipeline::OpeningStatus::Open, pipeline::OpeningStatus::OnHold, pipeline::OpeningStatus::Filled,
                   pipeline::OpeningStatus::Closed})
        m_status->addItem(pipeline::openingStatusLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(opening.status)));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Grade:"), m_grade);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Required &skills:"), m_skills);
    form->addRow(QString(), m_alumniOnly);
    form->addRow(tr("&Hiring manager:"), m_manager);
    form->addRow(tr("&Status:"), m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpeningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

pipeline::Opening OpeningDialog::opening() const
{
    pipeline::Opening o = m_opening;
    o.title = m_title->text().trimmed();
    o.department = m_department->text().trimmed();
    o.grade = m_grade->text().trimmed();
    o.location = m_location->text().trimmed();
    o.requiredSkills = pipeline::OpeningRepository::parseSkills(m_skills->text());
    o.alumniOnly = m_alumniOnly->isChecked();
    o.hiringManager = m_manager->text().trimmed();
    o.status = static_cast<pipeline::OpeningStatus>(m_status->currentData().toInt());
    return o;
}

QString OpeningDialog::errorText() const
{
    return m_error->text();
}

void OpeningDialog::accept()
{
    pipeline::Opening o = opening();
    if (Status st = m_save(o); !st) {
        m_error->setText(st.errorText());
        m_error->show();
        return;
    }
    m_opening = o;
    QDialog::accept();
}

} // namespace alumnidesk::ui
