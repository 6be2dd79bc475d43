#include "hris/ImportIssueList.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>

namespace alumnidesk::hris {

namespace {

constexpr qint64 kReadChunk = 16 * 1024; ///< bytes a run's cursor reads at a time

bool byLine(const ImportIssue &a, const ImportIssue &b)
{
    return a.line < b.line;
}

Error fileError(const QFileDevice &file)
{
    return {QCoreApplication::translate("ImportIssueList", "The list of problems could not be kept in a temporary file."),
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
}

// A record: its payload's size (quint32), then severity, line, column, field, value, reason.
void encode(const ImportIssue &issue, QByteArray &out)
{
    QByteArray payload;
    {
        QDataStream s(&payload, QIODevice::WriteOnly);
        s << qint8(issue.severity) << qint32(issue.line) << qint32(issue.column) << issue.field << issue.value << issue.reason;
    }
    const quint32 size = quint32(payload.size());
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((size >> shift) & 0xFF));
    out.append(payload);
}

} // namespace

// Reads a run of records from `file`, kReadChunk bytes at a time, from `offset` for `bytes`.
class ImportIssueList::RunCursor {
public:
    RunCursor(qint64 offset, qint64 bytes)
        : m_pos(offset)
        , m_end(offset + bytes)
    {
    }

    /// False at the end of the run; on a read error too, with `status` set.
    bool next(QFile &file, ImportIssue &out, Status &status)
    {
        if (!fill(file, 4, status))
            return false;
        quint32 size = 0;
        for (int i = 0; i < 4; ++i)
            size |= quint32(quint8(m_buffer.at(m_at + i))) << (8 * i);
        if (!fill(file, 4 + qint64(size), status))
            return false;
        QDataStream s(QByteArray::fromRawData(m_buffer.constData() + m_at + 4, qsizetype(size)));
        qint8 severity = 0;
        qint32 line = 0;
        qint32 column = 0;
        s >> severity >> line >> column >> out.field >> out.value >> out.reason;
        out.severity = severity == qint8(ImportIssue::Error) ? ImportIssue::Error : ImportIssue::Warning;
        out.line = line;
        out.column = column;
        m_at += 4 + qsizetype(size);
        return true;
    }

private:
    // Makes `needed` bytes from m_at available; false at the run's end (or a short read).
    bool fill(QFile &file, qint64 needed, Status &status)
    {
        const qint64 have = m_buffer.size() - m_at;
        if (have >= needed)
            return true;
        if (have == 0 && m_pos >= m_end)
            return false;
        m_buffer.remove(0, m_at);
        m_at = 0;
        const qint64 want = std::min(m_end - m_pos, std::max(kReadChunk, needed - have));
        if (want <= 0 || !file.seek(m_pos)) {
            status = fileError(file);
            return false;
        }
        const QByteArray more = file.read(want);
        if (more.size() != want) {
            status = fileError(file);
            return false;
        }
        m_pos += want;
        m_buffer.append(more);
        if (m_buffer.size() < needed) {
            status = fileError(file);
            return false;
        }
        return true;
    }

    qint64 m_pos;
    qint64 m_end;
    QByteArray m_buffer;
    qsizetype m_at = 0;
};

namespace {
std::atomic<int> defaultLimit{ImportIssueList::kDefaultMemoryLimit};
} // namespace

void ImportIssueList::setDefaultMemoryLimit(int limit)
{
    defaultLimit = std::max(1, limit);
}

int ImportIssueList::defaultMemoryLimit()
{
    return defaultLimit;
}

ImportIssueList::ImportIssueList()
    : m_limit(defaultLimit)
{
}

ImportIssueList::ImportIssueList(const ImportIssueList &) = default;
ImportIssueList::ImportIssueList(ImportIssueList &&) noexcept = default;
ImportIssueList &ImportIssueList::operator=(const ImportIssueList &) = default;
ImportIssueList &ImportIssueList::operator=(ImportIssueList &&) noexcept = default;
ImportIssueList::~ImportIssueList() = default;

void ImportIssueList::setMemoryLimit(int limit)
{
    m_limit = std::max(1, limit);
}

void ImportIssueList::append(const ImportIssue &issue)
{
    ++m_size;
    if (issue.severity == ImportIssue::Error)
        ++m_errors;
    m_pending.append(issue);
    m_sorted = false;
    const qsizetype held = m_pending.size() + (m_runs.isEmpty() ? m_kept.size() : 0);
    // A failed spill keeps the issues in memory; sortByLine() reports the file's error.
    if (held > m_limit)
        (void)spill();
}

ImportIssueList &ImportIssueList::operator+=(const QVector<ImportIssue> &issues)
{
    for (const ImportIssue &i : issues)
        append(i);
    return *this;
}

Status ImportIssueList::openFile()
{
    if (m_file)
        return {};
    auto file = std::make_shared<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("alumnidesk-issues-XXXXXX")));
    if (!file->open())
        return fileError(*file);
    m_file = std::move(file);
    return {};
}

// Writes what is held in memory as sorted runs: the sorted list kept so far (while nothing was spilled),
// then the issues added since, sorted (stable). A run that starts at or after the line where the file's
// last run ends continues it, so issues added in line order stay one run.
Status ImportIssueList::spill()
{
    if (Status st = openFile(); !st)
        return st;
    auto write = [this](const QVector<ImportIssue> &issues, bool mayContinue) -> Status {
        if (issues.isEmpty())
            return {};
        QByteArray bytes;
        for (const ImportIssue &i : issues)
            encode(i, bytes);
        const qint64 offset = m_file->size();
        if (m_file->write(bytes) != bytes.size() || !m_file->flush())
            return fileError(*m_file);
        if (mayContinue && !m_runs.isEmpty() && m_runs.constLast().offset + m_runs.constLast().bytes == offset
            && issues.constFirst().line >= m_runs.constLast().lastLine) {
            Run &last = m_runs.last();
            last.bytes += bytes.size();
            last.count += issues.size();
            last.lastLine = issues.constLast().line;
        } else {
            m_runs.append({offset, bytes.size(), issues.size(), issues.constLast().line});
        }
        return {};
    };
    if (m_runs.isEmpty() && !m_kept.isEmpty()) {
        if (!m_sorted)
            std::stable_sort(m_kept.begin(), m_kept.end(), byLine);
        if (Status st = write(m_kept, false); !st)
            return st;
    }
    m_kept.clear();
    std::stable_sort(m_pending.begin(), m_pending.end(), byLine);
    if (Status st = write(m_pending, true); !st)
        return st;
    m_pending.clear();
    return {};
}

Status ImportIssueList::sortByLine()
{
    if (m_runs.isEmpty()) {
        if (!m_pending.isEmpty()) {
            // The kept ones were added first: before the new ones on the same line.
            m_kept += m_pending;
            m_pending.clear();
            std::stable_sort(m_kept.begin(), m_kept.end(), byLine);
        }
        if (m_kept.size() <= m_limit) {
            m_sorted = true;
            return {};
        }
    }
    if (Status st = spill(); !st)
        return st;
    QFile in(m_file->fileName());
    if (!in.open(QIODevice::ReadOnly))
        return fileError(in);
    if (m_runs.size() > 1) {
        // Merge the runs into one at the end of the file; on equal lines the earlier run (added first) wins.
        std::vector<RunCursor> cursors;
        QVector<ImportIssue> heads(m_runs.size());
        QVector<bool> live(m_runs.size(), false);
        Status status;
        for (const Run &r : std::as_const(m_runs))
            cursors.emplace_back(r.offset, r.bytes);
        for (qsizetype i = 0; i < m_runs.size(); ++i) {
            live[i] = cursors[size_t(i)].next(in, heads[i], status);
            if (!status)
                return status;
        }
        Run merged{m_file->size(), 0, 0, 0};
        QByteArray bytes;
        auto flush = [&]() -> Status {
            if (m_file->write(bytes) != bytes.size())
                return fileError(*m_file);
            merged.bytes += bytes.size();
            bytes.clear();
            return {};
        };
        for (;;) {
            qsizetype best = -1;
            for (qsizetype i = 0; i < heads.size(); ++i) {
                if (live.at(i) && (best < 0 || heads.at(i).line < heads.at(best).line))
                    best = i;
            }
            if (best < 0)
                break;
            encode(heads.at(best), bytes);
            ++merged.count;
            merged.lastLine = heads.at(best).line;
            if (bytes.size() >= kReadChunk * 4) {
                if (Status st = flush(); !st)
                    return st;
            }
            live[best] = cursors[size_t(best)].next(in, heads[best], status);
            if (!status)
                return status;
        }
        if (Status st = flush(); !st)
            return st;
        if (!m_file->flush())
            return fileError(*m_file);
        m_runs = {merged};
    }
    // The first ones, kept in memory for showing.
    m_kept.clear();
    RunCursor cursor(m_runs.constFirst().offset, m_runs.constFirst().bytes);
    Status status;
    ImportIssue issue;
    while (m_kept.size() < m_limit && cursor.next(in, issue, status))
        m_kept.append(issue);
    if (!status)
        return status;
    m_sorted = true;
    return {};
}

ImportIssueList::Reader::Reader(const ImportIssueList &list)
    : m_list(list)
{
    if (list.m_runs.isEmpty())
        return;
    m_file = std::make_unique<QFile>(list.m_file->fileName());
    if (!m_file->open(QIODevice::ReadOnly))
        m_status = fileError(*m_file);
    m_left = list.m_runs.constFirst().count;
    m_cursor = std::make_unique<RunCursor>(list.m_runs.constFirst().offset, list.m_runs.constFirst().bytes);
}

ImportIssueList::Reader::~Reader() = default;

const ImportIssue *ImportIssueList::Reader::next()
{
    if (!m_status)
        return nullptr;
    if (!m_file)
        return m_index < m_list.m_kept.size() ? &m_list.m_kept.at(m_index++) : nullptr;
    if (m_left <= 0)
        return nullptr;
    if (!m_cursor->next(*m_file, m_current, m_status))
        return nullptr;
    --m_left;
    return &m_current;
}

Status ImportIssueList::forEach(const std::function<Status(const ImportIssue &)> &visit) const
{
    Reader reader(*this);
    while (const ImportIssue *issue = reader.next()) {
        if (Status st = visit(*issue); !st)
            return st;
    }
    return reader.status();
}

} // namespace alumnidesk::hris
