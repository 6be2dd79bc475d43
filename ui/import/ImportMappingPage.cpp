#include "import/ImportMappingPage.h"

#include "common/MessageBox.h"
#include "hris/MappingProfiles.h"
#include "import/ImportSession.h"
#include "import/ValueMappingDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

namespace {

enum Column { HeaderColumn, SampleColumn, FieldColumn, ReasonColumn, ColumnCount };
constexpr int kSamples = 3;

QString samplesOf(const hris::ImportPreview &preview, int column)
{
    QStringList samples;
    for (const csv::CsvRecord &r : preview.rows) {
        const QString v = r.value(column + 1).simplified();
        if (!v.isEmpty() && !samples.contains(v))
            samples.append(v);
        if (samples.size() == kSamples)
            break;
    }
    return samples.join(QStringLiteral(" · "));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_profiles(new QComboBox(this))
    , m_load(new QPushButton(tr("&Load"), this))
    , m_save(new QPushButton(tr("&Save As…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_values(new QPushButton(tr("Map &Values…"), this))
    , m_table(new QTableWidget(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the roster field each column fills. AlumniDesk matched the headers it knows; columns "
                   "it does not know are kept as custom attributes. Save the mapping as a profile to reuse it next "
                   "time."));

    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_load->setObjectName(QStringLiteral("loadProfile"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_profiles->setMinimumContentsLength(18);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *profileLabel = new QLabel(tr("Mapping &profile:"), this);
    profileLabel->setBuddy(m_profiles);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profiles);
    profileRow->addWidget(m_load);
    profileRow->addWidget(m_save);
    profileRow->addWidget(m_delete);
    profileRow->addStretch(1);
    m_values->setObjectName(QStringLiteral("mapValues"));
    m_values->setToolTip(tr("Choose which roster term each departure type and employment type in the file stands for"));
    profileRow->addWidget(m_values);

    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Sample values"), tr("Imported as"), tr("Why")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setToolTip(tr("Column number in the file"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    // Samples need only a glance; the reason is the longer text that should not be cut.
    header->setSectionResizeMode(SampleColumn, QHeaderView::Interactive);
    header->resizeSection(SampleColumn, 260);
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);

    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);

    connect(m_load, &QPushButton::clicked, this, [this] { loadProfile(m_profiles->currentText()); });
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::askSaveProfile);
    connect(m_delete, &QPushButton::clicked, this, &ImportMappingPage::askDeleteProfile);
    connect(m_values, &QPushButton::clicked, this, &ImportMappingPage::editValues);
}

void ImportMappingPage::initializePage()
{
    // Coming back from the check keeps the user's choices; a header read differently (another encoding or
    // delimiter) needs a mapping of its own.
    if (m_session->mappedHeader != m_session->preview.header || m_session->mapping.columns().isEmpty()) {
        m_session->mapping = hris::ColumnMapping::automatic(m_session->preview.header);
        m_session->mappedHeader = m_session->preview.header;
        m_session->profileName.clear();
    }
    rebuildTable();
    refreshProfiles(m_session->profileName);
}

bool ImportMappingPage::isComplete() const
{
    return !m_session->mapping.columns().isEmpty() && m_session->mapping.problems().isEmpty();
}

QComboBox *ImportMappingPage::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

void ImportMappingPage::setField(int column, hris::ImportField field)
{
    if (QComboBox *box = fieldBox(column))
        box->setCurrentIndex(box->findData(int(field)));
}

QStringList ImportMappingPage::problems() const
{
    return m_session->mapping.problems();
}

void ImportMappingPage::rebuildTable()
{
    const auto &columns = m_session->mapping.columns();
    m_table->clearContents();
    m_table->setRowCount(int(columns.size()));
    const QVector<hris::ImportField> fields = hris::importFields();
    for (int c = 0; c < columns.size(); ++c) {
        const hris::ColumnChoice &choice = columns.at(c);
        m_table->setVerticalHeaderItem(c, new QTableWidgetItem(QString::number(c + 1)));
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(choice.header));
        const QString samples = samplesOf(m_session->preview, c);
        auto *sampleItem = new QTableWidgetItem(samples);
        sampleItem->setToolTip(samples);
        m_table->setItem(c, SampleColumn, sampleItem);
        auto *reason = new QTableWidgetItem(choice.reason);
        reason->setToolTip(choice.reason);
        m_table->setItem(c, ReasonColumn, reason);

        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("field%1").arg(c + 1));
        for (hris::ImportField f : fields) {
            // The fields a file sets only for people new to the roster come after a line.
            if (f == hris::ImportField::MembershipStatus)
                box->insertSeparator(box->count());
            box->addItem(hris::importFieldLabel(f), int(f));
        }
        box->setCurrentIndex(box->findData(int(choice.field)));
        box->setToolTip(choice.reason);
        m_table->setCellWidget(c, FieldColumn, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, c] { fieldChosen(c); });
    }
    m_table->verticalHeader()->setDefaultSectionSize(fieldBox(0) ? fieldBox(0)->sizeHint().height() + 4 : 30);
    updateProblems();
}

void ImportMappingPage::fieldChosen(int column)
{
    QComboBox *box = fieldBox(column);
    if (!box)
        return;
    m_session->mapping.setField(column, hris::ImportField(box->currentData().toInt()));
    // A profile edited by hand is no longer that profile; the import records no profile name for it.
    m_session->profileName.clear();
    const QString reason = m_session->mapping.columns().at(column).reason;
    m_table->item(column, ReasonColumn)->setText(reason);
    m_table->item(column, ReasonColumn)->setToolTip(reason);
    box->setToolTip(reason);
    updateProblems();
}

void ImportMappingPage::editValues()
{
    ValueMappingDialog dialog(m_session->mapping, m_session->preview.rows, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->mapping = dialog.mapping();
    m_session->profileName.clear();
    refreshProfiles();
}

void ImportMappingPage::updateProblems()
{
    m_values->setEnabled(ValueMappingDialog::hasVocabularyColumns(m_session->mapping));
    const QStringList problems = m_session->mapping.problems();
    if (problems.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
    } else {
        QString text = tr("This mapping cannot be imported yet:");
        for (const QString &p : problems)
            text += QStringLiteral("\n• ") + p;
        m_problems->setText(text);
        m_problems->show();
    }
    emit completeChanged();
}

QStringList ImportMappingPage::profileNames() const
{
    if (!m_session->db)
        return {};
    auto names = hris::profileNames(*m_session->db);
    return names ? names.value() : QStringList();
}

void ImportMappingPage::refreshProfiles(const QString &select)
{
    const QStringList names = profileNames();
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setPlaceholderText(tr("(none saved)"));
    m_profiles->setCurrentIndex(names.indexOf(select));
    m_profiles->setEnabled(!names.isEmpty());
    m_load->setEnabled(!names.isEmpty());
    m_delete->setEnabled(!names.isEmpty());
    m_save->setEnabled(m_session->db != nullptr);
}

bool ImportMappingPage::loadProfile(const QString &name)
{
    if (!m_session->db || name.isEmpty())
        return false;
    auto profile = hris::loadProfile(*m_session->db, name);
    if (!profile) {
        MessageBox::warning(this, tr("Load Mapping Profile"), profile.error().message, profile.error().detail);
        return false;
    }
    m_session->mapping = hris::ColumnMapping::fromProfile(m_session->preview.header, profile.value());
    m_session->mappedHeader = m_session->preview.header;
    m_session->profileName = name;
    rebuildTable();
    refreshProfiles(name);
    return true;
}

bool ImportMappingPage::saveProfile(const QString &name)
{
    if (!m_session->db)
        return false;
    if (Status st = hris::saveProfile(*m_session->db, name.trimmed(), m_session->mapping.toProfile()); !st) {
        MessageBox::warning(this, tr("Save Mapping Profile"), st.error().message, st.error().detail);
        return false;
    }
    m_session->profileName = name.trimmed();
    refreshProfiles(m_session->profileName);
    return true;
}

bool ImportMappingPage::deleteProfile(const QString &name)
{
    if (!m_session->db)
        return false;
    if (Status st = hris::deleteProfile(*m_session->db, name); !st) {
        MessageBox::warning(this, tr("Delete Mapping Profile"), st.error().message, st.error().detail);
        return false;
    }
    if (m_session->profileName == name)
        m_session->profileName.clear();
    refreshProfiles(m_session->profileName);
    return true;
}

void ImportMappingPage::askSaveProfile()
{
    const QString suggestion = m_session->profileName.isEmpty() ? m_profiles->currentText() : m_session->profileName;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping Profile"),
                                               tr("Name of the profile (for example the HR system it is for):"),
                                               QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (profileNames().contains(name)
        && MessageBox::question(this, tr("Save Mapping Profile"),
                                tr("A mapping profile “%1” already exists. Replace it?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    saveProfile(name);
}

void ImportMappingPage::askDeleteProfile()
{
    const QString name = m_profiles->currentText();
    if (name.isEmpty())
        return;
    if (MessageBox::question(this, tr("Delete Mapping Profile"),
                             tr("Delete the mapping profile “%1”? Imports that use it from the command line will "
                                "need another.")
                                 .arg(name),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        deleteProfile(name);
}

} // namespace alumnidesk::ui
