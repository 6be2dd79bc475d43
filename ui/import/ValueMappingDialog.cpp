#include "import/ValueMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

namespace {

enum Column { ValueColumn, RowsColumn, TermColumn, HowColumn, ColumnCount };

} // namespace

ValueMappingDialog::ValueMappingDialog(const hris::ColumnMapping &mapping, const QVector<csv::CsvRecord> &rows,
                                       const QVector<hris::ImportIssue> &issues, QWidget *parent)
    : QDialog(parent)
    , m_mapping(mapping)
    , m_tabWidget(new QTabWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Map Values"));
    auto *intro = new QLabel(tr("Choose the roster term each value in the file stands for. Values AlumniDesk "
                                "recognises are chosen already; rows with a value left unmapped are rejected. "
                                "Save the mapping as a profile to keep these choices for the next import."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("valueSummary"));
    m_summary->setWordWrap(true);

    addTab(hris::ValueVocabulary::DepartureType, rows, issues);
    addTab(hris::ValueVocabulary::EmploymentType, rows, issues);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabWidget, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 440);
    updateSummary();
}

bool ValueMappingDialog::hasVocabularyColumns(const hris::ColumnMapping &mapping)
{
    return mapping.columnOf(hris::ImportField::DepartureType) >= 0
        || mapping.columnOf(hris::ImportField::EmploymentType) >= 0;
}

void ValueMappingDialog::addTab(hris::ValueVocabulary vocabulary, const QVector<csv::CsvRecord> &rows,
                                const QVector<hris::ImportIssue> &issues)
{
    const int column = m_mapping.columnOf(hris::vocabularyField(vocabulary));
    if (column < 0)
        return;
    Tab tab;
    tab.vocabulary = vocabulary;
    tab.choices = hris::valueChoices(m_mapping, vocabulary, rows, issues);
    tab.table = new QTableWidget(int(tab.choices.size()), ColumnCount, m_tabWidget);
    QTableWidget *table = tab.table;
    table->setObjectName(vocabulary == hris::ValueVocabulary::DepartureType ? QStringLiteral("departureValues")
                                                                              : QStringLiteral("employmentValues"));
    table->setHorizontalHeaderLabels({tr("Value in the file"), tr("Rows"), tr("Roster term"), tr("How")});
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TermColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HowColumn, QHeaderView::ResizeToContents);

    const QVector<vocabulary::Term> terms = hris::vocabularyTerms(vocabulary);
    const int tabIndex = int(m_tabs.size());
    for (int r = 0; r < tab.choices.size(); ++r) {
        const hris::ValueChoice &choice = tab.choices.at(r);
        table->setItem(r, ValueColumn, new QTableWidgetItem(choice.value));
        auto *count = new QTableWidgetItem(QLocale().toString(choice.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, RowsColumn, count);
        auto *box = new QComboBox(table);
        // Only a value AlumniDesk does not recognise can stay unmapped: a recognised one always has its term.
        if (choice.automatic.isEmpty())
            box->addItem(tr("(not mapped: reject the row)"), QString());
        for (const vocabulary::Term &t : terms)
            box->addItem(t.label, t.key);
        box->setCurrentIndex(std::max(0, box->findData(choice.chosen)));
        table->setCellWidget(r, TermColumn, box);
        table->setItem(r, HowColumn, new QTableWidgetItem);
        connect(box, &QComboBox::currentIndexChanged, this, [this, tabIndex, r, box] {
            m_tabs[tabIndex].choices[r].chosen = box->currentData().toString();
            updateSummary();
        });
    }
    table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    const QString title = hris::importFieldLabel(hris::vocabularyField(vocabulary));
    m_tabWidget->addTab(table, title);
    m_tabs.append(tab);
}

void ValueMappingDialog::updateSummary()
{
    for (Tab &tab : m_tabs) {
        for (int r = 0; r < tab.choices.size(); ++r) {
            const hris::ValueChoice &c = tab.choices.at(r);
            QString how;
            if (c.chosen.isEmpty())
                how = tr("Not mapped");
            else if (c.chosen == c.automatic)
                how = tr("Recognised");
            else
                how = tr("Chosen by you");
            tab.table->item(r, HowColumn)->setText(how);
            tab.table->item(r, HowColumn)->setForeground(c.chosen.isEmpty() ? QColor(0xb0, 0x00, 0x20) : palette().text().color());
        }
    }
    const int unmapped = unmappedCount();
    if (m_tabs.isEmpty())
        m_summary->setText(tr("No column is imported as departure type or employment type, so there is nothing to map."));
    else if (unmapped == 0)
        m_summary->setText(tr("Every value has a roster term."));
    else
        m_summary->setText(tr("%n value(s) have no roster term yet: the rows with them will be rejected.", nullptr, unmapped));
}

hris::ColumnMapping ValueMappingDialog::mapping() const
{
    hris::ColumnMapping result = m_mapping;
    for (const Tab &tab : m_tabs)
        hris::applyValueChoices(result, tab.vocabulary, tab.choices);
    return result;
}

QComboBox *ValueMappingDialog::termBox(hris::ValueVocabulary vocabulary, const QString &value) const
{
    for (const Tab &tab : m_tabs) {
        if (tab.vocabulary != vocabulary)
            continue;
        for (int r = 0; r < tab.choices.size(); ++r)
            if (tab.choices.at(r).value == value)
                return qobject_cast<QComboBox *>(tab.table->cellWidget(r, TermColumn));
    }
    return nullptr;
}

int ValueMappingDialog::unmappedCount() const
{
    int n = 0;
    for (const Tab &tab : m_tabs)
        for (const hris::ValueChoice &c : tab.choices)
            n += c.chosen.isEmpty() ? 1 : 0;
    return n;
}

} // namespace alumnidesk::ui
