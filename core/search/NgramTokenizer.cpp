#include "search/NgramTokenizer.h"

#include "text/JapaneseText.h"
#include "text/VariantKanji.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <vector>

namespace alumnidesk::search {

namespace {

constexpr char kEndMark = '\x01';

enum class Mode { Bigram, Unigram, Whole };

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0x00A0;
}

int appendUtf8(char *out, char32_t c)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

// Characters whose search normal form (NFKC, case-folded, hiragana → katakana, variant kanji folded) is computed here without
// Qt's normaliser: the bulk of roster text (ASCII, kana, common kanji). Anything else takes the slow path.
bool fastNormalize(char32_t &c)
{
    if (c < 0x80) {
        if (c >= U'A' && c <= U'Z')
            c += 0x20;
        return true;
    }
    if (c >= 0x3041 && c <= 0x3096) { // hiragana
        c += 0x60;
        return true;
    }
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
        if (text::mayBeVariantKanji(c))
            c = text::foldVariantKanji(c);
        return true;
    }
    return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x3000;
}

// Decodes UTF-8 into code points in search normal form, fast when every character is common.
void normalizedCodePoints(const char *text, int size, std::vector<char32_t> &out)
{
    out.clear();
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    const auto *end = p + size;
    while (p < end) {
        char32_t c = *p;
        int extra = 0;
        if (c >= 0xF0) {
            c &= 0x07;
            extra = 3;
        } else if (c >= 0xE0) {
            c &= 0x0F;
            extra = 2;
        } else if (c >= 0xC0) {
            c &= 0x1F;
            extra = 1;
        }
        ++p;
        for (int i = 0; i < extra && p < end; ++i, ++p)
            c = (c << 6) | (*p & 0x3F);
        if (!fastNormalize(c)) {
            const QList<uint> cps = text::searchNormalize(QString::fromUtf8(text, size)).toUcs4();
            out.assign(cps.begin(), cps.end());
            return;
        }
        out.push_back(c);
    }
}

// Calls sink(bytes, length) for each token of the text.
template <typename Sink>
void tokenize(const char *text, int size, Mode mode, bool queryMode, std::vector<char32_t> &cps, Sink &&sink)
{
    normalizedCodePoints(text, size, cps);
    if (mode == Mode::Whole) {
        // The whole value is one token (an e-mail domain): queries look it up by its exact text.
        if (cps.empty())
            return;
        std::string whole(cps.size() * 4, '\0');
        int length = 0;
        for (char32_t c : cps)
            length += appendUtf8(whole.data() + length, c);
        sink(whole.data(), length);
        return;
    }
    char token[16];
    const size_t n = cps.size();
    size_t i = 0;
    while (i < n) {
        while (i < n && isSpace(cps[i]))
            ++i;
        size_t end = i;
        while (end < n && !isSpace(cps[end]))
            ++end;
        const size_t len = end - i;
        if (len > 0) {
            if (mode == Mode::Unigram || (queryMode && len == 1)) {
                for (size_t k = i; k < end; ++k)
                    sink(token, appendUtf8(token, cps[k]));
            } else {
                const size_t last = queryMode ? end - 1 : end;
                for (size_t k = i; k < last; ++k) {
                    int t = appendUtf8(token, cps[k]);
                    if (k + 1 < end)
                        t += appendUtf8(token + t, cps[k + 1]);
                    else
                        token[t++] = kEndMark;
                    sink(token, t);
                }
            }
        }
        i = end;
    }
}

// --- FTS5 glue ------------------------------------------------------------------------------------

struct Tokenizer {
    Mode mode = Mode::Bigram;
    std::vector<char32_t> buffer; // reused between calls: FTS5 calls xTokenize once per column value
};

int xCreate(void *, const char **azArg, int nArg, Fts5Tokenizer **ppOut)
{
    auto *t = new Tokenizer;
    for (int i = 0; i < nArg; ++i) {
        if (std::strcmp(azArg[i], "unigram") == 0) {
            t->mode = Mode::Unigram;
        } else if (std::strcmp(azArg[i], "whole") == 0) {
            t->mode = Mode::Whole;
        } else {
            delete t;
            return SQLITE_ERROR;
        }
    }
    *ppOut = reinterpret_cast<Fts5Tokenizer *>(t);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *p)
{
    delete reinterpret_cast<Tokenizer *>(p);
}

int xTokenize(Fts5Tokenizer *p, void *pCtx, int flags, const char *pText, int nText,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    auto *t = reinterpret_cast<Tokenizer *>(p);
    const bool queryMode = (flags & FTS5_TOKENIZE_QUERY) != 0;
    int rc = SQLITE_OK;
    tokenize(pText, nText, t->mode, queryMode, t->buffer, [&](const char *token, int length) {
        if (rc == SQLITE_OK)
            rc = xToken(pCtx, 0, token, length, 0, nText);
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

QStringList collect(const QString &text, Mode mode, bool queryMode)
{
    const QByteArray utf8 = text.toUtf8();
    std::vector<char32_t> buffer;
    QStringList out;
    tokenize(utf8.constData(), int(utf8.size()), mode, queryMode, buffer, [&](const char *token, int length) {
        QString s = QString::fromUtf8(token, length);
        s.replace(QLatin1Char(kEndMark), QLatin1Char('$'));
        out.append(s);
    });
    return out;
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
    return collect(text, Mode::Bigram, false);
}

QStringList queryTokens(const QString &phrase)
{
    return collect(phrase, Mode::Bigram, true);
}

QStringList unigramTokens(const QString &text)
{
    return collect(text, Mode::Unigram, false);
}

QStringList wholeTokens(const QString &text)
{
    return collect(text, Mode::Whole, false);
}

} // namespace alumnidesk::search
