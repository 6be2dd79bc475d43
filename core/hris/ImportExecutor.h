// Carries out an ImportPlan in one write transaction: new people inserted, changed people updated, every
// change audited and remembered (with the record as it was) so that the import can be rolled back. Cancel,
// a failure, a crash or a killed process leave the roster exactly as it was before.
#pragma once

#include "common/Result.h"
#include "hris/ImportPlan.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::hris {

struct ImportSource {
    QString fileName;
    QString sha256;   ///< of the file's bytes
    QString encoding; ///< as read
    QString profile;  ///< mapping profile name, empty for automatic
    QString source = QStringLiteral("import"); ///< who writes, for the audit trail ("cli", "ui")
};

struct ImportSummary {
    qint64 importId = 0;
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejectedRows = 0;
};

/// (people done, people in total)
using ImportProgress = std::function<void(int done, int total)>;

/// The imports row of an import about to be written (inside its transaction), and its final counts and
/// audit range once written.
Result<qint64> recordImportStart(QSqlDatabase &db, const ImportSource &source, const ImportSummary &summary);
Status recordImportEnd(QSqlDatabase &db, const ImportSummary &summary);

Result<ImportSummary> executeImport(Database &db, const ImportPlan &plan, const ImportSource &source,
                                    const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace alumnidesk::hris
