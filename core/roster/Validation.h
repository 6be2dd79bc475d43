// Checks an alumnus before it is stored and says, field by field, what a user must fix.
#pragma once

#include "roster/Alumnus.h"

#include <QString>
#include <QVector>

namespace alumnidesk {

struct ValidationIssue {
    QString field;   ///< field key (e.g. "email", "stints[1].departure_date")
    QString message; ///< translated, says what is wrong and what is expected
};

/// Normalises every field the way the roster stores it (IDs NFKC, kana to full-width katakana, …) and
/// orders the stints by hire date. Idempotent.
Alumnus normalized(const Alumnus &a);
/// normalized() in place, without copying the record.
void normalize(Alumnus &a);

/// Problems that prevent storing the record; empty when it is valid. Expects a normalized() record.
/// `today` makes date checks testable.
QVector<ValidationIssue> validate(const Alumnus &a, const QDate &today = QDate::currentDate());

/// True when s looks like an e-mail address (one @, a dot in the domain, no spaces).
bool isPlausibleEmail(const QString &s);

/// All messages joined one per line, for CLI output and dialogs.
QString describe(const QVector<ValidationIssue> &issues);

} // namespace alumnidesk
