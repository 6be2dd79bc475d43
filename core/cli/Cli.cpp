#include "cli/CliCommands.h"
#include "cli/CliContext.h"

#include "common/AppInfo.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace alumnidesk::cli {

namespace {

void printHelp(QTextStream &out, const QVector<Command> &all)
{
    out << QCoreApplication::translate("Cli", "Usage: alumnidesk-cli [--db PATH] COMMAND [OPTIONS]") << '\n'
        << '\n'
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command &c : all)
        out << "  " << c.synopsis.leftJustified(44) << ' ' << c.description << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "Options:") << '\n'
        << "  --db PATH" << QString(36, QLatin1Char(' ')) << QCoreApplication::translate("Cli", "the roster database (default: %1)")
                                                                  .arg(QDir::toNativeSeparators(Database::defaultPath()))
        << '\n'
        << '\n'
        << QCoreApplication::translate("Cli", "Exit codes: 0 done; 1 some input was rejected; 2 usage error; 3 file or database failure.") << '\n'
        << QCoreApplication::translate("Cli", "search, show, stats, export, imports, kpi (but not kpi set-hires) and report only read: they need an existing "
                                              "roster of this version and never change the file; init creates or upgrades it.")
        << '\n';
}

} // namespace

int usageError(Context &ctx, const Command &cmd, const QString &message)
{
    *ctx.err << message << '\n' << QCoreApplication::translate("Cli", "Usage: alumnidesk-cli %1").arg(cmd.synopsis) << '\n';
    return ExitUsage;
}

QVector<Command> commands()
{
    return {initCommand(), demoCommand(), searchCommand(), showCommand(), statsCommand(), importCommand(),
            importsCommand(), rollbackImportCommand(),
            exportCommand(), eligibilityCommand(), rulesCommand(), openingsCommand(), pipelineCommand(),
            matchCommand(), kpiCommand()};
}

QString commandName(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db"))
            ++i;
        else if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const QVector<Command> &extra)
{
    const QVector<Command> all = commands() + extra;
    QStringList args = arguments.mid(1);
    QString dbPath;
    // Options before the command start with "-" ("-h" as well as "--help").
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("Cli", "The option --db needs a path.") << '\n';
                return ExitUsage;
            }
            dbPath = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printHelp(out, all);
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            out << appinfo::kName << ' ' << appinfo::kVersion << '\n';
            return ExitOk;
        } else {
            err << QCoreApplication::translate("Cli", "Unknown option %1.").arg(a) << '\n';
            printHelp(err, all);
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        printHelp(err, all);
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("help")) {
        printHelp(out, all);
        return ExitOk;
    }
    // --db is also accepted after the command, as scripts tend to write it.
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size()) {
            dbPath = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--db="))) {
            dbPath = args.at(i).mid(5);
            args.remove(i);
            break;
        }
    }
    if (dbPath.isEmpty())
        dbPath = Database::defaultPath();

    for (const Command &c : all) {
        if (c.name != name)
            continue;
        std::unique_ptr<Database> db;
        Context ctx;
        ctx.args = args;
        ctx.dbPath = dbPath;
        ctx.out = &out;
        ctx.err = &err;
        ctx.database = [&]() -> Database * {
            if (!db) {
                Database::OpenError error;
                const bool readOnly = c.readsOnly && !(c.writesWith && c.writesWith(args));
                db = readOnly ? Database::openExisting(dbPath, &error) : Database::open(dbPath, &error);
                if (!db) {
                    err << error.error.fullText() << '\n';
                    const QString path = QDir::toNativeSeparators(dbPath);
                    if (error.failure == Database::Failure::NotFound)
                        err << QCoreApplication::translate("Cli", "Create it with: alumnidesk-cli --db \"%1\" init").arg(path) << '\n';
                    else if (error.failure == Database::Failure::OlderVersion)
                        err << QCoreApplication::translate("Cli", "Upgrade it first with: alumnidesk-cli --db \"%1\" init (a backup copy is "
                                                                  "made beside it), or open it in AlumniDesk.")
                                   .arg(path)
                            << '\n';
                }
            }
            return db.get();
        };
        const int code = c.run(ctx);
        out.flush();
        err.flush();
        return code;
    }
    err << QCoreApplication::translate("Cli", "Unknown command “%1”.").arg(name) << '\n';
    printHelp(err, all);
    return ExitUsage;
}

} // namespace alumnidesk::cli
