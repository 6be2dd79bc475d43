#include "search/NgramTokenizer.h"

#include "text/JapaneseText.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>
#include <functional>

namespace alumnidesk::search {

namespace {

constexpr char kEndMark = '\x01';

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0x00A0;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Calls sink(token) for each token of the text. Document mode: per word, n bigram/end tokens. Query mode:
// per word, its bigrams, or the single character of a one-character word (used with a prefix query).
void tokenize(const QString &raw, bool queryMode, const std::function<void(const std::string &)> &sink)
{
    const QList<uint> cps = text::searchNormalize(raw).toUcs4();
    std::string token;
    qsizetype i = 0;
    const qsizetype n = cps.size();
    while (i < n) {
        while (i < n && isSpace(cps.at(i)))
            ++i;
        qsizetype end = i;
        while (end < n && !isSpace(cps.at(end)))
            ++end;
        const qsizetype len = end - i;
        if (len > 0) {
            if (queryMode && len == 1) {
                token.clear();
                appendUtf8(token, cps.at(i));
                sink(token);
            } else {
                const qsizetype last = queryMode ? end - 1 : end;
                for (qsizetype k = i; k < last; ++k) {
                    token.clear();
                    appendUtf8(token, cps.at(k));
                    if (k + 1 < end)
                        appendUtf8(token, cps.at(k + 1));
                    else
                        token.push_back(kEndMark);
                    sink(token);
                }
            }
        }
        i = end;
    }
}

// --- FTS5 glue ------------------------------------------------------------------------------------

struct Tokenizer {
    int unused = 0;
};

int xCreate(void *, const char **, int nArg, Fts5Tokenizer **ppOut)
{
    if (nArg != 0)
        return SQLITE_ERROR;
    *ppOut = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *p)
{
    delete reinterpret_cast<Tokenizer *>(p);
}

int xTokenize(Fts5Tokenizer *, void *pCtx, int flags, const char *pText, int nText,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    const bool queryMode = (flags & FTS5_TOKENIZE_QUERY) != 0;
    int rc = SQLITE_OK;
    tokenize(QString::fromUtf8(pText, nText), queryMode, [&](const std::string &t) {
        if (rc == SQLITE_OK)
            rc = xToken(pCtx, 0, t.data(), int(t.size()), 0, nText);
    });
    return rc;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

QString display(const std::string &t)
{
    QString s = QString::fromUtf8(t.data(), qsizetype(t.size()));
    s.replace(QLatin1Char(kEndMark), QLatin1Char('$'));
    return s;
}

} // namespace

Status registerNgramTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return Error{QCoreApplication::translate("Database", "This SQLite library has no full-text search (FTS5)."), {}};
    fts5_tokenizer tok{xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, kTokenizerName, nullptr, &tok, nullptr) != SQLITE_OK)
        return Error{QCoreApplication::translate("Database", "The search tokenizer could not be registered."),
                     QString::fromUtf8(sqlite3_errmsg(db))};
    return {};
}

QStringList documentTokens(const QString &text)
{
    QStringList out;
    tokenize(text, false, [&](const std::string &t) { out.append(display(t)); });
    return out;
}

QStringList queryTokens(const QString &phrase)
{
    QStringList out;
    tokenize(phrase, true, [&](const std::string &t) { out.append(display(t)); });
    return out;
}

} // namespace alumnidesk::search
