// What every alumnidesk-cli command gets: its arguments, the output streams and the database, plus the
// exit codes the CLI documents (scripts depend on them).
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::cli {

enum ExitCode {
    ExitOk = 0,        ///< done
    ExitRejected = 1,  ///< some input was rejected (the rest was done)
    ExitUsage = 2,     ///< the command line was wrong
    ExitFailure = 3,   ///< a file or the database could not be used
};

struct Context {
    QStringList args;       ///< the command's own arguments (after the command name)
    QString dbPath;         ///< --db, or the default location
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    /// Opens the database on first use; prints the error and returns nullptr when it cannot.
    std::function<Database *()> database;
};

struct Command {
    QString name;
    QString synopsis;    ///< e.g. "search QUERY [--limit N] [--json]"
    QString description; ///< one line, translated
    /// The command only reads: it opens an existing, current roster read-only and never creates, upgrades or
    /// writes the file.
    bool readsOnly = false;
    /// For a reading command with a writing sub-command (`kpi set-hires`): true when these arguments write,
    /// so the database is opened for writing (created or upgraded as needed) after all.
    std::function<bool(const QStringList &)> writesWith;
    std::function<int(Context &)> run;
};

/// Every command, in the order `help` lists them.
QVector<Command> commands();

/// Entry point of alumnidesk-cli: parses global options, dispatches, returns the exit code. `extra` are
/// commands from libraries above core (`report` renders with QtGui), listed and dispatched like the others.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const QVector<Command> &extra = {});

/// The command named by a command line (arguments[0] is the program), after the global options; empty when
/// there is none. main() asks it before creating the application object.
QString commandName(const QStringList &arguments);

} // namespace alumnidesk::cli
