#include "cli/CliArgs.h"
#include "cli/CliCommands.h"

#include <QCoreApplication>

namespace alumnidesk::cli {

// Placeholder wiring replaced by the demo generator work (see core/demo/).
Command demoCommand()
{
    Command c;
    c.name = QStringLiteral("demo");
    c.synopsis = QStringLiteral("demo --rows N [--seed S] [--json]");
    c.description = QCoreApplication::translate("Cli", "fill an empty database with a realistic generated roster");
    c.run = [c](Context &ctx) { return usageError(ctx, c, QStringLiteral("not yet")); };
    return c;
}

} // namespace alumnidesk::cli
