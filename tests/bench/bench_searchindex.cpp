// alumnidesk-bench-searchindex: the end of a bulk load on an existing roster, each variant inside a write
// transaction that is rolled back (the roster is left as it was; its write-ahead log grows):
//   rebuild                 the search index rebuilt on the connection's thread (StoreBackend::rebuildSearchIndex)
//   worker                  the same built on a worker thread (StoreBackend::startSearchIndexBuild, finish)
//   indexes, then rebuild   the roster's secondary indexes dropped and re-created, then the search index rebuilt
//   indexes beside worker   the same with the search index built on the worker meanwhile (derivedtables::rebuildAll)
// Prints a table with the peak memory (VmHWM) of each; asserts nothing.
//
//   alumnidesk-bench-searchindex --db ROSTER [--repeat N]
#include "BenchSystem.h"

#include "db/Database.h"
#include "db/DerivedTables.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "db/WriteTransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace alumnidesk;
using namespace alumnidesk::bench;

namespace {

QTextStream out(stdout);

struct Run {
    qint64 ms = -1;
    qint64 peakKb = 0;
};

// Runs `work` inside a write transaction rolled back afterwards.
Run timed(Database &db, const std::function<Status()> &work)
{
    Run run;
    WriteTransaction tx(db.sql(), db.backend());
    if (!tx.started()) {
        out << "BEGIN failed: " << tx.status().errorText() << Qt::endl;
        return run;
    }
    resetPeakMemory();
    QElapsedTimer t;
    t.start();
    const Status st = work();
    run.ms = t.elapsed();
    run.peakKb = statusKb("VmHWM:");
    if (!st) {
        out << "failed: " << st.errorText() << Qt::endl;
        run.ms = -1;
    }
    return run;
}

Status recreateIndexes(Database &db, const QVector<QPair<QString, QString>> &indexes)
{
    for (const auto &index : indexes) {
        if (Status st = sql::exec(db.sql(), index.second); !st)
            return st;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("The roster (left unchanged)."), QStringLiteral("path"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs of each variant, alternating (default 2)."),
                                       QStringLiteral("n"), QStringLiteral("2"));
    parser.addOptions({dbOpt, repeatOpt});
    parser.process(app);
    if (!parser.isSet(dbOpt)) {
        out << "--db ROSTER is required\n";
        return 2;
    }
    Database::OpenError error;
    auto db = Database::open(parser.value(dbOpt), &error);
    if (!db) {
        out << "cannot open: " << error.error.fullText() << '\n';
        return 3;
    }
    const StoreBackend &backend = db->backend();
    QVariant saved = backend.enterBulkMode(db->sql());
    const QStringList tables{QStringLiteral("alumni"), QStringLiteral("stints"), QStringLiteral("alumnus_tags")};
    QVector<QPair<QString, Run>> runs;
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    for (int r = 0; r < repeat; ++r) {
        runs.append({QStringLiteral("rebuild"), timed(*db, [&] { return backend.rebuildSearchIndex(db->sql()); })});
        runs.append({QStringLiteral("worker"), timed(*db, [&]() -> Status {
                         auto build = backend.startSearchIndexBuild(db->sql(), {});
                         if (!build)
                             return build.error();
                         return build.value() ? build.value()->finish(db->sql()) : backend.rebuildSearchIndex(db->sql());
                     })});
        runs.append({QStringLiteral("indexes, then rebuild"), timed(*db, [&]() -> Status {
                         auto dropped = backend.dropSecondaryIndexes(db->sql(), tables);
                         if (!dropped)
                             return dropped.error();
                         if (Status st = recreateIndexes(*db, dropped.value()); !st)
                             return st;
                         return backend.rebuildSearchIndex(db->sql());
                     })});
        runs.append({QStringLiteral("indexes beside worker"), timed(*db, [&]() -> Status {
                         auto dropped = backend.dropSecondaryIndexes(db->sql(), tables);
                         if (!dropped)
                             return dropped.error();
                         auto build = backend.startSearchIndexBuild(db->sql(), {});
                         if (!build)
                             return build.error();
                         if (Status st = recreateIndexes(*db, dropped.value()); !st)
                             return st;
                         return build.value() ? build.value()->finish(db->sql()) : backend.rebuildSearchIndex(db->sql());
                     })});
    }
    backend.leaveBulkMode(db->sql(), saved);
    out << "| variant | ms | peak |\n|---|---:|---:|\n";
    for (const auto &run : runs)
        out << "| " << run.first << " | " << run.second.ms << " | " << run.second.peakKb / 1024 << " MB |\n";
    return 0;
}
