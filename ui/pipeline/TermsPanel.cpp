#include "pipeline/TermsPanel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alumnidesk::ui {

TermsPanel::TermsPanel(QWidget *parent)
    : QWidget(parent)
    , m_salary(new QLineEdit(this))
    , m_grade(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_department(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_note(new QLabel(this))
{
    m_salary->setPlaceholderText(tr("yen per year, e.g. 6,500,000"));
    auto *form = new QFormLayout;
    form->addRow(tr("Offered annual &salary:"), m_salary);
    form->addRow(tr("Offered &grade:"), m_grade);
    form->addRow(tr("Offered &title:"), m_title);
    form->addRow(tr("Offered &department:"), m_department);
    form->addRow(tr("Offered &location:"), m_location);

    m_table->setHorizontalHeaderLabels({tr("Item"), tr("At departure"), tr("Offer"), tr("Difference")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Offer compared with the terms at departure:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

void TermsPanel::setOffer(const pipeline::Terms &offer)
{
    m_salary->setText(offer.annualSalary > 0 ? QLocale().toString(offer.annualSalary) : QString());
    m_grade->setText(offer.grade);
    m_title->setText(offer.title);
    m_department->setText(offer.department);
    m_location->setText(offer.location);
}

pipeline::Terms TermsPanel::offer(bool *ok) const
{
    pipeline::Terms t;
    QString digits = m_salary->text();
    digits.remove(QRegularExpression(QStringLiteral("[\\s,，¥￥円]")));
    // Full-width digits are what a Japanese keyboard often types.
    for (QChar &c : digits) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    bool valid = true;
    if (!digits.isEmpty())
        t.annualSalary = digits.toLongLong(&valid);
    if (ok)
        *ok = valid && t.annualSalary >= 0;
    t.grade = m_grade->text().trimmed();
    t.title = m_title->text().trimmed();
    t.department = m_department->text().trimmed();
    t.location = m_location->text().trimmed();
    return t;
}

void TermsPanel::setComparison(const pipeline::TermsComparison &comparison)
{
    m_table->setRowCount(int(comparison.lines.size()));
    for (int row = 0; row < comparison.lines.size(); ++row) {
        const pipeline::TermsLine &l = comparison.lines.at(row);
        const QStringList cells{l.label, l.atDeparture, l.offered, l.difference};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 3 && l.changed) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_note->setText(comparison.departureStintId ? QString()
                                                : tr("No departure on record: there is nothing to compare the offer with."));
}

void TermsPanel::setComparisonError(const QString &message)
{
    m_table->setRowCount(0);
    m_note->setText(message);
}

} // namespace alumnidesk::ui
