// One factory per alumnidesk-cli command; each lives in its own file.
#pragma once

#include "cli/CliContext.h"

namespace alumnidesk::cli {

Command initCommand();
Command demoCommand();
Command eligibilityCommand();
Command exportCommand();
Command importCommand();
Command importsCommand();
Command kpiCommand();
Command rollbackImportCommand();
Command rulesCommand();
Command searchCommand();
Command showCommand();
Command statsCommand();
Command openingsCommand();
Command pipelineCommand();
Command matchCommand();

/// Prints a usage error for a command and returns ExitUsage.
int usageError(Context &ctx, const Command &cmd, const QString &message);

} // namespace alumnidesk::cli
