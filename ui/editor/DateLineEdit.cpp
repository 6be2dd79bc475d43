#include "editor/DateLineEdit.h"

#include "text/DateText.h"

namespace alumnidesk::ui {

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 2024/04/01 or 令和6年4月1日"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::updateState);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Show the date in one canonical form once the user has finished typing it.
        const auto p = text::parseDate(text());
        if (p.ok())
            setText(p.date.toString(QStringLiteral("yyyy-MM-dd")));
    });
}

QDate DateLineEdit::date() const
{
    return text::parseDate(text()).date;
}

void DateLineEdit::setDate(const QDate &d)
{
    setText(d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString());
}

QString DateLineEdit::error() const
{
    return text::parseDate(text()).error;
}

void DateLineEdit::updateState()
{
    const auto p = text::parseDate(text());
    setStyleSheet(p.error.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #ffecec; }"));
    setToolTip(p.ok() ? text::toJapaneseEra(p.date) : p.error);
}

} // namespace alumnidesk::ui
