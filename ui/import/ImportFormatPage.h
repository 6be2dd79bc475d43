// Second step of the import wizard: the encoding and delimiter AlumniDesk detected, each with the reason,
// both changeable (the preview is read again at once), and the first rows of the file in a table with the
// header as column titles, so garbled characters show before anything is imported.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace alumnidesk::ui {

struct ImportSession;

class ImportFormatPage : public QWizardPage {
    Q_OBJECT
public:
    ImportFormatPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QTableView *previewView() const { return m_view; }
    /// The sentence that says which encoding is used and why.
    QString encodingReason() const;

private:
    void fillChoices();
    void reread();
    void showPreview();

    ImportSession *m_session;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_encodingReason;
    QLabel *m_delimiterReason;
    QLabel *m_previewNote;
    QLabel *m_problems;
    QStandardItemModel *m_model;
    QTableView *m_view;
    bool m_filling = false;
};

} // namespace alumnidesk::ui
