#include "cli/CliArgs.h"
#include "cli/CliCommands.h"

#include "db/Database.h"
#include "demo/DemoFile.h"
#include "demo/DemoRoster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace alumnidesk::cli {

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

// A line every tenth of the way, only for a person watching a terminal (logs and pipes get the summary).
demo::DemoProgress progressPrinter(QTextStream &err)
{
    if (!stderrIsTerminal())
        return {};
    auto lastTenth = std::make_shared<qint64>(0);
    return [&err, lastTenth](qint64 done, qint64 total) {
        const qint64 tenth = done * 10 / total;
        if (tenth <= *lastTenth)
            return;
        *lastTenth = tenth;
        const QLocale l;
        err << QCoreApplication::translate("Cli", "%1% (%2 of %3 rows)")
                   .arg(done * 100 / total)
                   .arg(l.toString(done), l.toString(total))
            << '\n';
        if (done == total)
            err << QCoreApplication::translate("Cli", "Building the indexes and the search index…") << '\n';
        err.flush();
    };
}

} // namespace

Command demoCommand()
{
    Command c;
    c.name = QStringLiteral("demo");
    c.synopsis = QStringLiteral("demo --rows N [--seed S] [--today DATE] [--json]");
    c.description = QCoreApplication::translate("Cli", "fill an empty database with a realistic generated roster");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")},
                     {QStringLiteral("rows"), QStringLiteral("seed"), QStringLiteral("today")});
        const int rows = args.intValue(QStringLiteral("rows"), 0, 1, demo::kMaxDemoRows);
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (!args.has(QStringLiteral("rows")))
            return usageError(ctx, c,
                              QCoreApplication::translate("Cli", "demo needs --rows N (the number of alumni to generate)."));
        if (!args.positional().isEmpty())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "demo takes no arguments besides its options."));
        demo::DemoOptions options;
        options.rows = rows;
        if (args.has(QStringLiteral("seed"))) {
            bool ok = false;
            options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return usageError(ctx, c,
                                  QCoreApplication::translate("Cli", "--seed must be a whole number from 0 to "
                                                                     "18446744073709551615, not “%1”.")
                                      .arg(args.value(QStringLiteral("seed"))));
        }
        // The roster is a function of rows, seed and today; --today makes a run repeatable on another day.
        options.today = QDate::currentDate();
        if (args.has(QStringLiteral("today"))) {
            // An explicit format: Qt::ISODate would also take 2025/06/30 or 2025.06.30.
            options.today = QDate::fromString(args.value(QStringLiteral("today")), QStringLiteral("yyyy-MM-dd"));
            if (!options.today.isValid() || options.today < QDate(1995, 1, 1))
                return usageError(ctx, c,
                                  QCoreApplication::translate("Cli", "--today must be a date after 1995 written as "
                                                                     "YYYY-MM-DD, not “%1”.")
                                      .arg(args.value(QStringLiteral("today"))));
        }

        demo::DemoFailure failure = demo::DemoFailure::None;
        const bool json = args.has(QStringLiteral("json"));
        Result<demo::DemoSummary> summary = Error{};
        if (!QFileInfo::exists(ctx.dbPath)) {
            // A new file is built aside and named when complete (faster, and never half there).
            summary = demo::generateDemoFile(ctx.dbPath, options, progressPrinter(*ctx.err), nullptr, &failure);
        } else {
            Database *db = ctx.database();
            if (!db)
                return int(ExitFailure);
            summary = demo::generateDemoRoster(*db, options, progressPrinter(*ctx.err), nullptr, &failure);
        }
        if (!summary) {
            *ctx.err << summary.errorText() << '\n';
            if (failure == demo::DemoFailure::RosterNotEmpty) {
                *ctx.err << QCoreApplication::translate("Cli", "Give a new database file with --db PATH.") << '\n';
                return int(ExitRejected);
            }
            return int(failure == demo::DemoFailure::InvalidOptions ? ExitUsage : ExitFailure);
        }
        const demo::DemoSummary &s = summary.value();
        if (json) {
            QJsonObject o;
            o.insert(QStringLiteral("rows"), s.rows);
            o.insert(QStringLiteral("boomerangs"), s.boomerangs);
            o.insert(QStringLiteral("stints"), s.stints);
            o.insert(QStringLiteral("seconds"), qRound(s.seconds * 1000) / 1000.0);
            o.insert(QStringLiteral("seed"), QString::number(options.seed));
            o.insert(QStringLiteral("today"), options.today.toString(Qt::ISODate));
            QJsonObject phases;
            phases.insert(QStringLiteral("generate_ms"), s.generateMs);
            phases.insert(QStringLiteral("insert_ms"), s.timings.insert);
            phases.insert(QStringLiteral("indexes_ms"), s.timings.indexes);
            phases.insert(QStringLiteral("search_index_ms"), s.timings.searchIndex);
            phases.insert(QStringLiteral("derived_tables_ms"), s.timings.derived);
            phases.insert(QStringLiteral("commit_ms"), s.timings.commit);
            o.insert(QStringLiteral("phases"), phases);
            *ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        const QLocale l;
        *ctx.out << QCoreApplication::translate("Cli", "Generated %Ln alumni (seed %1) in %2 s.", nullptr, int(s.rows))
                        .arg(QString::number(options.seed), l.toString(s.seconds, 'f', 1))
                 << '\n'
                 << QCoreApplication::translate("Cli", "Boomerangs (more than one stint): %1").arg(l.toString(s.boomerangs))
                 << '\n'
                 << QCoreApplication::translate("Cli", "Time: inserting %1 s (records generated alongside in %2 s), "
                                                       "indexes %3 s, search index %4 s, skills table %5 s, commit %6 s.")
                        .arg(l.toString(s.timings.insert / 1000.0, 'f', 1), l.toString(s.generateMs / 1000.0, 'f', 1),
                             l.toString(s.timings.indexes / 1000.0, 'f', 1),
                             l.toString(s.timings.searchIndex / 1000.0, 'f', 1),
                             l.toString(s.timings.derived / 1000.0, 'f', 1),
                             l.toString(s.timings.commit / 1000.0, 'f', 1))
                 << '\n';
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
