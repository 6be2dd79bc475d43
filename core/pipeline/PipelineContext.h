// What every pipeline class shares: the connection, the store backend, who is writing (for the audit trail
// and the move history) and where the rehire verdicts come from. Owned by PipelineService.
#pragma once

#include "db/AuditLog.h"
#include "pipeline/RehireVerdict.h"

#include <QSqlDatabase>
#include <QString>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::pipeline {

struct PipelineContext {
    QSqlDatabase db;
    const StoreBackend *backend = nullptr;
    QString source;  ///< audit source: "ui", "cli", …
    QString user;    ///< the OS user: move history and default owner
    AuditLog *audit = nullptr;
    const RehireVerdictSource *verdicts = nullptr;
};

/// ISO text of the current UTC time with milliseconds, as moves and candidacies store it.
QString nowText();
QDateTime timeFrom(const QVariant &v);

} // namespace alumnidesk::pipeline
