// alumnidesk-bench-import: the HRIS import at a million rows beside the sqlite3 command-line tool loading
// the same CSV (`.import` into a table with a unique index on the employee ID, then an FTS5 trigram index
// over name, e-mail and employer), plus 100,000 rows in CP932, re-importing the unchanged file into the
// million-person roster, a file with ~5% changed rows, rolling the imports back, and an employment-history
// export (a row per employment: the boomerangs have several) into an empty roster; with AlumniDesk's
// peak memory (VmHWM) during each. Prints a table; asserts nothing.
//
//   alumnidesk-bench-import [--rows N] [--cp932-rows N] [--no-sqlite3] [--no-rollback] [--files DIR] [--first-only]
//
// --files keeps the generated CSV files in DIR (and reuses them when they are there with the same row counts), so
// the same files can be imported by `alumnidesk-cli` or profiled.
//
// The files are generated from the demo roster's generator (one row per person, the latest stint, the
// headers and forms of a Japanese HR system) and written with AlumniDesk's CSV writer.
#include "BenchSystem.h"
#include "SqliteCli.h"

#include "csv/CsvWriter.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "hris/ImportHistory.h"
#include "hris/StreamingImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace alumnidesk;

using namespace alumnidesk::bench;

namespace {

QTextStream out(stdout);




QString departureTypeText(const QString &key)
{
    static const QHash<QString, QString> names{{QStringLiteral("voluntary"), QStringLiteral("自己都合")},
                                               {QStringLiteral("company"), QStringLiteral("会社都合")},
                                               {QStringLiteral("retirement"), QStringLiteral("定年退職")},
                                               {QStringLiteral("contract_end"), QStringLiteral("契約満了")},
                                               {QStringLiteral("transfer"), QStringLiteral("転籍")},
                                               {QStringLiteral("disciplinary"), QStringLiteral("懲戒解雇")},
                                               {QStringLiteral("other"), QStringLiteral("その他")}};
    return names.value(key, key);
}

QString employmentTypeText(const QString &key)
{
    static const QHash<QString, QString> names{{QStringLiteral("regular"), QStringLiteral("正社員")},
                                               {QStringLiteral("contract"), QStringLiteral("契約社員")},
                                               {QStringLiteral("part_time"), QStringLiteral("パート・アルバイト")},
                                               {QStringLiteral("dispatched"), QStringLiteral("派遣社員")},
                                               {QStringLiteral("executive"), QStringLiteral("役員")},
                                               {QStringLiteral("other"), QStringLiteral("その他")}};
    return names.value(key, key);
}

QString slashDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy/MM/dd")) : QString();
}

// An HR system's leavers export: one row per person (the latest employment), Japanese headers, slash
// dates, names with a full-width space. `changeEvery` > 0 moves every n-th person to another department.
// `everyStint`: a row per employment instead, the people who came back (boomerangs) with several rows, their
// earlier employments first, as an employment-history export lists them.
bool writeHrisCsv(const QString &path, int rows, csv::ExportEncoding encoding, int changeEvery = 0, bool everyStint = false)
{
    QSaveFile f(path); // a kept file is whole or absent
    if (!f.open(QIODevice::WriteOnly))
        return false;
    csv::CsvWriter writer(&f, encoding);
    writer.writeRecord({QStringLiteral("社員番号"), QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("生年月日"),
                        QStringLiteral("入社日"), QStringLiteral("退職日"), QStringLiteral("会社名"), QStringLiteral("所属"),
                        QStringLiteral("役職"), QStringLiteral("雇用形態"), QStringLiteral("退職区分"), QStringLiteral("退職理由"),
                        QStringLiteral("メールアドレス"), QStringLiteral("電話番号"), QStringLiteral("都道府県")});
    demo::DemoOptions options;
    options.rows = rows;
    options.today = QDate(2026, 11, 1);
    const demo::DemoGenerator generator(options);
    const QString space = QStringLiteral("\u3000");
    for (int i = 0; i < rows; ++i) {
        const Alumnus a = generator.alumnus(i);
        QVector<Stint> stints{a.stints.isEmpty() ? Stint() : a.stints.constLast()};
        if (everyStint && a.stints.size() > 1)
            stints = a.stints;
        for (const Stint &s : std::as_const(stints)) {
            QString department = s.department;
            if (changeEvery > 0 && i % changeEvery == 0)
                department += QStringLiteral("（異動）");
            const QStringList fields{a.employeeId, a.familyName + space + a.givenName, a.familyKana + space + a.givenKana,
                                     slashDate(a.birthDate), slashDate(s.hireDate), slashDate(s.departureDate),
                                     s.groupCompany.isEmpty() ? QStringLiteral("株式会社アルムナイ") : s.groupCompany, department,
                                     s.position, employmentTypeText(s.employmentType), departureTypeText(s.departureType),
                                     s.departureReason, a.email, a.phone, a.prefecture};
            if (!writer.writeRecord(fields) && !writer.status())
                return false;
        }
    }
    return writer.status().ok() && f.commit();
}

// Wall time of the sqlite3 tool loading the CSV into a fresh file: table, unique index on the employee ID
// (kept during the load, as a constraint must be), `.import`, then the FTS5 trigram index built in one pass.
double sqliteImportMs(const QString &dbPath, const QString &csvPath)
{
    QFile::remove(dbPath);
    const QString script = QStringLiteral(
        "PRAGMA journal_mode = WAL;\n"
        "PRAGMA synchronous = NORMAL;\n"
        "CREATE TABLE hris(employee_id TEXT, name TEXT, kana TEXT, birth_date TEXT, hire_date TEXT, departure_date TEXT, "
        "employer TEXT, department TEXT, position TEXT, employment_type TEXT, departure_type TEXT, departure_reason TEXT, "
        "email TEXT, phone TEXT, prefecture TEXT);\n"
        "CREATE UNIQUE INDEX hris_by_employee_id ON hris(employee_id);\n"
        "CREATE VIRTUAL TABLE hris_search USING fts5(name, email, employer, content='hris', tokenize='trigram');\n"
        ".import --csv --skip 1 '%1' hris\n"
        "INSERT INTO hris_search(hris_search) VALUES ('rebuild');\n")
                               .arg(csvPath);
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {dbPath});
    if (!p.waitForStarted())
        return -1;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        out << "sqlite3 failed: " << p.readAllStandardError().left(400) << '\n';
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

struct Line {
    QString what;
    double ours;
    double theirs;
    qint64 peakKb;
    QString goal;
};

void printTable(const QVector<Line> &lines)
{
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
               .arg(QStringLiteral("measure"), -52)
               .arg(QStringLiteral("AlumniDesk"), 11)
               .arg(QStringLiteral("sqlite3"), 11)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("peak"), 8)
               .arg(QStringLiteral("goal"), -26);
    out << QStringLiteral("|%1|%2|%3|%4|%5|%6|\n")
               .arg(QString(54, QLatin1Char('-')), QString(13, QLatin1Char('-')), QString(13, QLatin1Char('-')),
                    QString(8, QLatin1Char('-')), QString(10, QLatin1Char('-')), QString(28, QLatin1Char('-')));
    for (const Line &l : lines) {
        const QString theirs = l.theirs < 0 ? QStringLiteral("—") : QString::number(l.theirs, 'f', 0) + QStringLiteral(" ms");
        const QString ratio = l.theirs <= 0 ? QStringLiteral("—") : QString::number(l.ours / l.theirs, 'f', 2);
        const QString peak = l.peakKb < 0 ? QStringLiteral("—") : QString::number(l.peakKb / 1024) + QStringLiteral(" MB");
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(l.what, -52)
                   .arg(QString::number(l.ours, 'f', 0) + QStringLiteral(" ms"), 11)
                   .arg(theirs, 11)
                   .arg(ratio, 6)
                   .arg(peak, 8)
                   .arg(l.goal, -26);
    }
    out.flush();
}

struct Run {
    double ms = -1;
    qint64 peakKb = -1;
    hris::StreamingImportResult result;
};

Run importFile(Database &db, const QString &csvPath)
{
    hris::StreamingImportOptions options;
    options.source.fileName = QFileInfo(csvPath).fileName();
    options.source.source = QStringLiteral("bench");
    options.sampleLimit = 100;
    Run run;
    resetPeakMemory();
    QElapsedTimer t;
    t.start();
    auto r = hris::streamImport(db, csvPath, options);
    run.ms = double(t.nsecsElapsed()) / 1e6;
    run.peakKb = statusKb("VmHWM:");
    if (!r) {
        out << "import of " << csvPath << " failed: " << r.errorText() << '\n';
        run.ms = -1;
        return run;
    }
    run.result = std::move(r).value();
    return run;
}

// The file into a roster of its own, made for it and closed after.
Run importIntoNewRoster(const QString &rosterPath, const QString &csvPath)
{
    auto db = Database::open(rosterPath);
    if (!db) {
        out << "cannot create " << rosterPath << '\n';
        return {};
    }
    return importFile(*db, csvPath);
}

QString describe(const Run &r)
{
    // How the import went in: bulk (indexes suspended), direct (rows inserted while read, into an empty
    // roster), rollback journal (the file's only user).
    auto notes = [](const hris::StreamingImportResult &result) {
        QStringList n;
        if (result.bulk)
            n.append(QStringLiteral("bulk"));
        if (result.direct)
            n.append(QStringLiteral("direct"));
        if (result.soleWriter)
            n.append(QStringLiteral("rollback journal"));
        return n.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(n.join(QStringLiteral(", ")));
    };
    const auto &s = r.result.summary;
    const auto &t = r.result.timings;
    return QStringLiteral("%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected%6; read %7 ms, compare %8 ms, "
                          "write %9 ms, indexes %10 ms, search index %11 ms, commit %12 ms")
        .arg(s.rows)
        .arg(s.inserted)
        .arg(s.updated)
        .arg(s.unchanged)
        .arg(s.rejectedRows)
        .arg(notes(r.result))
        .arg(t.read)
        .arg(t.compare)
        .arg(t.write)
        .arg(t.indexes)
        .arg(t.searchIndex)
        .arg(t.commit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows of the large file (default 1000000)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption cp932Opt(QStringLiteral("cp932-rows"), QStringLiteral("Rows of the CP932 file (default 100000)."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption noCli(QStringLiteral("no-sqlite3"), QStringLiteral("Skip the sqlite3 comparison."));
    const QCommandLineOption noRollback(QStringLiteral("no-rollback"), QStringLiteral("Skip rolling the imports back."));
    const QCommandLineOption filesOpt(QStringLiteral("files"), QStringLiteral("Keep (and reuse) the generated files in this folder."),
                                      QStringLiteral("dir"));
    const QCommandLineOption firstOnly(QStringLiteral("first-only"),
                                       QStringLiteral("Only the import into an empty roster and sqlite3's (for comparing builds)."));
    parser.addOptions({rowsOpt, cp932Opt, noCli, noRollback, filesOpt, firstOnly});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOpt).toInt());
    const int cp932Rows = std::max(1, parser.value(cp932Opt).toInt());

    QTemporaryDir tmp;
    const QString filesDir = parser.isSet(filesOpt) ? parser.value(filesOpt) : tmp.path();
    if (!QDir().mkpath(filesDir)) {
        out << "cannot create " << filesDir << '\n';
        return 1;
    }
    const QDir files(filesDir);
    const QString bigCsv = files.filePath(QStringLiteral("hris-leavers-%1.csv").arg(rows));
    const QString changedCsv = files.filePath(QStringLiteral("hris-leavers-changed-%1.csv").arg(rows));
    const QString cp932Csv = files.filePath(QStringLiteral("hris-leavers-cp932-%1.csv").arg(cp932Rows));
    const QString historyCsv = files.filePath(QStringLiteral("hris-employments-%1.csv").arg(rows));
    QElapsedTimer gen;
    gen.start();
    const auto written = [](const QString &path, int n, csv::ExportEncoding encoding, int changeEvery, bool everyStint = false) {
        return QFileInfo::exists(path) || writeHrisCsv(path, n, encoding, changeEvery, everyStint);
    };
    const bool all = !parser.isSet(firstOnly);
    if (!written(bigCsv, rows, csv::ExportEncoding::Utf8WithBom, 0)
        || (all && (!written(changedCsv, rows, csv::ExportEncoding::Utf8WithBom, 20) || !written(cp932Csv, cp932Rows, csv::ExportEncoding::Cp932, 0)
                    || !written(historyCsv, rows, csv::ExportEncoding::Utf8WithBom, 0, true)))) {
        out << "cannot write the CSV files\n";
        return 1;
    }
    const bool cli = !parser.isSet(noCli) && bench::sqliteCliAvailable();
    out << "AlumniDesk import benchmark\n"
        << "files: " << rows << " rows, " << QFileInfo(bigCsv).size() / (1024 * 1024) << " MB UTF-8 with BOM; " << cp932Rows
        << " rows CP932 (" << QFileInfo(cp932Csv).size() / (1024 * 1024) << " MB); generated in " << gen.elapsed() / 1000
        << " s\n"
        << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " threads, " << QSysInfo::prettyProductName()
        << ", Qt " << qVersion() << "\n\n";
    out.flush();

    QVector<Line> lines;
    QStringList notes;
    const QString rosterPath = tmp.filePath(QStringLiteral("roster.sqlite"));
    auto db = Database::open(rosterPath);
    if (!db) {
        out << "cannot create the roster\n";
        return 1;
    }
    const Run full = importFile(*db, bigCsv);
    const double sqliteMs = cli ? sqliteImportMs(tmp.filePath(QStringLiteral("sqlite3.sqlite")), bigCsv) : -1;
    QFile::remove(tmp.filePath(QStringLiteral("sqlite3.sqlite")));
    lines.append({QStringLiteral("import %1 rows into an empty roster").arg(rows), full.ms, sqliteMs, full.peakKb,
                  QStringLiteral("ratio ≤ 1.0 (> 1.5 not); < 150 MB")});
    notes.append(QStringLiteral("full import: ") + describe(full));

    auto report = [&lines, &notes] {
        printTable(lines);
        out << '\n';
        for (const QString &n : std::as_const(notes))
            out << n << '\n';
        out.flush();
        return 0;
    };
    if (parser.isSet(firstOnly))
        return report();
    const Run again = importFile(*db, bigCsv);
    lines.append({QStringLiteral("import the same file again (nothing changes)"), again.ms, -1, again.peakKb, QStringLiteral("< 150 MB")});
    notes.append(QStringLiteral("again: ") + describe(again));
    const Run changed = importFile(*db, changedCsv);
    lines.append({QStringLiteral("import a file with 5% of the rows changed"), changed.ms, -1, changed.peakKb, QStringLiteral("< 150 MB")});
    notes.append(QStringLiteral("changed: ") + describe(changed));

    if (!parser.isSet(noRollback)) {
        // Newest first, as rollback works: the changes, the import that changed nothing, then the first.
        const char *names[] = {"roll back the 5% changes", "roll back the import that changed nothing",
                               "roll back the initial import (everyone)"};
        for (const char *name : names) {
            resetPeakMemory();
            QElapsedTimer t;
            t.start();
            auto r = hris::rollbackLastImport(*db, QStringLiteral("bench"));
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!r) {
                out << "rollback failed: " << r.errorText() << '\n';
                break;
            }
            lines.append({QLatin1String(name), ms, -1, statusKb("VmHWM:"), QString()});
            notes.append(QStringLiteral("%1: %2 removed, %3 restored").arg(QLatin1String(name)).arg(r->removed).arg(r->restored));
        }
    }
    db.reset();

    const Run cp932 = importIntoNewRoster(tmp.filePath(QStringLiteral("roster-cp932.sqlite")), cp932Csv);
    lines.append({QStringLiteral("import %1 rows in CP932 into an empty roster").arg(cp932Rows), cp932.ms, -1, cp932.peakKb,
                  QStringLiteral("< 1.5 s; < 150 MB")});
    notes.append(QStringLiteral("CP932: ") + describe(cp932));

    // Every employment a row: the boomerangs' first rows go into the roster while the file is read and are
    // taken out again for the planner, which writes each of them with all their employments.
    const Run employments = importIntoNewRoster(tmp.filePath(QStringLiteral("roster-history.sqlite")), historyCsv);
    lines.append({QStringLiteral("import %1 people, a row per employment").arg(rows), employments.ms, -1, employments.peakKb,
                  QStringLiteral("< 150 MB")});
    notes.append(QStringLiteral("employments: ") + describe(employments));

    return report();
}
