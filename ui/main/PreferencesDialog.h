// Preferences: the interface language (system, 日本語, English). A change takes effect after a restart,
// which the dialog offers to do at once.
#pragma once

#include <QDialog>

class QComboBox;

namespace alumnidesk::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    /// Starts a new instance of the application with the same arguments and closes this one.
    static void restartApplication();

private:
    QComboBox *m_language;
};

} // namespace alumnidesk::ui
