// The columns of the search index's content view (alumni_search_source) and how each is made of the alumni
// row's own columns: as SQL for the view and the triggers (Column::value), and computed in C++ for the
// search index's worker (appendSourceRow()), both from one description so that FTS5's 'delete' is given
// byte-identical values to what was indexed.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class QByteArray;
struct sqlite3_stmt;

namespace alumnidesk::sqlitesearch {

/// The FTS5 tables a column is indexed in.
enum Table : unsigned { Bigram = 1, Unigram = 2, Domains = 4 };

// How a column of the content view is made of the alumni row's own columns (`a`, `b`). The view and the
// triggers run it as SQL (Column::value), the search index's worker computes it itself
// (appendSourceRow()): both from this one description.
enum class Form { Same, Joined, Spaced, Mailbox, Domain };

struct Column {
    QString name;
    Form form;
    QString a;
    QString b; ///< Joined and Spaced only
    unsigned tables;

    /// SQL over the alumni row, "%1" standing for the row prefix ("new.", "old." or "")
    QString value() const;
};

/// SQL for the part of the address `e` (an SQL expression) up to its '@' included, and for the part after
/// it ('' when it has none): when it is printable ASCII with an '@'; otherwise the mailbox is the address.
QString mailbox(const QString &e);
QString domain(const QString &e);

/// Every column of the view, in its order.
const QVector<Column> &columns();

/// What FTS5's 'rebuild' reads (the id, then every column of the content view, in the rebuild's order),
/// computed here instead of by the view's SQL (its GLOB, instr and substr: reading a million rows through
/// the view took 2.2 s, their columns alone 0.3 s): rawSourceSelect() reads the alumni columns the view is
/// made of, in id order; for the row it stands on, appendSourceRow() appends each of sourceColumnCount()
/// view columns as a 32-bit size (-1 for NULL) and its UTF-8 bytes, byte for byte what the view gives. It
/// appends nothing and returns false for a row whose SQL it does not follow (a value stored as a blob or a
/// number, text with a NUL byte): that row is read through the view with viewRowSelect() (its id bound),
/// and appendViewRow() appends it in the same form.
QString rawSourceSelect();
bool appendSourceRow(sqlite3_stmt *select, QByteArray &out);
QString viewRowSelect();
void appendViewRow(sqlite3_stmt *row, QByteArray &out);
int sourceColumnCount();

} // namespace alumnidesk::sqlitesearch
