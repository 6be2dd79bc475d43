#include "import/ImportFilePage.h"

#include "common/Settings.h"
#include "import/ImportSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alumnidesk::ui {

ImportFilePage::ImportFilePage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Choose the CSV file your HR system exported (SmartHR, freee, Yayoi, Workday, SAP, or a sheet "
                   "saved from Excel). Nothing is written to the roster until you confirm the last step."));

    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of a CSV, TSV or text file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);

    auto *hint = new QLabel(tr("Any encoding HR systems write is read: UTF-8 (with or without BOM), UTF-16, "
                               "CP932 (Shift_JIS, as Excel saves it) and EUC-JP. Commas, tabs and semicolons are "
                               "recognised. The next step shows what was detected and lets you change it."),
                            this);
    hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(filePath()).isFile();
}

void ImportFilePage::browse()
{
    const QString start = filePath().isEmpty() ? settings::lastImportFolder() : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an HR Export"), start,
                                                      tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

bool ImportFilePage::validatePage()
{
    const QString path = filePath();
    // Always detect afresh for a new file: the previous file's encoding says nothing about this one.
    if (path != m_session->filePath) {
        m_session->encoding.reset();
        m_session->delimiter.reset();
    }
    hris::ImportPreviewOptions options;
    options.encoding = m_session->encoding;
    options.delimiter = m_session->delimiter;
    auto preview = hris::readImportPreview(path, options);
    if (preview && preview->header.isEmpty())
        preview = Error{tr("“%1” is empty: there is no header line.").arg(QDir::toNativeSeparators(path)), {}};
    if (!preview) {
        m_error->setText(preview.errorText());
        m_error->show();
        return false;
    }
    m_session->filePath = path;
    m_session->preview = preview.value();
    if (!m_session->encoding && !m_session->delimiter)
        m_session->detected = preview->format;
    settings::setLastImportFolder(QFileInfo(path).absolutePath());
    return true;
}

} // namespace alumnidesk::ui
