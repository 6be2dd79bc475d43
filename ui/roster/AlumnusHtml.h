// An alumnus as a readable HTML page for the detail pane (and for printing later): identity, contacts,
// every stint, life after departure, consents, HR-only flags and the recent change history.
#pragma once

#include "db/AuditLog.h"
#include "roster/Alumnus.h"

#include <QString>
#include <QVector>

namespace alumnidesk::ui {

/// One line of the detail pane's recent changes, translated ("Department: 営業部 → 人事部").
QString auditEntryText(const AuditEntry &e);

/// `eligibilityHtml` (a section of its own, see EligibilityHtml) goes right under the name.
QString alumnusToHtml(const Alumnus &a, const QVector<AuditEntry> &history, const QString &eligibilityHtml = {});

} // namespace alumnidesk::ui
