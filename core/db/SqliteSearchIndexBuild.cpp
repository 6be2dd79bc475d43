#include "db/SqliteSearchIndexBuild.h"

#include "db/SqliteSearchColumns.h"
#include "db/SqliteSearchIndex.h"
#include "search/NgramTokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QThread>

#include <sqlite3.h>

#include <cstring>
#include <exception>

namespace alumnidesk::sqlitesearch {

namespace {

// The source file: one record a row, each a 32-bit length followed by the id (64 bits) and every column of
// the view as a 32-bit length (-1 for NULL) and its UTF-8 bytes, native byte order (the file never leaves
// this process).
constexpr int kChunk = 1 << 20;
// FTS5 keeps its structure record (segments, levels, and in its first 4 bytes the configuration's cookie)
// in this row of %_data.
constexpr int kStructureRowid = 10;
constexpr const char *kShadowTables[] = {"data", "idx", "config"};

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error rosterError(sqlite3 *h)
{
    return Error{QCoreApplication::translate("Database", "The search index could not be rebuilt."), QString::fromUtf8(sqlite3_errmsg(h))};
}

Error temporaryError(const QString &path, sqlite3 *h)
{
    return Error{QCoreApplication::translate("Database", "The search index could not be rebuilt in its temporary database “%1”.")
                     .arg(QDir::toNativeSeparators(path)),
                 QString::fromUtf8(sqlite3_errmsg(h))};
}

Error cancelledError()
{
    return Error{QCoreApplication::translate("Database", "Cancelled: the search index was not rebuilt."), {}};
}

bool exec(sqlite3 *h, const QString &sql)
{
    return sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool execAll(sqlite3 *h, const QStringList &statements)
{
    for (const QString &s : statements) {
        if (!exec(h, s))
            return false;
    }
    return true;
}

// A statement finalized with its scope.
class Stmt {
public:
    Stmt(sqlite3 *h, const QString &sql) { sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &m_stmt, nullptr); }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QByteArray structureRecord(sqlite3 *h, const QString &table)
{
    Stmt s(h, QStringLiteral("SELECT block FROM \"%1_data\" WHERE id = %2").arg(table).arg(kStructureRowid));
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW)
        return {};
    return QByteArray(static_cast<const char *>(sqlite3_column_blob(s.get(), 0)), sqlite3_column_bytes(s.get(), 0));
}

template <typename T>
void appendRaw(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

template <typename T>
T readRaw(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

// Reads the source file back record by record; the values point into its buffer until the next record.
class SourceReader {
public:
    explicit SourceReader(const QString &path)
        : m_file(path)
    {
        m_open = m_file.open(QIODevice::ReadOnly);
    }
    bool isOpen() const { return m_open; }

    struct Value {
        const char *data;
        qint32 size; ///< -1: NULL
    };

    /// False at the end of the file (or when it is cut short: `complete` tells).
    bool next(qint64 &id, QVector<Value> &values)
    {
        if (!ensure(4))
            return false;
        const auto size = readRaw<quint32>(m_buffer.constData() + m_pos);
        if (!ensure(4 + qint64(size))) {
            m_complete = false;
            return false;
        }
        const char *p = m_buffer.constData() + m_pos + 4;
        m_pos += 4 + qint64(size);
        id = readRaw<qint64>(p);
        p += 8;
        for (Value &v : values) {
            v.size = readRaw<qint32>(p);
            p += 4;
            v.data = p;
            if (v.size > 0)
                p += v.size;
        }
        return true;
    }
    bool complete() const { return m_complete && m_pos == m_buffer.size() && m_file.atEnd(); }

private:
    bool ensure(qint64 bytes)
    {
        if (m_buffer.size() - m_pos >= bytes)
            return true;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        while (m_buffer.size() < bytes) {
            const QByteArray more = m_file.read(std::max<qint64>(kChunk, bytes - m_buffer.size()));
            if (more.isEmpty())
                return false;
            m_buffer.append(more);
        }
        return true;
    }

    QFile m_file;
    bool m_open = false;
    bool m_complete = true;
    QByteArray m_buffer;
    qint64 m_pos = 0;
};

} // namespace

// QDir::tempPath() is empty when TMPDIR names a folder that does not exist: the folder is then made nowhere.
IndexBuild::IndexBuild(std::function<bool()> cancelled)
    : m_cancelled(std::move(cancelled))
    , m_dir(QDir::tempPath().isEmpty() ? QString() : QDir::tempPath() + QStringLiteral("/alumnidesk-search-XXXXXX"))
{
}

IndexBuild::~IndexBuild()
{
    if (m_worker)
        stopWorker();
}

Result<std::unique_ptr<IndexBuild>> IndexBuild::start(sqlite3 *roster, std::function<bool()> cancelled)
{
    std::unique_ptr<IndexBuild> build(new IndexBuild(std::move(cancelled)));
    if (QDir::tempPath().isEmpty() || !build->m_dir.isValid()) {
        const QString folder = QDir::tempPath().isEmpty() ? qEnvironmentVariable("TMPDIR") : QDir::tempPath();
        return Error{QCoreApplication::translate("Database", "The search index could not be rebuilt: no temporary folder could be "
                                                             "created in “%1”. Check that the folder exists, can be written to and has "
                                                             "free space.")
                         .arg(shownPath(folder)),
                     build->m_dir.errorString()};
    }
    build->m_sourcePath = build->m_dir.filePath(QStringLiteral("source.bin"));
    build->m_indexPath = build->m_dir.filePath(QStringLiteral("index.sqlite"));
    if (Status st = build->readCookies(roster); !st)
        return st.error();
    if (Status st = build->writeSource(roster); !st)
        return st.error();
    IndexBuild *b = build.get();
    build->m_worker.reset(QThread::create([b] { b->run(); }));
    build->m_worker->start();
    return build;
}

Status IndexBuild::readCookies(sqlite3 *roster)
{
    for (const IndexTable &t : indexTables())
        m_cookies.append(structureRecord(roster, t.name).left(4));
    return {};
}

Status IndexBuild::writeSource(sqlite3 *roster)
{
    QFile file(m_sourcePath);
    auto writeError = [&file, this] {
        return Error{QCoreApplication::translate("Database", "The search index could not be rebuilt: its temporary file “%1” could "
                                                            "not be written (%2).")
                         .arg(shownPath(m_sourcePath), file.errorString()),
                     {}};
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeError();
    Stmt select(roster, rawSourceSelect());
    if (!select)
        return rosterError(roster);
    Stmt viewRow(roster, viewRowSelect());
    if (!viewRow)
        return rosterError(roster);
    m_sourceColumns = sourceColumnCount();
    QByteArray buffer;
    buffer.reserve(kChunk + 64 * 1024);
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
        const qsizetype start = buffer.size();
        appendRaw<quint32>(buffer, 0);
        appendRaw<qint64>(buffer, sqlite3_column_int64(select.get(), 0));
        if (!appendSourceRow(select.get(), buffer)) {
            sqlite3_stmt *row = viewRow.get();
            sqlite3_bind_int64(row, 1, sqlite3_column_int64(select.get(), 0));
            if (sqlite3_step(row) != SQLITE_ROW)
                return rosterError(roster);
            appendViewRow(row, buffer);
            sqlite3_reset(row);
        }
        const auto size = quint32(buffer.size() - start - 4);
        std::memcpy(buffer.data() + start, &size, sizeof size);
        if (buffer.size() >= kChunk) {
            if (file.write(buffer) != buffer.size())
                return writeError();
            buffer.clear();
        }
        if ((++rows & 0xFFFF) == 0 && isCancelled())
            return cancelledError();
    }
    if (rc != SQLITE_DONE)
        return rosterError(roster);
    if (file.write(buffer) != buffer.size() || !file.flush())
        return writeError();
    file.close();
    return {};
}

void IndexBuild::run()
{
    try {
        m_workerStatus = fill();
    } catch (const std::exception &e) {
        m_workerStatus = Error{QCoreApplication::translate("Database", "The search index could not be rebuilt."), QString::fromLocal8Bit(e.what())};
    } catch (...) {
        m_workerStatus = Error{QCoreApplication::translate("Database", "The search index could not be rebuilt."), {}};
    }
}

// On the worker thread: the three tables in a database of its own, created, given the roster's cookies, and
// filled from the source file exactly as rebuildStatements() fills them.
Status IndexBuild::fill()
{
    const QVector<IndexTable> tables = indexTables();
    sqlite3 *db = nullptr;
    auto failed = [this, &db](const QString &detail = {}) -> Status {
        const QString why = detail.isEmpty() && db ? QString::fromUtf8(sqlite3_errmsg(db)) : detail;
        if (db) {
            std::lock_guard<std::mutex> lock(m_handleMutex);
            sqlite3_close_v2(db);
            m_workerDb = db = nullptr;
        }
        if (m_stop)
            return cancelledError();
        Error e = temporaryError(m_indexPath, nullptr);
        e.detail = why;
        return e;
    };
    auto open = [&]() -> bool {
        sqlite3 *h = nullptr;
        const int rc = sqlite3_open_v2(m_indexPath.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        {
            std::lock_guard<std::mutex> lock(m_handleMutex);
            m_workerDb = db = h;
        }
        // A throwaway file: no journal, no syncing; a small page cache (FTS5 appends its segments).
        return rc == SQLITE_OK && search::registerNgramTokenizer(db).ok()
            && execAll(db, {QStringLiteral("PRAGMA journal_mode = OFF"), QStringLiteral("PRAGMA synchronous = OFF"),
                            QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("PRAGMA cache_size = -4096")});
    };
    auto close = [&] {
        std::lock_guard<std::mutex> lock(m_handleMutex);
        sqlite3_close_v2(db);
        m_workerDb = db = nullptr;
    };

    if (!open())
        return failed();
    for (int i = 0; i < tables.size(); ++i) {
        if (!exec(db, tables.at(i).create))
            return failed();
        // The totals of no rows, which a rebuild writes even when there is none to insert (rows inserted
        // replace them).
        const QByteArray averages(1 + tables.at(i).columns.size(), '\0');
        Stmt totals(db, QStringLiteral("UPDATE \"%1_data\" SET block = ?1 WHERE id = 1").arg(tables.at(i).name));
        if (!totals || sqlite3_bind_blob(totals.get(), 1, averages.constData(), int(averages.size()), SQLITE_TRANSIENT) != SQLITE_OK
            || sqlite3_step(totals.get()) != SQLITE_DONE)
            return failed();
        // The roster's cookie, so that the configuration changes below count on from where the roster's do,
        // as they would in a rebuild there.
        QByteArray structure = structureRecord(db, tables.at(i).name);
        if (m_cookies.at(i).size() == 4 && structure.size() >= 4) {
            structure.replace(0, 4, m_cookies.at(i));
            Stmt update(db, QStringLiteral("UPDATE \"%1_data\" SET block = ?1 WHERE id = %2").arg(tables.at(i).name).arg(kStructureRowid));
            if (!update || sqlite3_bind_blob(update.get(), 1, structure.constData(), int(structure.size()), SQLITE_TRANSIENT) != SQLITE_OK
                || sqlite3_step(update.get()) != SQLITE_DONE)
                return failed();
        }
    }
    // A new connection: FTS5 reads the patched structure and configuration afresh rather than from a cache.
    close();
    if (!open())
        return failed();

    for (const IndexTable &t : tables) {
        if (m_stop)
            return failed();
        if (!exec(db, QStringLiteral("BEGIN")) || !execAll(db, t.before))
            return failed();
        QStringList params;
        for (int i = 0; i <= t.columns.size(); ++i)
            params.append(QStringLiteral("?%1").arg(i + 1));
        Stmt insert(db, QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (%3)")
                            .arg(t.name, t.columnNames.join(QStringLiteral(", ")), params.join(QStringLiteral(", "))));
        if (!insert)
            return failed();
        SourceReader reader(m_sourcePath);
        if (!reader.isOpen())
            return failed(QStringLiteral("cannot read %1").arg(m_sourcePath));
        QVector<SourceReader::Value> values(m_sourceColumns);
        qint64 id = 0;
        qint64 rows = 0;
        while (reader.next(id, values)) {
            sqlite3_bind_int64(insert.get(), 1, id);
            for (int i = 0; i < t.columns.size(); ++i) {
                const SourceReader::Value &v = values.at(t.columns.at(i));
                if (v.size < 0)
                    sqlite3_bind_null(insert.get(), i + 2);
                else
                    sqlite3_bind_text(insert.get(), i + 2, v.data, v.size, SQLITE_STATIC);
            }
            if (sqlite3_step(insert.get()) != SQLITE_DONE)
                return failed();
            sqlite3_reset(insert.get());
            if ((++rows & 0x3FF) == 0 && m_stop)
                return failed();
        }
        if (!reader.complete())
            return failed(QStringLiteral("%1 was cut short").arg(m_sourcePath));
        if (!execAll(db, t.after) || !exec(db, QStringLiteral("COMMIT")))
            return failed();
    }
    close();
    return {};
}

void IndexBuild::stopWorker()
{
    m_stop = true;
    {
        std::lock_guard<std::mutex> lock(m_handleMutex);
        if (m_workerDb)
            sqlite3_interrupt(m_workerDb);
    }
    m_worker->wait();
}

bool IndexBuild::running() const
{
    return m_worker && m_worker->isRunning();
}

Status IndexBuild::finish(sqlite3 *roster)
{
    while (!m_worker->wait(100)) {
        if (isCancelled()) {
            stopWorker();
            return cancelledError();
        }
    }
    if (!m_workerStatus)
        return m_workerStatus;
    if (isCancelled())
        return cancelledError();
    return copyInto(roster);
}

// The roster's tables take the worker's rows. 'delete-all' first: FTS5 empties the tables and forgets the
// structure it had read on this connection (it reads it again, with its configuration, when next used), and
// what it rewrites is replaced below.
Status IndexBuild::copyInto(sqlite3 *roster)
{
    sqlite3 *source = nullptr;
    const int rc = sqlite3_open_v2(m_indexPath.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    auto closeSource = qScopeGuard([&source] { sqlite3_close_v2(source); });
    if (rc != SQLITE_OK)
        return temporaryError(m_indexPath, source);
    for (const IndexTable &t : indexTables()) {
        if (!exec(roster, QStringLiteral("INSERT INTO %1(%1) VALUES ('delete-all')").arg(t.name)))
            return rosterError(roster);
        for (const char *shadow : kShadowTables) {
            const QString table = QStringLiteral("\"%1_%2\"").arg(t.name, QLatin1String(shadow));
            if (!exec(roster, QStringLiteral("DELETE FROM %1").arg(table)))
                return rosterError(roster);
            Stmt select(source, QStringLiteral("SELECT * FROM %1").arg(table));
            if (!select)
                return temporaryError(m_indexPath, source);
            const int columns = sqlite3_column_count(select.get());
            QStringList params;
            for (int i = 1; i <= columns; ++i)
                params.append(QStringLiteral("?%1").arg(i));
            Stmt insert(roster, QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, params.join(QStringLiteral(", "))));
            if (!insert)
                return rosterError(roster);
            int step;
            while ((step = sqlite3_step(select.get())) == SQLITE_ROW) {
                for (int i = 0; i < columns; ++i)
                    sqlite3_bind_value(insert.get(), i + 1, sqlite3_column_value(select.get(), i));
                if (sqlite3_step(insert.get()) != SQLITE_DONE)
                    return rosterError(roster);
                sqlite3_reset(insert.get());
            }
            if (step != SQLITE_DONE)
                return temporaryError(m_indexPath, source);
        }
    }
    if (!execAll(roster, domainRefill()))
        return rosterError(roster);
    return {};
}

} // namespace alumnidesk::sqlitesearch
