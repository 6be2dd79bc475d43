// First step of the import wizard: which HR export to read. Reads the start of the file on Next (a
// preview of at most 64 KB, quick enough for the UI thread) so a file that cannot be read is said here.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace alumnidesk::ui {

struct ImportSession;

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(ImportSession *session, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportSession *m_session;
    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace alumnidesk::ui
