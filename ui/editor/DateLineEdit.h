// A date field that takes what Japanese users type (2024/4/1, 2024年4月1日, 令和6年4月1日, full-width
// digits) and may be left empty. Invalid input is marked and explained in the tooltip.
#pragma once

#include <QDate>
#include <QLineEdit>

namespace alumnidesk::ui {

class DateLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    /// The parsed date; invalid when empty or not a date (see error()).
    QDate date() const;
    void setDate(const QDate &date);
    /// Why the text is not a date; empty when it is one or the field is empty.
    QString error() const;

private:
    void updateState();
};

} // namespace alumnidesk::ui
