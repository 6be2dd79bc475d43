// alumnidesk-bench-rostermodel: what issue 4, 5 and the review asked of the roster list at a million alumni —
// sorting by the eligibility verdict, the In pipeline filter and sort, finding a person's row (rowOf) and
// noticing another program's writes — measured on an existing roster. Prints a table; asserts nothing.
//
//   alumnidesk-bench-rostermodel --db PATH [--runs N]
//
// The file is used as it is (opening it may upgrade its schema): stale verdicts are refreshed first, and the
// In pipeline figures need candidacies (alumnidesk-bench-pipeline --db PATH adds 50,000).
#include "db/Database.h"
#include "db/RosterRevision.h"
#include "db/StoreBackend.h"
#include "eligibility/EligibilityService.h"
#include "roster/RosterChangeWatcher.h"
#include "roster/RosterQuery.h"
#include "roster/RosterTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

double medianOf(int runs, const std::function<void()> &f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(timeMs(f));
    return median(times);
}

void line(const QString &what, double ms, const QString &goal = {})
{
    out << QStringLiteral("| %1 | %2 | %3 |\n").arg(what, -62).arg(QString::number(ms, 'f', ms < 1 ? 3 : 1) + QStringLiteral(" ms"), 12).arg(goal, -10);
    out.flush();
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Roster file to measure."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measure (median), default 5."), QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (!parser.isSet(QStringLiteral("db"))) {
        out << "--db PATH is required\n";
        return 2;
    }
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        out << "cannot open the roster\n";
        return 3;
    }
    const qint64 alumni = scalar(db->sql(), QStringLiteral("SELECT count(*) FROM alumni"));
    const qint64 candidacies = scalar(db->sql(), QStringLiteral("SELECT count(*) FROM candidacies WHERE closed_at IS NULL"));
    eligibility::EligibilityService eligibility(db->sql(), db->backend(), QStringLiteral("bench"));
    QVector<qint64> ruleSets;
    for (const QString &key : {QStringLiteral("network"), QStringLiteral("rehire")}) {
        const double ms = timeMs([&] { (void)eligibility.counts(key, QDate::currentDate()); });
        auto set = eligibility.ruleSets().current(key);
        if (set)
            ruleSets.append(set->ruleSetId);
        out << "verdicts of " << key << " ready (" << qint64(ms) << " ms, refreshed when stale)\n";
    }
    out << alumni << " alumni, " << candidacies << " open candidacies\n\n";
    out << QStringLiteral("| %1 | %2 | %3 |\n").arg(QStringLiteral("measure"), -62).arg(QStringLiteral("time"), 12).arg(QStringLiteral("goal"), -10);
    out << QStringLiteral("|%1|%2|%3|\n").arg(QString(64, QLatin1Char('-')), QString(14, QLatin1Char('-')), QString(12, QLatin1Char('-')));

    RosterQuery query(db->sql(), db->backend());
    QVector<qint64> reading;
    line(QStringLiteral("ordered ids, 50音 (cold: the base order the others reuse)"),
         timeMs([&] { reading = query.orderedIds(RosterFilter(), RosterSort{}).value(); }));
    line(QStringLiteral("ordered ids, 50音 (cached base order)"),
         medianOf(runs, [&] { (void)query.orderedIds(RosterFilter(), RosterSort{}); }));
    for (int i = 0; i < ruleSets.size(); ++i) {
        for (bool descending : {false, true}) {
            RosterSort sort{RosterColumn::Verdict, descending, ruleSets.at(i), {}};
            line(QStringLiteral("sort by verdict (%1, %2): every id").arg(i == 0 ? QStringLiteral("network") : QStringLiteral("rehire"),
                                                                          descending ? QStringLiteral("desc") : QStringLiteral("asc")),
                 medianOf(runs, [&] { (void)query.orderedIds(RosterFilter(), sort); }), QStringLiteral("< 1000 ms"));
        }
        RosterSort sort{RosterColumn::Verdict, false, ruleSets.at(i), {}};
        line(QStringLiteral("sort by verdict: first page (128 rows)"), medianOf(runs, [&] { (void)query.firstRows(RosterFilter(), sort, 128); }));
    }
    RosterFilter inPipeline;
    inPipeline.inPipeline = true;
    qint64 shown = 0;
    line(QStringLiteral("filter In pipeline: every id in 50音 order"),
         medianOf(runs, [&] { shown = query.orderedIds(inPipeline, RosterSort{}).value().size(); }), QStringLiteral("< 50 ms"));
    line(QStringLiteral("filter In pipeline: first page as SQL (128 rows)"), medianOf(runs, [&] { (void)query.firstRows(inPipeline, RosterSort{}, 128); }));
    line(QStringLiteral("sort by In pipeline: every id"),
         medianOf(runs, [&] { (void)query.orderedIds(RosterFilter(), RosterSort{RosterColumn::Pipeline, false, 0, {}}); }));
    out << "  (" << shown << " people in the pipeline)\n";

    // rowOf in the model: the first call indexes the rows by id; later calls are one array read.
    RosterTableModel model;
    model.setDatabase(db.get());
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QVector<qint64> probes;
    QRandomGenerator random(42);
    for (int i = 0; i < 1000 && model.rowCount() > 0; ++i)
        probes.append(model.idAt(int(random.bounded(model.rowCount()))));
    line(QStringLiteral("model: rowOf, first call after a load (builds the id index)"), timeMs([&] { (void)model.rowOf(model.idAt(model.rowCount() - 1)); }));
    line(QStringLiteral("model: rowOf, 1,000 random people (total)"), medianOf(runs, [&] {
             for (qint64 id : probes)
                 (void)model.rowOf(id);
         }), QStringLiteral("< 1 ms"));
    qint64 found = 0; // summed, so that the compiler keeps the scans
    line(QStringLiteral("for comparison: linear scan of the ids for 1 person (mean of 1,000)"), medianOf(1, [&] {
             for (qint64 id : probes)
                 found += reading.indexOf(id);
         }) / double(std::max<qsizetype>(1, probes.size())));
    out << "  (sum of the positions found: " << found << ")\n";
    // The keyset count the review suggested, for the last person in 50音 order.
    if (!reading.isEmpty()) {
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM alumni a WHERE a.kana_key < (SELECT kana_key FROM alumni WHERE id = :id) "
                                 "OR (a.kana_key = (SELECT kana_key FROM alumni WHERE id = :id2) AND a.id < :id3)"));
        const qint64 last = reading.constLast();
        line(QStringLiteral("for comparison: keyset count of the rows before the last person"), medianOf(runs, [&] {
                 q.bindValue(QStringLiteral(":id"), last);
                 q.bindValue(QStringLiteral(":id2"), last);
                 q.bindValue(QStringLiteral(":id3"), last);
                 q.exec();
                 q.next();
                 q.finish();
             }));
    }

    // Noticing another program's writes: the watcher's poll when nothing changed, and when something did.
    RosterChangeWatcher watcher;
    watcher.setDatabase(db.get());
    line(QStringLiteral("change watcher: one poll, nothing changed (data_version)"), medianOf(std::max(runs, 100), [&] { watcher.check(); }),
         QStringLiteral("< 1 ms"));
    line(QStringLiteral("change watcher: reading the roster revision"),
         medianOf(std::max(runs, 100), [&] { (void)rosterrevision::current(db->sql()); }));
    return 0;
}
