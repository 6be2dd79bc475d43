// alumnidesk-cli: the roster without a window, for HRIS automation, tests and benchmarks.
#include "cli/CliContext.h"
#include "common/AppSetup.h"
#include "report/ReportCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Only `report` draws (fonts need QtGui); it needs no display, so it runs offscreen unless told otherwise.
    std::unique_ptr<QCoreApplication> app;
    if (alumnidesk::cli::commandName(arguments) == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    alumnidesk::setupApplicationIdentity();
    alumnidesk::installTranslations(alumnidesk::resolveLanguage(qEnvironmentVariable("ALUMNIDESK_LANG")));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return alumnidesk::cli::run(QCoreApplication::arguments(), out, err, {alumnidesk::report::reportCommand()});
}
