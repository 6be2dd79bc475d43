#include "import/ImportFormatPage.h"

#include "csv/CsvIssues.h"
#include "import/ImportSession.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace alumnidesk::ui {

namespace {

constexpr int kAutomatic = -1;
constexpr int kMaxProblemsListed = 3;

QLabel *reasonLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_encodingReason(reasonLabel(this))
    , m_delimiterReason(reasonLabel(this))
    , m_previewNote(new QLabel(this))
    , m_problems(reasonLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
{
    setTitle(tr("Check the format"));
    setSubTitle(tr("This is how AlumniDesk reads the file. If the preview shows garbled characters or everything "
                   "in one column, choose another encoding or delimiter."));

    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_encodingReason->setObjectName(QStringLiteral("encodingReason"));
    m_delimiterReason->setObjectName(QStringLiteral("delimiterReason"));
    m_problems->setObjectName(QStringLiteral("previewProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setToolTip(tr("Line in the file"));

    // Each choice with its reason beside it: the reason is what tells the user whether to change it.
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->addWidget(encodingLabel, 0, 0);
    grid->addWidget(m_encoding, 0, 1);
    grid->addWidget(m_encodingReason, 0, 2);
    grid->addWidget(delimiterLabel, 1, 0);
    grid->addWidget(m_delimiter, 1, 1);
    grid->addWidget(m_delimiterReason, 1, 2);
    grid->setColumnStretch(2, 1);
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problems);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
}

void ImportFormatPage::initializePage()
{
    fillChoices();
    showPreview();
}

bool ImportFormatPage::isComplete() const
{
    return !m_session->preview.header.isEmpty();
}

void ImportFormatPage::fillChoices()
{
    // The combo boxes change the session when their index changes: filling them must not.
    m_filling = true;
    const csv::CsvFormat &detected = m_session->detected;
    m_encoding->clear();
    m_encoding->addItem(tr("Automatic (%1)").arg(csv::encodingName(detected.encoding.encoding)), kAutomatic);
    m_encoding->addItem(QStringLiteral("UTF-8"), int(csv::TextEncoding::Utf8));
    // One entry for both byte orders: the byte order mark of the file decides (see chosenEncoding).
    m_encoding->addItem(QStringLiteral("UTF-16"), int(csv::TextEncoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("CP932 (Shift_JIS)"), int(csv::TextEncoding::Cp932));
    m_encoding->addItem(QStringLiteral("EUC-JP"), int(csv::TextEncoding::EucJp));
    const int encoding = m_session->encoding ? int(*m_session->encoding) : kAutomatic;
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(
        m_session->encoding && csv::isUtf16(*m_session->encoding) ? int(csv::TextEncoding::Utf16LE) : encoding)));

    m_delimiter->clear();
    m_delimiter->addItem(tr("Automatic (%1)").arg(csv::delimiterName(detected.delimiter.delimiter)), kAutomatic);
    for (const QChar c : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')})
        m_delimiter->addItem(csv::delimiterName(c), int(c.unicode()));
    const int delimiter = m_session->delimiter ? int(m_session->delimiter->unicode()) : kAutomatic;
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(delimiter)));
    m_filling = false;
}

void ImportFormatPage::reread()
{
    if (m_filling)
        return;
    const int encoding = m_encoding->currentData().toInt();
    const int delimiter = m_delimiter->currentData().toInt();
    m_session->encoding = encoding == kAutomatic ? std::nullopt : std::optional(csv::TextEncoding(encoding));
    m_session->delimiter = delimiter == kAutomatic ? std::nullopt : std::optional(QChar(char16_t(delimiter)));
    hris::ImportPreviewOptions options;
    options.encoding = m_session->encoding;
    options.delimiter = m_session->delimiter;
    auto preview = hris::readImportPreview(m_session->filePath, options);
    if (preview)
        m_session->preview = preview.value();
    else
        m_session->preview = {};
    showPreview();
    if (!preview) {
        m_problems->setText(preview.errorText());
        m_problems->show();
    }
    emit completeChanged();
}

QString ImportFormatPage::encodingReason() const
{
    return m_encodingReason->text();
}

void ImportFormatPage::showPreview()
{
    const hris::ImportPreview &preview = m_session->preview;
    const csv::CsvFormat &detected = m_session->detected;
    const QString detectedEncoding = csv::encodingName(detected.encoding.encoding);
    if (m_session->encoding) {
        m_encodingReason->setText(tr("You chose %1. Detected: %2 — %3")
                                      .arg(csv::encodingName(preview.format.encoding.encoding), detectedEncoding,
                                           detected.encoding.reason));
    } else {
        m_encodingReason->setText(tr("%1 — %2").arg(detectedEncoding, detected.encoding.reason));
    }
    const QString detectedDelimiter = csv::delimiterName(detected.delimiter.delimiter);
    if (m_session->delimiter) {
        m_delimiterReason->setText(tr("You chose %1. Detected: %2 — %3")
                                       .arg(csv::delimiterName(*m_session->delimiter), detectedDelimiter,
                                            detected.delimiter.reason));
    } else {
        m_delimiterReason->setText(tr("%1 — %2").arg(detectedDelimiter, detected.delimiter.reason));
    }

    m_model->clear();
    int columns = int(preview.header.size());
    for (const csv::CsvRecord &r : preview.rows)
        columns = qMax(columns, r.columnCount());
    m_model->setColumnCount(columns);
    for (int c = 0; c < columns; ++c) {
        // A value past the last header still shows, under its column number, as the import will keep it.
        const QString title = c < preview.header.size() ? preview.header.at(c) : tr("(column %1)").arg(c + 1);
        m_model->setHorizontalHeaderItem(c, new QStandardItem(title));
    }
    QStringList problems;
    int problemCount = 0;
    for (const csv::CsvRecord &r : preview.rows) {
        QList<QStandardItem *> items;
        for (int c = 0; c < columns; ++c) {
            auto *item = new QStandardItem(c < r.columnCount() ? r.fields.at(c) : QString());
            items.append(item);
        }
        for (const csv::CsvIssue &issue : r.issues) {
            ++problemCount;
            const QString text = csv::issues::describe(issue);
            if (problems.size() < kMaxProblemsListed)
                problems.append(text);
            if (issue.column >= 1 && issue.column <= items.size()) {
                QStandardItem *item = items.at(issue.column - 1);
                item->setBackground(issue.isError() ? QColor(0xfd, 0xe0, 0xe0) : QColor(0xff, 0xf4, 0xd6));
                item->setToolTip(item->toolTip().isEmpty() ? text : item->toolTip() + QLatin1Char('\n') + text);
            }
        }
        m_model->appendRow(items);
        m_model->setVerticalHeaderItem(m_model->rowCount() - 1, new QStandardItem(QString::number(r.line)));
    }
    m_view->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_view->setColumnWidth(c, qBound(60, m_view->columnWidth(c) + 12, 260));

    const QString name = QFileInfo(m_session->filePath).fileName();
    const int shown = int(preview.rows.size());
    m_previewNote->setText(preview.complete ? tr("Preview of “%1”: all %n rows.", nullptr, shown).arg(name)
                                            : tr("Preview of “%1”: the first %n rows.", nullptr, shown).arg(name));
    if (problemCount == 0) {
        m_problems->clear();
        m_problems->hide();
    } else {
        QString text = tr("%n reading problems in these rows (marked cells):", nullptr, problemCount);
        for (const QString &p : std::as_const(problems))
            text += QLatin1Char('\n') + p;
        if (problemCount > problems.size())
            text += QLatin1Char('\n') + tr("…and %n more.", nullptr, problemCount - int(problems.size()));
        m_problems->setText(text);
        m_problems->show();
    }
}

} // namespace alumnidesk::ui
