#include "db/SqliteSearchColumns.h"

#include "search/SearchPlan.h"

#include <QByteArray>
#include <QPair>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <cstring>

namespace alumnidesk::sqlitesearch {

namespace {

// An address is split into mailbox and domain only when it is printable ASCII without spaces (its search
// normal form is then its lower case: one '@', one word); any other address stays whole.
QString isSplit(const QString &e)
{
    return QStringLiteral("instr(%1, '@') > 0 AND %1 NOT GLOB '*[^!-~]*'").arg(e);
}

} // namespace

QString mailbox(const QString &e)
{
    return QStringLiteral("CASE WHEN %1 THEN substr(%2, 1, instr(%2, '@')) ELSE %2 END").arg(isSplit(e), e);
}

QString domain(const QString &e)
{
    return QStringLiteral("CASE WHEN %1 THEN substr(%2, instr(%2, '@') + 1) ELSE '' END").arg(isSplit(e), e);
}

namespace {

// The alumni columns the view reads, each once, in the order of their first use.
const QStringList &rawColumns()
{
    static const QStringList list = [] {
        QStringList out;
        for (const Column &c : columns()) {
            for (const QString &name : {c.a, c.b}) {
                if (!name.isEmpty() && !out.contains(name))
                    out.append(name);
            }
        }
        return out;
    }();
    return list;
}

} // namespace

QString Column::value() const
{
    const QString first = QStringLiteral("%1") + a;
    switch (form) {
    case Form::Same:
        return first;
    case Form::Joined:
        return first + QStringLiteral(" || %1") + b;
    case Form::Spaced:
        return first + QStringLiteral(" || ' ' || %1") + b;
    case Form::Mailbox:
        return mailbox(first);
    case Form::Domain:
        return domain(first);
    }
    return first;
}

const QVector<Column> &columns()
{
    static const QVector<Column> list{
        {QStringLiteral("name"), Form::Joined, QStringLiteral("family_name"), QStringLiteral("given_name"), Bigram | Unigram},
        {QStringLiteral("kana"), Form::Joined, QStringLiteral("family_kana"), QStringLiteral("given_kana"), Bigram | Unigram},
        {QStringLiteral("romaji"), Form::Same, QStringLiteral("name_romaji"), {}, Bigram | Unigram},
        {QStringLiteral("email"), Form::Spaced, QStringLiteral("email"), QStringLiteral("secondary_email"), Unigram},
        {QLatin1String(search::kMailboxColumns[0]), Form::Mailbox, QStringLiteral("email"), {}, Bigram},
        {QLatin1String(search::kMailboxColumns[1]), Form::Mailbox, QStringLiteral("secondary_email"), {}, Bigram},
        {QStringLiteral("employee_id"), Form::Same, QStringLiteral("employee_id"), {}, Bigram | Unigram},
        {QStringLiteral("employer"), Form::Same, QStringLiteral("current_employer"), {}, Bigram | Unigram},
        {QStringLiteral("skills"), Form::Same, QStringLiteral("skills"), {}, Bigram | Unigram},
        {QLatin1String(search::kDomainColumns[0]), Form::Domain, QStringLiteral("email"), {}, Domains},
        {QLatin1String(search::kDomainColumns[1]), Form::Domain, QStringLiteral("secondary_email"), {}, Domains},
    };
    return list;
}

QString rawSourceSelect()
{
    // In id order, as the view is scanned.
    return QStringLiteral("SELECT id, %1 FROM alumni").arg(rawColumns().join(QStringLiteral(", ")));
}

namespace {

struct Text {
    const char *data = nullptr; ///< null: SQL NULL
    int size = 0;
};

void appendSize(QByteArray &out, qint32 size)
{
    out.append(reinterpret_cast<const char *>(&size), sizeof size);
}

void appendText(QByteArray &out, const Text &t)
{
    if (!t.data) {
        appendSize(out, -1);
        return;
    }
    appendSize(out, t.size);
    out.append(t.data, t.size);
}

// `instr(e, '@') > 0 AND e NOT GLOB '*[^!-~]*'`: an '@' (its byte offset), and every character between
// '!' and '~' (a byte of a multi-byte character is never one of those). -1 otherwise.
int splitAt(const Text &e)
{
    int at = -1;
    for (int i = 0; i < e.size; ++i) {
        const unsigned char c = static_cast<unsigned char>(e.data[i]);
        if (c < '!' || c > '~')
            return -1;
        if (c == '@' && at < 0)
            at = i;
    }
    return at;
}

} // namespace

bool appendSourceRow(sqlite3_stmt *select, QByteArray &out)
{
    // The raw columns after the id, by name.
    const QStringList &raw = rawColumns();
    QVarLengthArray<Text, 16> values(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        const int type = sqlite3_column_type(select, i + 1);
        if (type == SQLITE_NULL)
            continue;
        // Text as text: a blob (substr counts its bytes) or another type is left to the view's SQL.
        if (type != SQLITE_TEXT)
            return false;
        values[i].data = reinterpret_cast<const char *>(sqlite3_column_text(select, i + 1));
        values[i].size = sqlite3_column_bytes(select, i + 1);
        // So is text with a NUL in it: GLOB reads up to it, instr past it, substr stops at it.
        if (!values[i].data || std::memchr(values[i].data, 0, size_t(values[i].size)))
            return false;
    }
    static const QVector<QPair<int, int>> positions = [] {
        QVector<QPair<int, int>> list;
        for (const Column &c : columns())
            list.append({int(rawColumns().indexOf(c.a)), c.b.isEmpty() ? -1 : int(rawColumns().indexOf(c.b))});
        return list;
    }();
    for (int i = 0; i < columns().size(); ++i) {
        const Column &c = columns()[i];
        const Text &a = values[positions[i].first];
        switch (c.form) {
        case Form::Same:
            appendText(out, a);
            break;
        case Form::Joined:
        case Form::Spaced: {
            const Text &b = values[positions[i].second];
            if (!a.data || !b.data) {
                appendText(out, {});
                break;
            }
            const bool spaced = c.form == Form::Spaced;
            appendSize(out, a.size + b.size + (spaced ? 1 : 0));
            out.append(a.data, a.size);
            if (spaced)
                out.append(' ');
            out.append(b.data, b.size);
            break;
        }
        case Form::Mailbox: {
            // CASE WHEN split THEN substr(e, 1, instr(e, '@')) ELSE e END
            const int at = a.data ? splitAt(a) : -1;
            appendText(out, at < 0 ? a : Text{a.data, at + 1});
            break;
        }
        case Form::Domain: {
            // CASE WHEN split THEN substr(e, instr(e, '@') + 1) ELSE '' END
            const int at = a.data ? splitAt(a) : -1;
            appendText(out, at < 0 ? Text{"", 0} : Text{a.data + at + 1, a.size - at - 1});
            break;
        }
        }
    }
    return true;
}

void appendViewRow(sqlite3_stmt *row, QByteArray &out)
{
    for (int i = 0; i < sourceColumnCount(); ++i) {
        // As FTS5's rebuild reads it: the text form, whatever the type.
        if (sqlite3_column_type(row, i) == SQLITE_NULL)
            appendText(out, {});
        else
            appendText(out, {reinterpret_cast<const char *>(sqlite3_column_text(row, i)), sqlite3_column_bytes(row, i)});
    }
}

QString viewRowSelect()
{
    QStringList names;
    for (const Column &c : columns())
        names.append(c.name);
    return QStringLiteral("SELECT %1 FROM alumni_search_source WHERE id = ?1").arg(names.join(QStringLiteral(", ")));
}

int sourceColumnCount()
{
    return int(columns().size());
}

} // namespace alumnidesk::sqlitesearch
