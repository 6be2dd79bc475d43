// Third step of the import wizard: which roster field each column of the file feeds. One row per column
// with its header, sample values, the field (the automatic match preselected) and why it was chosen.
// Problems that would stop the import (no employee ID column, a field fed twice) show as the user edits
// and keep Next disabled. Mappings can be saved as named profiles in the roster file, which the CLI shares.
#pragma once

#include "hris/ImportField.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace alumnidesk::ui {

struct ImportSession;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    ImportMappingPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *table() const { return m_table; }
    /// The field chooser of a file column (0-based).
    QComboBox *fieldBox(int column) const;
    void setField(int column, hris::ImportField field);
    QStringList problems() const;

    // What the profile buttons do once they have asked; false with a message shown when it failed.
    bool loadProfile(const QString &name);
    bool saveProfile(const QString &name);
    bool deleteProfile(const QString &name);
    /// Opens the value maps (退職区分, 雇用形態) of the mapping; what the Map Values button does.
    void editValues();
    QStringList profileNames() const;

private:
    void rebuildTable();
    void refreshProfiles(const QString &select = {});
    void updateProblems();
    void fieldChosen(int column);
    void askSaveProfile();
    void askDeleteProfile();

    ImportSession *m_session;
    QComboBox *m_profiles;
    QPushButton *m_load;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_values;
    QTableWidget *m_table;
    QLabel *m_problems;
};

} // namespace alumnidesk::ui
