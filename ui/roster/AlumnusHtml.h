// An alumnus as a readable HTML page for the detail pane (and for printing later): identity, contacts,
// their rehire candidacies, every stint, life after departure, consents, HR-only flags and the recent
// change history.
#pragma once

#include "db/AuditLog.h"
#include "pipeline/Candidacies.h"
#include "roster/Alumnus.h"

#include <QString>
#include <QVector>

namespace alumnidesk::ui {

/// One line of the detail pane's recent changes, translated ("Department: 営業部 → 人事部").
QString auditEntryText(const AuditEntry &e);

/// The person's candidacies in the rehire pipeline, open ones first (closed ones stay: they tell the story).
QString candidaciesToHtml(const QVector<pipeline::CandidacyRow> &candidacies);

/// `eligibilityHtml` (a section of its own, see EligibilityHtml) goes right under the name, then the candidacies.
QString alumnusToHtml(const Alumnus &a, const QVector<AuditEntry> &history, const QString &eligibilityHtml = {},
                      const QVector<pipeline::CandidacyRow> &candidacies = {});

} // namespace alumnidesk::ui
