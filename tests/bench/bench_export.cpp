// alumnidesk-bench-export: the roster export at a million alumni beside the sqlite3 command-line tool
// running the same join (`sqlite3 -csv FILE 'SELECT …' > /dev/null`), with AlumniDesk's peak memory
// (VmHWM) during the export. Prints a table; asserts nothing.
//
//   alumnidesk-bench-export [--db PATH] [--rows N] [--repeat R] [--no-sqlite3]
//
// --db is copied to a temporary folder first (opening a file may upgrade its schema; the original is never
// touched). Without --db a roster of N (default 1,000,000) alumni is generated there.
#include "BenchSystem.h"
#include "SqliteCli.h"

#include "db/Database.h"
#include "demo/DemoRoster.h"
#include "hris/ExportColumns.h"
#include "hris/RosterExport.h"
#include "hris/RosterExportQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace alumnidesk;

using namespace alumnidesk::bench;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}




// Wall time of `sqlite3 -readonly -csv FILE SQL`, its output going to `target` (/dev/null or a file).
double sqliteCsvMs(const QString &dbPath, const QString &sql, const QString &target)
{
    QProcess p;
    p.setStandardOutputFile(target);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), QStringLiteral("-csv"), dbPath, sql});
    if (!p.waitForStarted() || !p.waitForFinished(-1) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

struct Line {
    QString what;
    double ours;
    double theirs;
    QString goal;
};

void printTable(const QVector<Line> &lines)
{
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
               .arg(QStringLiteral("measure"), -58)
               .arg(QStringLiteral("AlumniDesk"), 11)
               .arg(QStringLiteral("sqlite3"), 11)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("goal"), -22);
    out << QStringLiteral("|%1|%2|%3|%4|%5|\n")
               .arg(QString(60, QLatin1Char('-')), QString(13, QLatin1Char('-')), QString(13, QLatin1Char('-')),
                    QString(8, QLatin1Char('-')), QString(24, QLatin1Char('-')));
    for (const Line &l : lines) {
        const QString theirs = l.theirs < 0 ? QStringLiteral("—") : QString::number(l.theirs, 'f', 0) + QStringLiteral(" ms");
        const QString ratio = l.theirs <= 0 ? QStringLiteral("—") : QString::number(l.ours / l.theirs, 'f', 2);
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(l.what, -58)
                   .arg(QString::number(l.ours, 'f', 0) + QStringLiteral(" ms"), 11)
                   .arg(theirs, 11)
                   .arg(ratio, 6)
                   .arg(l.goal, -22);
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Roster file to copy and measure."), QStringLiteral("path"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to generate without --db (default 1000000)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs of each measure; the median is shown (default 3)."),
                                       QStringLiteral("r"), QStringLiteral("3"));
    const QCommandLineOption noCli(QStringLiteral("no-sqlite3"), QStringLiteral("Skip the sqlite3 comparisons."));
    parser.addOptions({dbOpt, rowsOpt, repeatOpt, noCli});
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(dbOpt)) {
        if (!QFile::copy(parser.value(dbOpt), path)) {
            out << "cannot copy " << parser.value(dbOpt) << '\n';
            return 1;
        }
    } else {
        auto db = Database::open(path);
        demo::DemoOptions options;
        options.rows = parser.value(rowsOpt).toInt();
        options.today = QDate(2026, 11, 1);
        if (auto summary = demo::generateDemoRoster(*db, options); !summary) {
            out << "demo generation failed: " << summary.errorText() << '\n';
            return 1;
        }
    }
    auto db = Database::open(path); // upgrades a copied older file once, before anything is timed
    if (!db) {
        out << "cannot open the roster\n";
        return 1;
    }
    qint64 alumni = 0, stints = 0;
    {
        QSqlQuery q(db->sql());
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM alumni), (SELECT count(*) FROM stints)")) && q.next()) {
            alumni = q.value(0).toLongLong();
            stints = q.value(1).toLongLong();
        }
    }
    const bool cli = !parser.isSet(noCli) && bench::sqliteCliAvailable();
    out << "AlumniDesk export benchmark\n"
        << "roster: " << alumni << " alumni, " << stints << " stints (" << QFileInfo(path).size() / (1024 * 1024) << " MB)\n"
        << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " threads, " << QSysInfo::prettyProductName()
        << ", Qt " << qVersion() << "\n\n";
    out.flush();

    auto columns = hris::planExportColumns({}, hris::RosterExportQuery::attributeNames(db->sql()).value());
    const QString joinSql = hris::RosterExportQuery(db->sql(), db->backend(), columns->columns).everyoneSql(true);
    const QString csvPath = tmp.filePath(QStringLiteral("roster.csv"));
    if (cli)
        sqliteCsvMs(path, joinSql, QProcess::nullDevice()); // the same warm page cache for both

    QVector<Line> lines;
    auto measure = [&](const hris::ExportOptions &options, int runs, qint64 *peakKb, hris::ExportSummary *last) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            QFile::remove(csvPath);
            resetPeakMemory();
            QElapsedTimer t;
            t.start();
            auto s = hris::exportRoster(*db, csvPath, options);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            *peakKb = std::max(*peakKb, statusKb("VmHWM:"));
            if (!s) {
                out << "export failed: " << s.errorText() << '\n';
                return -1.0;
            }
            *last = s.value();
        }
        return median(times);
    };

    // Taken in turns, so that whatever else the machine does weighs on both sides alike.
    qint64 peakKb = 0;
    hris::ExportSummary full;
    std::vector<double> ours, theirs, theirsFile;
    for (int i = 0; i < repeat; ++i) {
        ours.push_back(measure(hris::ExportOptions(), 1, &peakKb, &full));
        if (cli) {
            theirs.push_back(sqliteCsvMs(path, joinSql, QProcess::nullDevice()));
            theirsFile.push_back(sqliteCsvMs(path, joinSql, tmp.filePath(QStringLiteral("sqlite3.csv"))));
        }
    }
    const double oursMs = median(ours);
    lines.append({QStringLiteral("export everyone, UTF-8 BOM, to a file (sqlite3: /dev/null)"), oursMs,
                  cli ? median(theirs) : -1, QStringLiteral("ratio ≤ 1.0 (> 2.0 not)")});
    lines.append({QStringLiteral("the same (sqlite3 also to a file)"), oursMs, cli ? median(theirsFile) : -1, QString()});
    const qint64 fileBytes = QFileInfo(csvPath).size();

    hris::ExportOptions cp932;
    cp932.encoding = csv::ExportEncoding::Cp932;
    hris::ExportSummary cp932Summary;
    const double cp932Ms = measure(cp932, repeat, &peakKb, &cp932Summary);
    lines.append({cp932Summary.written ? QStringLiteral("export everyone, CP932")
                                       : QStringLiteral("export everyone, CP932 (refused: %1 characters)").arg(cp932Summary.errorCount),
                  cp932Ms, -1, QString()});

    hris::ExportOptions search;
    search.filter.search = QStringLiteral("佐藤");
    hris::ExportSummary searchSummary;
    const double searchMs = measure(search, repeat, &peakKb, &searchSummary);
    lines.append({QStringLiteral("export a search (“佐藤”, %1 people)").arg(searchSummary.people), searchMs, -1, QString()});

    printTable(lines);
    out << "\nrows written: " << full.rows << " (" << full.people << " people, " << full.headers.size() << " columns), "
        << fileBytes / (1024 * 1024) << " MB; warnings: " << full.warningCount << '\n'
        << "sqlite3 statement: " << joinSql.left(160) << "…\n"
        << "peak memory (VmHWM) during the exports: " << peakKb / 1024 << " MB (goal < 150 MB)\n";
    out.flush();
    return 0;
}
