// alumnidesk-bench-kpi: the whole KPI dashboard (every KPI of the registry) at a million alumni, with each
// KPI's time, beside plain aggregates of the same kind run by the sqlite3 command-line tool on the same
// file. Prints a table; asserts nothing.
//
//   alumnidesk-bench-kpi [--db PATH] [--rows N] [--candidacies C] [--repeat R] [--no-sqlite3]
//
// Without --db a roster of N (default 1,000,000) alumni is generated once and kept as
// /tmp/alumnidesk-kpi-bench-N.sqlite for the next run (generating takes about a minute). The file is opened
// in place (an older schema is upgraded) and the mid-career hires of the last three years are entered;
// candidacies with their moves are added up to C (default 50,000) for the pipeline KPIs.
#include "BenchReport.h"
#include "KpiBenchPipeline.h"
#include "SqliteCli.h"

#include "db/Database.h"
#include "demo/DemoRoster.h"
#include "kpi/KpiEngine.h"
#include "kpi/MidCareerHires.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <vector>

using namespace alumnidesk;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', v < 10 ? 1 : 0);
}

} // namespace

int main(int argc, char **argv)
{
    // The PDF report's rows draw with QtGui (fonts), without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Roster file to measure (opened in place)."), QStringLiteral("path"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to generate without --db (default 1000000)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Warm runs (median is printed)."), QStringLiteral("r"),
                                       QStringLiteral("3"));
    const QCommandLineOption noCli(QStringLiteral("no-sqlite3"), QStringLiteral("Skip the sqlite3 column."));
    const QCommandLineOption candidaciesOpt(QStringLiteral("candidacies"), QStringLiteral("Candidacies to have (default 50000)."),
                                            QStringLiteral("c"), QStringLiteral("50000"));
    parser.addOptions({dbOpt, rowsOpt, repeatOpt, noCli, candidaciesOpt});
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    const int rows = parser.value(rowsOpt).toInt();

    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt)
                                             : QStringLiteral("/tmp/alumnidesk-kpi-bench-%1.sqlite").arg(rows);
    if (!parser.isSet(dbOpt) && !QFile::exists(path)) {
        auto db = Database::open(path);
        if (!db) {
            out << "cannot create " << path << '\n';
            return 1;
        }
        demo::DemoOptions options;
        options.rows = rows;
        out << "generating " << rows << " alumni into " << path << " …" << Qt::endl;
        if (auto summary = demo::generateDemoRoster(*db, options); !summary) {
            out << summary.errorText() << '\n';
            return 1;
        }
    }
    auto db = Database::open(path);
    if (!db) {
        out << "cannot open " << path << '\n';
        return 1;
    }
    if (!bench::seedPipelineHistory(*db, parser.value(candidaciesOpt).toInt(), out)) {
        out << "cannot add candidacies to " << path << '\n';
        return 1;
    }
    const QDate today = QDate::currentDate();
    for (int year = today.year() - 3; year <= today.year(); ++year) {
        if (Status st = kpi::hires::set(db->sql(), db->backend(), year, 0, 4000, QStringLiteral("bench"), QStringLiteral("bench")); !st)
            out << st.errorText() << '\n';
    }

    kpi::KpiContext ctx;
    ctx.db = db->sql();
    ctx.asOf = today;
    const kpi::KpiRegistry &registry = kpi::KpiRegistry::standard();

    std::map<QString, std::vector<double>> times;
    std::vector<double> totals;
    double cold = 0;
    for (int run = 0; run <= repeat; ++run) {
        QElapsedTimer t;
        t.start();
        const auto outcomes = kpi::computeAll(registry, ctx);
        const double total = double(t.nsecsElapsed()) / 1e6;
        for (const auto &o : outcomes) {
            if (!o.result)
                out << o.definition->id << ": " << o.result.errorText() << '\n';
            if (run > 0)
                times[o.definition->id].push_back(double(o.elapsedUs) / 1000.0);
        }
        if (run == 0)
            cold = total;
        else
            totals.push_back(total);
    }

    // Plain aggregates of the same kind, as sqlite3 runs them (period: the dashboard's default one).
    const kpi::Period p = ctx.period();
    const QString from = QLatin1Char('\'') + p.fromText() + QLatin1Char('\'');
    const QString to = QLatin1Char('\'') + p.toText() + QLatin1Char('\'');
    const std::map<QString, QString> cliSql = {
        {QStringLiteral("registered_alumni"),
         QStringLiteral("SELECT count(*) FROM alumni a WHERE a.membership_status IN ('registered','active','dormant') AND "
                        "(SELECT min(departure_date) FROM stints s WHERE s.alumnus_id = a.id) <= %1").arg(to)},
        {QStringLiteral("leavers"),
         QStringLiteral("SELECT count(DISTINCT alumnus_id) FROM stints WHERE departure_date BETWEEN %1 AND %2").arg(from, to)},
        {QStringLiteral("leavers_by_reason"),
         QStringLiteral("SELECT departure_reason, count(*) FROM stints WHERE departure_date BETWEEN %1 AND %2 GROUP BY 1").arg(from, to)},
        {QStringLiteral("membership_status_mix"), QStringLiteral("SELECT membership_status, count(*) FROM alumni GROUP BY 1")},
        {QStringLiteral("rehires"),
         QStringLiteral("SELECT count(DISTINCT r.alumnus_id) FROM stints r JOIN stints p ON p.alumnus_id = r.alumnus_id AND "
                        "p.hire_date < r.hire_date WHERE r.hire_date BETWEEN %1 AND %2 AND r.hire_date > p.departure_date").arg(from, to)},
        {QStringLiteral("contacted_12m"),
         QStringLiteral("SELECT sum(last_contact_date > date('now', '-12 months')), count(*) FROM alumni WHERE membership_status <> 'withdrawn'")},
    };
    const bool cli = !parser.isSet(noCli) && bench::sqliteCliAvailable();

    out << "\nKPI dashboard on " << path << " (as of " << today.toString(Qt::ISODate) << ", period " << p.fromText() << " – "
        << p.toText() << "), median of " << repeat << " warm runs\n\n";
    out << QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(QStringLiteral("KPI"), -26).arg(QStringLiteral("AlumniDesk ms"), 13)
               .arg(QStringLiteral("sqlite3 ms"), 10).arg(QStringLiteral("ratio"), 6)
        << "|----------------------------|--------------:|-----------:|-------:|\n";
    for (const kpi::KpiDefinition &d : registry.definitions()) {
        const double ours = median(times[d.id]);
        double theirs = -1;
        if (cli && cliSql.count(d.id))
            theirs = bench::sqliteCliMs(path, cliSql.at(d.id), 3);
        out << QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(d.id, -26).arg(ms(ours), 13).arg(ms(theirs), 10)
                   .arg(theirs > 0 ? QString::number(ours / theirs, 'f', 2) : QStringLiteral("—"), 6);
    }
    out << QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(QStringLiteral("whole dashboard (warm)"), -26).arg(ms(median(totals)), 13)
               .arg(QString(), 10).arg(QString(), 6);
    out << QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(QStringLiteral("whole dashboard (first run)"), -26).arg(ms(cold), 13)
               .arg(QString(), 10).arg(QString(), 6);
    bench::benchReport(out, registry, ctx, path + QStringLiteral(".report.pdf"), repeat);
    if (cli) {
        const double yearReason = bench::sqliteCliMs(
            path, QStringLiteral("SELECT substr(departure_date, 1, 4), departure_reason, count(*) FROM stints GROUP BY 1, 2"), 3);
        out << "\nsqlite3, year × reason over every stint (the issue's reference): " << ms(yearReason) << " ms\n";
    }
    return 0;
}
