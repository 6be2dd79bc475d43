// alumnidesk-cli: the roster without a window, for HRIS automation, tests and benchmarks.
#include "cli/CliContext.h"
#include "common/AppSetup.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    alumnidesk::setupApplicationIdentity();
    alumnidesk::installTranslations(alumnidesk::resolveLanguage(qEnvironmentVariable("ALUMNIDESK_LANG")));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return alumnidesk::cli::run(app.arguments(), out, err);
}
