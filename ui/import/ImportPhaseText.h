// What the import wizard says while a streaming import (a check or the real one) is at one of its phases.
#pragma once

#include "hris/StreamingImport.h"

#include <QString>

namespace alumnidesk::ui {

/// The sentence beside the progress bar: reading the file, comparing with the roster, planning (a dry run)
/// or writing, rebuilding the indexes.
QString importPhaseText(hris::ImportPhase phase, bool dryRun);

} // namespace alumnidesk::ui
