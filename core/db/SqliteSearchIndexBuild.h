// The search index's three FTS5 tables rebuilt beside other work (a bulk load re-creating its indexes), on two
// cores instead of one:
//   start()   on the roster's connection, inside its write transaction: writes the rows FTS5's 'rebuild' would
//             read (id and every column of the content view, in the same order) to a temporary file — a
//             worker cannot read the transaction's uncommitted rows — and starts a worker thread that fills
//             the same three tables (same CREATE text, same bulk settings, same rows in the same order) in a
//             private temporary database with a connection of its own;
//   finish()  waits for the worker and replaces the rows of the roster's tables' %_data, %_idx and %_config
//             with the worker's, after FTS5 was told to drop what it caches of them ('delete-all'), then lists
//             the e-mail domains afresh.
// The result is row for row what rebuildStatements() writes (tst_searchindexbuild). The object stops the worker
// and deletes its files whenever it goes, finished or not (an error, a cancel, an exception); the roster's
// transaction is the caller's to commit or roll back.
#pragma once

#include "common/Result.h"

#include <QByteArrayList>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

struct sqlite3;
class QThread;

namespace alumnidesk::sqlitesearch {

class IndexBuild {
public:
    /// Starts a build in a new folder under QDir::tempPath(). `cancelled` is only asked on this thread.
    static Result<std::unique_ptr<IndexBuild>> start(sqlite3 *roster, std::function<bool()> cancelled = {});
    ~IndexBuild();
    IndexBuild(const IndexBuild &) = delete;
    IndexBuild &operator=(const IndexBuild &) = delete;

    /// Waits for the worker, then puts its tables in place of the roster's (same connection as start()).
    Status finish(sqlite3 *roster);
    /// The worker has not finished yet (any thread may ask).
    bool running() const;

private:
    IndexBuild(std::function<bool()> cancelled);
    Status writeSource(sqlite3 *roster);
    Status readCookies(sqlite3 *roster);
    void run();
    Status fill();
    Status copyInto(sqlite3 *roster);
    void stopWorker();
    bool isCancelled() const { return m_cancelled && m_cancelled(); }

    std::function<bool()> m_cancelled;
    QTemporaryDir m_dir;
    QString m_sourcePath;
    QString m_indexPath;
    int m_sourceColumns = 0;
    QByteArrayList m_cookies; ///< per table, the 4 bytes FTS5 keeps its configuration's version in
    std::unique_ptr<QThread> m_worker;
    std::atomic_bool m_stop{false};
    std::mutex m_handleMutex;
    sqlite3 *m_workerDb = nullptr; ///< the worker's connection while open (interrupted by stopWorker())
    Status m_workerStatus;         ///< written by the worker, read once it has finished
};

} // namespace alumnidesk::sqlitesearch
