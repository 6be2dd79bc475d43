// alumnidesk-bench: the roster at a million alumni, measured the way a user meets it — the window's first
// page, re-sorting, jumping to the middle, searching as they type — with the same SQL run by the sqlite3
// command-line tool on the same file printed beside each figure. Prints a table; asserts nothing.
//
//   alumnidesk-bench [--db PATH] [--rows N] [--seed S] [--no-sqlite3]
//
// Without --db a roster of N (default 1,000,000) alumni is generated into a temporary file first.
#include "BenchQueries.h"
#include "SqliteCli.h"

#include "db/Database.h"
#include "demo/DemoRoster.h"
#include "main/MainWindow.h"
#include "roster/RosterQuery.h"
#include "roster/RosterTableModel.h"
#include "roster/RosterView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alumnidesk;
using alumnidesk::bench::sqliteCliAvailable;
using alumnidesk::bench::sqliteCliMs;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

struct Line {
    QString what;
    double ours;
    double theirs; // < 0: not applicable
    QString goal;
};

void printTable(const QVector<Line> &lines)
{
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
               .arg(QStringLiteral("measure"), -52)
               .arg(QStringLiteral("AlumniDesk"), 11)
               .arg(QStringLiteral("sqlite3"), 10)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("goal"), -10);
    out << QStringLiteral("|%1|%2|%3|%4|%5|\n")
               .arg(QString(54, QLatin1Char('-')), QString(13, QLatin1Char('-')), QString(12, QLatin1Char('-')),
                    QString(8, QLatin1Char('-')), QString(12, QLatin1Char('-')));
    for (const Line &l : lines) {
        const QString theirs = l.theirs < 0 ? QStringLiteral("—") : QString::number(l.theirs, 'f', 1) + QStringLiteral(" ms");
        const QString ratio = l.theirs <= 0 ? QStringLiteral("—") : QString::number(l.ours / l.theirs, 'f', 2);
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(l.what, -52)
                   .arg(QString::number(l.ours, 'f', 1) + QStringLiteral(" ms"), 11)
                   .arg(theirs, 10)
                   .arg(ratio, 6)
                   .arg(l.goal, -10);
    }
    out.flush();
}

QString likeScanSql(const QString &query)
{
    QString q = query;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    QStringList words = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList conditions;
    for (const QString &w : words) {
        const QString like = QStringLiteral(" LIKE '%") + w + QStringLiteral("%'");
        conditions.append(QStringLiteral("(a.family_name || a.given_name") + like + QStringLiteral(" OR a.family_kana || a.given_kana") + like
                          + QStringLiteral(" OR a.name_romaji") + like + QStringLiteral(" OR a.email") + like
                          + QStringLiteral(" OR a.employee_id") + like + QStringLiteral(" OR a.current_employer") + like
                          + QStringLiteral(" OR a.skills") + like + QLatin1Char(')'));
    }
    return QStringLiteral("SELECT a.id FROM alumni a WHERE ") + conditions.join(QStringLiteral(" AND "))
        + QStringLiteral(" ORDER BY a.kana_key, a.id");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings go to a test location, not the user's
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Existing roster file to measure."), QStringLiteral("path"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to generate (default 1000000)."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Demo seed (default 1)."), QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption noCli(QStringLiteral("no-sqlite3"), QStringLiteral("Skip the sqlite3 comparisons."));
    parser.addOptions({dbOpt, rowsOpt, seedOpt, noCli});
    parser.process(app);

    QTemporaryDir tmp;
    QString path = parser.value(dbOpt);
    QVector<Line> lines;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (path.isEmpty())
            path = tmp.filePath(QStringLiteral("bench.sqlite"));
        auto db = Database::open(path);
        demo::DemoOptions options;
        options.rows = parser.value(rowsOpt).toInt();
        options.seed = parser.value(seedOpt).toULongLong();
        options.today = QDate(2026, 11, 1);
        QElapsedTimer t;
        t.start();
        auto summary = demo::generateDemoRoster(*db, options);
        if (!summary) {
            out << "demo generation failed: " << summary.errorText() << '\n';
            return 1;
        }
        lines.append({QStringLiteral("generate the demo roster (demo --rows %1)").arg(options.rows), msSince(t), -1,
                      QStringLiteral("< 60 s")});
    }
    const bool cli = !parser.isSet(noCli) && sqliteCliAvailable();

    qint64 alumni = 0;
    {
        auto db = Database::open(path);
        QSqlQuery q(db->sql());
        if (q.exec(QStringLiteral("SELECT count(*) FROM alumni")) && q.next())
            alumni = q.value(0).toLongLong();
    }
    out << "AlumniDesk roster benchmark\n"
        << "file: " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MB, " << alumni << " alumni)\n"
        << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " threads, "
        << QSysInfo::prettyProductName() << ", Qt " << qVersion() << "\n\n";
    out.flush();

    // --- The window, as a user meets it -------------------------------------------------------------
    double windowFirstPage = 0, windowFullOrder = 0, windowJump = 0;
    qint64 windowPeakKb = 0;
    {
        QElapsedTimer t;
        t.start();
        ui::MainWindow window;
        window.show();
        window.openDatabase(path);
        while (window.rosterModel()->rowCount() == 0)
            QCoreApplication::processEvents();
        window.grab(); // paints the table with its first page
        windowFirstPage = msSince(t);
        while (window.rosterModel()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        windowFullOrder = msSince(t);
        QElapsedTimer jump;
        jump.start();
        window.rosterView()->scrollTo(window.rosterModel()->index(window.rosterModel()->rowCount() / 2, 0),
                                      QAbstractItemView::PositionAtTop);
        window.grab();
        windowJump = msSince(jump);
        window.rosterView()->scrollToBottom();
        window.grab();
        windowPeakKb = statusKb("VmHWM:");
    }
    lines.append({QStringLiteral("window: start → first page painted"), windowFirstPage, -1, QStringLiteral("< 1000 ms")});
    lines.append({QStringLiteral("window: start → complete 50音 order of everyone"), windowFullOrder, -1, QString()});
    lines.append({QStringLiteral("window: jump to row %1 and paint").arg(alumni / 2), windowJump, -1, QStringLiteral("< 20 ms")});

    // --- Core queries, beside sqlite3 --------------------------------------------------------------
    const QString firstPageSql = QStringLiteral("SELECT %1 FROM alumni a %2 LIMIT 128");
    std::vector<double> openFirst;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path);
        RosterQuery q(db->sql(), db->backend());
        auto rows = q.firstRows(RosterFilter(), RosterSort{}, 128);
        openFirst.push_back(msSince(t));
    }
    lines.append({QStringLiteral("open the file and read the first page (50音)"), median(openFirst),
                  cli ? sqliteCliMs(path, firstPageSql.arg(RosterQuery::rowColumns(), RosterQuery::orderBy(RosterSort{})), 5) : -1,
                  QStringLiteral("< 20 ms")});

    auto db = Database::open(path);
    RosterQuery query(db->sql(), db->backend());
    for (RosterColumn column : {RosterColumn::Kana, RosterColumn::DepartureDate, RosterColumn::Department, RosterColumn::EmployeeId}) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            (void)query.firstRows(RosterFilter(), RosterSort{RosterColumn::Name, false}, 128); // sorted otherwise before
            QElapsedTimer t;
            t.start();
            (void)query.firstRows(RosterFilter(), RosterSort{column, false}, 128);
            times.push_back(msSince(t));
        }
        lines.append({QStringLiteral("first page after re-sorting by %1").arg(rosterColumnKey(column)), median(times),
                      cli ? sqliteCliMs(path, firstPageSql.arg(RosterQuery::rowColumns(), RosterQuery::orderBy(RosterSort{column, false})), 5) : -1,
                      QStringLiteral("< 20 ms")});
    }

    QElapsedTimer orderTimer;
    orderTimer.start();
    auto ids = query.orderedIds(RosterFilter(), RosterSort{});
    const double orderMs = msSince(orderTimer);
    lines.append({QStringLiteral("ordered ids of everyone, 50音 (worker thread)"), orderMs,
                  cli ? sqliteCliMs(path, QStringLiteral("SELECT a.id FROM alumni a ") + RosterQuery::orderBy(RosterSort{})) : -1,
                  QString()});
    if (ids && ids->size() > 500128) {
        const QVector<qint64> page = ids->mid(500000, 128);
        std::vector<double> times;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            (void)query.rows(page);
            times.push_back(msSince(t));
        }
        QStringList idText;
        for (qint64 id : page)
            idText.append(QString::number(id));
        lines.append({QStringLiteral("page at row 500,000 (by id; sqlite3: same ids)"), median(times),
                      cli ? sqliteCliMs(path, QStringLiteral("SELECT %1 FROM alumni a WHERE a.id IN (%2)").arg(RosterQuery::rowColumns(), idText.join(QLatin1Char(','))), 5) : -1,
                      QStringLiteral("< 20 ms")});
        lines.append({QStringLiteral("page at row 500,000 (sqlite3: naive LIMIT/OFFSET)"), median(times),
                      cli ? sqliteCliMs(path, firstPageSql.arg(RosterQuery::rowColumns(), RosterQuery::orderBy(RosterSort{})) + QStringLiteral(" OFFSET 500000"), 3) : -1,
                      QStringLiteral("< 20 ms")});
    }

    // --- Search as you type ------------------------------------------------------------------------
    const QStringList queries = bench::searchQueries();
    struct Timed {
        QString query;
        double ms;
        qint64 hits;
    };
    QVector<Timed> timed;
    std::vector<double> all, byLen[4], likeAll, likeByLen[4];
    auto bucket = [](const QString &q) {
        const int n = int(q.toUcs4().size());
        return n <= 1 ? 0 : n == 2 ? 1 : n <= 5 ? 2 : 3;
    };
    for (const QString &q : queries) {
        RosterFilter f;
        f.search = q;
        std::vector<double> runs;
        qint64 hits = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            auto found = query.orderedIds(f, RosterSort{});
            if (found)
                (void)query.rows(found->mid(0, 128));
            runs.push_back(msSince(t));
            hits = found ? found->size() : -1;
        }
        const double ms = median(runs);
        timed.append({q, ms, hits});
        all.push_back(ms);
        byLen[bucket(q)].push_back(ms);
    }
    if (cli) {
        for (int i = 0; i < queries.size(); i += 4) {
            const double ms = sqliteCliMs(path, likeScanSql(queries.at(i)));
            likeAll.push_back(ms);
            likeByLen[bucket(queries.at(i))].push_back(ms);
        }
    }
    const char *bucketNames[4] = {"1 character", "2 characters", "3–5 characters", "6–10 characters"};
    for (int b = 0; b < 4; ++b) {
        lines.append({QStringLiteral("search p50, %1 (%2 queries)").arg(QString::fromUtf8(bucketNames[b])).arg(byLen[b].size()),
                      percentile(byLen[b], 0.5), cli ? percentile(likeByLen[b], 0.5) : -1, QString()});
        lines.append({QStringLiteral("search p95, %1").arg(QString::fromUtf8(bucketNames[b])), percentile(byLen[b], 0.95),
                      cli ? percentile(likeByLen[b], 0.95) : -1, QStringLiteral("< 50 ms")});
    }
    lines.append({QStringLiteral("search p50, all %1 queries").arg(queries.size()), percentile(all, 0.5),
                  cli ? percentile(likeAll, 0.5) : -1, QString()});
    lines.append({QStringLiteral("search p95, all queries"), percentile(all, 0.95), cli ? percentile(likeAll, 0.95) : -1,
                  QStringLiteral("< 50 ms")});

    printTable(lines);
    out << "\nsearch = every match in 50音 order (what the list needs) plus the rows of the first page;\n"
           "sqlite3 search = a LIKE '%q%' scan over the same seven columns, every 4th query.\n";
    std::sort(timed.begin(), timed.end(), [](const Timed &a, const Timed &b) { return a.ms > b.ms; });
    out << "slowest queries:";
    for (int i = 0; i < std::min<int>(8, int(timed.size())); ++i)
        out << QStringLiteral("  “%1” %2 ms (%3 hits)").arg(timed.at(i).query).arg(timed.at(i).ms, 0, 'f', 1).arg(timed.at(i).hits);
    out << "\n\npeak memory of the window with the whole roster open and scrolled: " << windowPeakKb / 1024
        << " MB (goal < 150 MB)\npeak memory of this benchmark process at the end: " << statusKb("VmHWM:") / 1024 << " MB\n";
    out.flush();
    return 0;
}
