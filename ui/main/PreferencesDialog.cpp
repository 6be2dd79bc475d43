#include "main/PreferencesDialog.h"

#include "common/MessageBox.h"
#include "common/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProcess>
#include <QVBoxLayout>

namespace alumnidesk::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language())));

    auto *form = new QFormLayout;
    form->addRow(tr("Language / 言語"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when AlumniDesk restarts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString chosen = m_language->currentData().toString();
    const bool changed = chosen != settings::language();
    settings::setLanguage(chosen);
    QDialog::accept();
    if (!changed)
        return;
    const auto answer = MessageBox::question(parentWidget(), tr("Restart AlumniDesk"),
                                             tr("Restart AlumniDesk now to switch the language?"),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restartApplication();
}

void PreferencesDialog::restartApplication()
{
    QStringList args = QApplication::arguments();
    const QString program = args.takeFirst();
    // Quit first (windows save their state), then start the new instance once this one is gone.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp,
                     [program, args] { QProcess::startDetached(program, args); });
    QApplication::closeAllWindows();
    QApplication::quit();
}

} // namespace alumnidesk::ui
