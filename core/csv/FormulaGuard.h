// Keeps a CSV cell from becoming a live formula when Excel (or LibreOffice, Google Sheets) opens the file,
// and takes the protection off again when AlumniDesk reads the file back.
//
// A cell is dangerous when its text starts with = + - @, a tab or a carriage return (the OWASP list), or
// with the full-width ＝ ＋ － ＠, which Japanese Excel turns into their ASCII forms while a cell is
// entered. Such text gets one leading apostrophe ('=SUM(A1) is shown as text, never run).
//
// Why an apostrophe and not a leading space or tab: it is the marker Excel users know for "this is
// text", it survives every reader unchanged, and it can be taken off again exactly. A space or tab is
// trimmed by many readers — AlumniDesk's own import trims every value — so a protected cell could not be
// told from one that began with a space, and a reader that trims before deciding would see the formula.
//
// Exact reversal: text that already starts with apostrophes followed by a dangerous character ('=x, ''+y)
// gets one more apostrophe too. So guard() adds one apostrophe exactly when the text matches
// ^'*[dangerous], and unguard() removes one exactly when it matches ^'+[dangerous]; unguard(guard(t)) == t
// for every t, and text that needed no protection is never changed by either.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace alumnidesk::csv {

/// True when the text must be protected before it is written to a cell.
bool needsFormulaGuard(QStringView text);
/// The same test on UTF-8 bytes (the exporter's hot path reads values from the database as UTF-8).
bool needsFormulaGuard(QByteArrayView utf8);

/// The text as it goes in the cell: with one leading apostrophe when needsFormulaGuard().
QString formulaGuarded(const QString &text);

/// True when the text was protected by formulaGuarded() (a leading apostrophe followed by apostrophes and
/// then a dangerous character).
bool hasFormulaGuard(QStringView text);

/// The text with the protection taken off: one leading apostrophe fewer when hasFormulaGuard().
QString formulaUnguarded(const QString &text);

/// Every field unguarded (the import's first step); returns `fields` itself when none was protected.
QStringList formulaUnguarded(const QStringList &fields);

} // namespace alumnidesk::csv
