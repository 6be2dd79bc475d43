#include "common/MessageBox.h"

namespace alumnidesk::ui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    s_lastText = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace alumnidesk::ui
