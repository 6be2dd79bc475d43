#include "main/FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace alumnidesk::ui {

FirstRunDialog::FirstRunDialog(const QString &defaultPath, QWidget *parent)
    : QDialog(parent)
    , m_demo(new QRadioButton(tr("Explore with a &demo roster of about %1 invented alumni")
                                  .arg(QLocale().toString(kDemoRows)),
                              this))
    , m_empty(new QRadioButton(tr("Start with an &empty roster"), this))
    , m_open(new QRadioButton(tr("&Open a roster file that already exists…"), this))
{
    setWindowTitle(tr("Welcome to AlumniDesk"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to AlumniDesk").toHtmlEscaped()), this);
    auto *intro = new QLabel(tr("AlumniDesk keeps your alumni roster in a file on this computer; nothing is sent "
                                "anywhere. How would you like to begin?"),
                             this);
    intro->setWordWrap(true);
    auto *demoNote = new QLabel(tr("The demo people, companies and addresses are invented. You can start a real "
                                   "roster later with File > New Roster File."),
                                this);
    demoNote->setWordWrap(true);
    demoNote->setContentsMargins(24, 0, 0, 0);
    demoNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *where = new QLabel(tr("The roster will be saved as %1").arg(QDir::toNativeSeparators(defaultPath)), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demo->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addWidget(demoNote);
    layout->addWidget(m_empty);
    layout->addWidget(m_open);
    layout->addSpacing(8);
    layout->addWidget(where);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    if (m_open->isChecked())
        return OpenExisting;
    return m_empty->isChecked() ? EmptyRoster : DemoRoster;
}

} // namespace alumnidesk::ui
