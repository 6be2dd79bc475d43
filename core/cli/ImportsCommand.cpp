#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "hris/ImportHistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alumnidesk::cli {

Command importsCommand()
{
    Command c;
    c.name = QStringLiteral("imports");
    c.readsOnly = true;
    c.synopsis = QStringLiteral("imports [--json]");
    c.description = QCoreApplication::translate("Cli", "list past imports: file, hash, counts, who, when");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (!args.positional().isEmpty())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "imports takes no arguments."));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        auto list = hris::listImports(*db);
        if (!list) {
            *ctx.err << list.errorText() << '\n';
            return int(ExitFailure);
        }
        if (args.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const hris::ImportRecord &r : list.value()) {
                QJsonObject o;
                o.insert(QStringLiteral("id"), r.id);
                o.insert(QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODate));
                o.insert(QStringLiteral("user"), r.user);
                o.insert(QStringLiteral("file"), r.fileName);
                o.insert(QStringLiteral("sha256"), r.sha256);
                o.insert(QStringLiteral("encoding"), r.encoding);
                o.insert(QStringLiteral("rows"), r.rows);
                o.insert(QStringLiteral("inserted"), r.inserted);
                o.insert(QStringLiteral("updated"), r.updated);
                o.insert(QStringLiteral("unchanged"), r.unchanged);
                o.insert(QStringLiteral("rejected"), r.rejected);
                if (r.rolledBackAt.isValid())
                    o.insert(QStringLiteral("rolled_back_at"), r.rolledBackAt.toString(Qt::ISODate));
                a.append(o);
            }
            *ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        TextTable t({QCoreApplication::translate("Cli", "Import"), QCoreApplication::translate("Cli", "When (UTC)"),
                     QCoreApplication::translate("Cli", "Who"), QCoreApplication::translate("Cli", "File"),
                     QCoreApplication::translate("Cli", "New"), QCoreApplication::translate("Cli", "Updated"),
                     QCoreApplication::translate("Cli", "Unchanged"), QCoreApplication::translate("Cli", "Rejected"),
                     QCoreApplication::translate("Cli", "Rolled back")});
        for (const hris::ImportRecord &r : list.value())
            t.addRow({QString::number(r.id), r.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.user, r.fileName,
                      QString::number(r.inserted), QString::number(r.updated), QString::number(r.unchanged),
                      QString::number(r.rejected), r.rolledBackAt.isValid() ? r.rolledBackAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()});
        t.print(*ctx.out);
        return int(ExitOk);
    };
    return c;
}

Command rollbackImportCommand()
{
    Command c;
    c.name = QStringLiteral("rollback-import");
    c.synopsis = QStringLiteral("rollback-import last [--json]");
    c.description = QCoreApplication::translate("Cli", "undo the most recent import that is not undone yet");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (args.positional() != QStringList{QStringLiteral("last")})
            return usageError(ctx, c, QCoreApplication::translate("Cli", "Only the last import can be rolled back: write “rollback-import last”."));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        auto r = hris::rollbackLastImport(*db, QStringLiteral("cli"));
        if (!r) {
            *ctx.err << r.errorText() << '\n';
            return int(ExitRejected);
        }
        if (args.has(QStringLiteral("json"))) {
            QJsonObject o;
            o.insert(QStringLiteral("import_id"), r->importId);
            o.insert(QStringLiteral("removed"), r->removed);
            o.insert(QStringLiteral("restored"), r->restored);
            *ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            *ctx.out << QCoreApplication::translate("Cli", "Import %1 rolled back: %2 people removed, %3 restored.")
                            .arg(r->importId)
                            .arg(r->removed)
                            .arg(r->restored)
                     << '\n';
        }
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
