#include "import/ImportPhaseText.h"

#include <QCoreApplication>

namespace alumnidesk::ui {

QString importPhaseText(hris::ImportPhase phase, bool dryRun)
{
    switch (phase) {
    case hris::ImportPhase::Reading:
        return QCoreApplication::translate("ImportPhase", "Reading the file…");
    case hris::ImportPhase::Comparing:
        return QCoreApplication::translate("ImportPhase", "Comparing with the roster…");
    case hris::ImportPhase::Writing:
        return dryRun ? QCoreApplication::translate("ImportPhase", "Working out the changes, person by person…")
                      : QCoreApplication::translate("ImportPhase", "Writing the changes, person by person…");
    case hris::ImportPhase::Indexing:
        return QCoreApplication::translate("ImportPhase", "Rebuilding the indexes and the search index…");
    }
    return {};
}

} // namespace alumnidesk::ui
