// The issues of a check or an import in bounded memory, whatever the file: up to memoryLimit() of them
// are held in memory; the rest go, in sorted runs, to a temporary file. After sortByLine() the first
// memoryLimit() issues in line order are kept() for showing, and a Reader walks every one of them in line
// order (issues of one line in the order they were added), from memory or from the file.
//
// Copies share the file, which only grows: a copy goes on reading what it had. Appending to two copies
// from two threads at once is not supported; reading (Readers) from several threads is.
#pragma once

#include "common/Result.h"
#include "hris/ImportIssue.h"

#include <QVector>

#include <functional>
#include <memory>

class QFile;
class QTemporaryFile;

namespace alumnidesk::hris {

class ImportIssueList {
public:
    /// Issues held in memory by default: a list a person reads, not the whole of a file where every row is
    /// wrong.
    static constexpr int kDefaultMemoryLimit = 5000;

    ImportIssueList();
    ImportIssueList(const ImportIssueList &);
    ImportIssueList(ImportIssueList &&) noexcept;
    ImportIssueList &operator=(const ImportIssueList &);
    ImportIssueList &operator=(ImportIssueList &&) noexcept;
    ~ImportIssueList();

    /// For tests (a small limit spills early); set before the first append.
    void setMemoryLimit(int limit);
    /// The limit lists start with (kDefaultMemoryLimit unless a test lowered it for a whole run).
    static void setDefaultMemoryLimit(int limit);
    static int defaultMemoryLimit();
    int memoryLimit() const { return m_limit; }

    void append(const ImportIssue &issue);
    ImportIssueList &operator+=(const QVector<ImportIssue> &issues);

    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qint64 errors() const { return m_errors; }
    qint64 warnings() const { return m_size - m_errors; }

    /// Puts every issue in line order (stable); kept() and Readers see that order. Appending after it is
    /// allowed (sort again before reading).
    Status sortByLine();
    /// The first memoryLimit() issues in line order (after sortByLine()).
    const QVector<ImportIssue> &kept() const { return m_kept; }
    /// Issues beyond kept(): only a Reader lists them.
    qint64 notKept() const { return m_size - m_kept.size(); }
    /// Whether issues went to the temporary file (for tests).
    bool spilled() const { return !m_runs.isEmpty(); }

private:
    class RunCursor;

public:
    /// Every issue in line order, one at a time (after sortByLine()).
    class Reader {
    public:
        explicit Reader(const ImportIssueList &list);
        ~Reader();
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;
        /// The next issue, or nullptr at the end or on a read error (then status() says why).
        const ImportIssue *next();
        const Status &status() const { return m_status; }

    private:
        const ImportIssueList &m_list;
        int m_index = 0;
        std::unique_ptr<QFile> m_file;
        std::unique_ptr<RunCursor> m_cursor;
        qint64 m_left = 0;
        ImportIssue m_current;
        Status m_status;
    };

    /// Calls `visit` for every issue in line order; stops at its first error.
    Status forEach(const std::function<Status(const ImportIssue &)> &visit) const;

private:
    struct Run {
        qint64 offset = 0; ///< in the file
        qint64 bytes = 0;
        qint64 count = 0;
        int lastLine = 0;
    };
    Status spill();
    Status openFile();

    int m_limit;
    qint64 m_size = 0;
    qint64 m_errors = 0;
    QVector<ImportIssue> m_pending; ///< added since the last spill or sort, in the order added
    QVector<ImportIssue> m_kept;
    QVector<Run> m_runs;            ///< sorted runs in the file; one after sortByLine() (the whole list)
    std::shared_ptr<QTemporaryFile> m_file;
    bool m_sorted = true;
};

} // namespace alumnidesk::hris
