// The import's value maps as a dialog: every distinct value the file writes in its 退職区分 and 雇用形態
// columns, how many rows carry it, and the roster term it becomes — preselected where AlumniDesk recognises
// the wording, to be chosen where it does not (a company's own 転籍 or 嘱託). One tab per vocabulary whose
// column is mapped. OK writes the choices into the column mapping (and so into a profile saved after).
#pragma once

#include "hris/ValueMapping.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace alumnidesk::ui {

class ValueMappingDialog : public QDialog {
    Q_OBJECT
public:
    /// rows and issues are what the values are gathered from (the preview; the dry run's problems).
    ValueMappingDialog(const hris::ColumnMapping &mapping, const QVector<csv::CsvRecord> &rows,
                       const QVector<hris::ImportIssue> &issues, QWidget *parent = nullptr);

    /// True when the mapping feeds at least one vocabulary column (otherwise there is nothing to map).
    static bool hasVocabularyColumns(const hris::ColumnMapping &mapping);

    /// The mapping with the choices made so far.
    hris::ColumnMapping mapping() const;
    /// The term chooser of a value (for tests); nullptr when the value is not listed.
    QComboBox *termBox(hris::ValueVocabulary vocabulary, const QString &value) const;
    /// Values still without a term, over every tab.
    int unmappedCount() const;

private:
    struct Tab {
        hris::ValueVocabulary vocabulary;
        QVector<hris::ValueChoice> choices;
        QTableWidget *table = nullptr;
    };

    void addTab(hris::ValueVocabulary vocabulary, const QVector<csv::CsvRecord> &rows,
                const QVector<hris::ImportIssue> &issues);
    void updateSummary();

    hris::ColumnMapping m_mapping;
    QVector<Tab> m_tabs;
    QTabWidget *m_tabWidget;
    QLabel *m_summary;
};

} // namespace alumnidesk::ui
