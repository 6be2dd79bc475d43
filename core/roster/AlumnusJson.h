// JSON form of an alumnus: the CLI's `show --json`, and the snapshot the audit trail keeps of a deleted
// record. Keys are the database column names; dates are ISO 8601; absent values are omitted.
#pragma once

#include "roster/Alumnus.h"

#include <QJsonObject>

namespace alumnidesk {

QJsonObject toJson(const Alumnus &a, bool includeHrOnly = true);
Alumnus alumnusFromJson(const QJsonObject &o);

/// Flat "field → text" view of the scalar fields, stints and lists, for field-by-field audit diffs.
QVector<QPair<QString, QString>> auditFields(const Alumnus &a);

/// Whether two records hold the same values in every audited field (row and stint ids, timestamps and
/// custom attributes aside). Compare normalized() records.
bool sameAuditedContent(const Alumnus &a, const Alumnus &b);

} // namespace alumnidesk
