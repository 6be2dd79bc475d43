// `alumnidesk-cli report --pdf OUT.pdf [filters]`: the KPI report as a PDF, from the command line. It lives
// beside the renderer (QtGui) rather than in core's CLI (Qt Core only); alumnidesk-cli adds it to core's
// commands and creates a QGuiApplication for it.
#pragma once

#include "cli/CliContext.h"

namespace alumnidesk::report {

cli::Command reportCommand();

} // namespace alumnidesk::report
