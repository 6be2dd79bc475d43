// Pipeline > Edit Stages…: the ordered stages HR works with, as a table — names in Japanese and English, what
// reaching the stage means (in progress, rehired, declined, rejected, on hold), whether a Not eligible verdict
// needs an override reason to enter it, and whether it is retired. Stages are added at the end and moved up or
// down; none is ever deleted (moves refer to them), a stage holding open candidacies cannot be retired. OK saves
// the whole list in one transaction or, when something is wrong, nothing and says what.
#pragma once

#include "pipeline/PipelineTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace alumnidesk::pipeline {
class StageCatalog;
}

namespace alumnidesk::ui {

class StageEditorDialog : public QDialog {
    Q_OBJECT
public:
    StageEditorDialog(pipeline::StageCatalog &catalog, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The stages as the table shows them now, in order (positions follow the rows).
    QVector<pipeline::Stage> editedStages() const;
    /// Adds an empty in-progress stage at the end (what Add Stage does); its row.
    int addStage();
    /// Moves a row one up (-1) or down (+1).
    void moveRow(int row, int delta);
    /// Saves; false with the reason shown under the table when the core refused (nothing written).
    bool save();
    QString errorText() const;

    void accept() override;

private:
    enum Column { KeyColumn, JapaneseColumn, EnglishColumn, KindColumn, EligibilityColumn, RetiredColumn, ColumnCount };
    void setRow(int row, const pipeline::Stage &stage);
    void updateButtons();

    pipeline::StageCatalog &m_catalog;
    QVector<qint64> m_ids; ///< stage id per row; 0 for stages added here
    QTableWidget *m_table;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_error;
};

} // namespace alumnidesk::ui
