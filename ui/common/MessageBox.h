// Modal questions and warnings that GUI tests can answer in advance (setNextAnswer), so no test ever
// blocks on a dialog. All screens ask through here instead of calling QMessageBox directly.
#pragma once

#include <QMessageBox>

namespace alumnidesk::ui {

class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);

    /// The next dialog returns this at once instead of showing (tests). NoButton turns it off.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The text of the last dialog shown or answered, for tests to check.
    static QString lastText();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};

} // namespace alumnidesk::ui
