// An alumnus as a readable HTML page for the detail pane (and for printing later): identity, contacts,
// every stint, life after departure, consents, HR-only flags and the recent change history.
#pragma once

#include "db/AuditLog.h"
#include "roster/Alumnus.h"

#include <QString>
#include <QVector>

namespace alumnidesk::ui {

QString alumnusToHtml(const Alumnus &a, const QVector<AuditEntry> &history);

} // namespace alumnidesk::ui
