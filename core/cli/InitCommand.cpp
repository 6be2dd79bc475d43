#include "cli/CliArgs.h"
#include "cli/CliCommands.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace alumnidesk::cli {

Command initCommand()
{
    Command c;
    c.name = QStringLiteral("init");
    c.synopsis = QStringLiteral("init [--json]");
    c.description = QCoreApplication::translate("Cli", "create the database, or upgrade it to this version's schema");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (!args.positional().isEmpty())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "init takes no arguments."));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        if (args.has(QStringLiteral("json"))) {
            QJsonObject o;
            o.insert(QStringLiteral("path"), QDir::toNativeSeparators(db->path()));
            o.insert(QStringLiteral("schema_version"), db->schemaVersion());
            if (!db->migrationBackupPath().isEmpty())
                o.insert(QStringLiteral("backup"), QDir::toNativeSeparators(db->migrationBackupPath()));
            *ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            *ctx.out << QCoreApplication::translate("Cli", "Database ready: %1 (schema %2)")
                            .arg(QDir::toNativeSeparators(db->path()))
                            .arg(db->schemaVersion())
                     << '\n';
            if (!db->migrationBackupPath().isEmpty())
                *ctx.out << QCoreApplication::translate("Cli", "The previous version was copied to %1")
                                .arg(QDir::toNativeSeparators(db->migrationBackupPath()))
                         << '\n';
        }
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
