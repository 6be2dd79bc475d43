// The candidacy's offer terms (待遇) beside the terms at departure: editors for the offer, and the
// comparison line by line with the difference (salary in yen and percent; grade, title, department and
// location changed or the same).
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace alumnidesk::ui {

class TermsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TermsPanel(QWidget *parent = nullptr);

    void setOffer(const pipeline::Terms &offer);
    /// What the editors say; `ok` is false when the salary is not a number.
    pipeline::Terms offer(bool *ok = nullptr) const;
    void setComparison(const pipeline::TermsComparison &comparison);
    void setComparisonError(const QString &message);
    QTableWidget *table() const { return m_table; }

private:
    QLineEdit *m_salary;
    QLineEdit *m_grade;
    QLineEdit *m_title;
    QLineEdit *m_department;
    QLineEdit *m_location;
    QTableWidget *m_table;
    QLabel *m_note;
};

} // namespace alumnidesk::ui
