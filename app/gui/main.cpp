// alumnidesk: the window. Wires settings, language and the first roster to open; nothing more.
#include "common/AppSetup.h"
#include "common/Settings.h"
#include "main/MainWindow.h"
#include "main/StartupFlow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    alumnidesk::setupApplicationIdentity();
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/alumnidesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // Lets Wayland docks match the window to its launcher and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.alumnidesk.AlumniDesk"));
    alumnidesk::installTranslations(alumnidesk::resolveLanguage(alumnidesk::ui::settings::language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "AlumniDesk: the corporate alumni roster"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Open this roster file."),
                                QApplication::translate("main", "path"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Roster file to open (same as --db)."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    QString path = parser.value(db);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();

    alumnidesk::ui::MainWindow window;
    window.show();
    QTimer::singleShot(0, &window, [&window, path] { alumnidesk::ui::openInitialRoster(&window, path); });
    return app.exec();
}
