#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "csv/TextEncoding.h"
#include "db/Database.h"
#include "hris/ImportExecutor.h"
#include "hris/ImportFile.h"
#include "hris/StreamingImport.h"
#include "hris/MappingProfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace alumnidesk::cli {

namespace {

QJsonObject issueJson(const hris::ImportIssue &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), i.severity == hris::ImportIssue::Error ? QStringLiteral("error") : QStringLiteral("warning"));
    o.insert(QStringLiteral("line"), i.line);
    o.insert(QStringLiteral("column"), i.column);
    o.insert(QStringLiteral("field"), i.field);
    o.insert(QStringLiteral("value"), i.value);
    o.insert(QStringLiteral("reason"), i.reason);
    return o;
}

QString phaseKey(hris::ImportPhase phase)
{
    switch (phase) {
    case hris::ImportPhase::Reading:
        return QStringLiteral("reading");
    case hris::ImportPhase::Comparing:
        return QStringLiteral("comparing");
    case hris::ImportPhase::Writing:
        return QStringLiteral("writing");
    case hris::ImportPhase::Indexing:
        return QStringLiteral("indexing");
    }
    return QString();
}

QString phaseText(hris::ImportPhase phase, qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    switch (phase) {
    case hris::ImportPhase::Reading:
        return QCoreApplication::translate("Cli", "Reading the file: %1%").arg(percent);
    case hris::ImportPhase::Comparing:
        return QCoreApplication::translate("Cli", "Comparing with the roster…");
    case hris::ImportPhase::Writing:
        return QCoreApplication::translate("Cli", "Writing: %1%").arg(percent);
    case hris::ImportPhase::Indexing:
        return QCoreApplication::translate("Cli", "Rebuilding the indexes and the search index…");
    }
    return QString();
}

// --progress: one line on the error stream whenever the phase or its whole percentage changes (a JSON
// object per line with --json), so that the output stays readable and scripts can follow.
hris::StreamingProgress progressPrinter(QTextStream &err, bool json)
{
    auto last = std::make_shared<QPair<int, int>>(-1, -1);
    return [&err, json, last](hris::ImportPhase phase, qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (last->first == int(phase) && last->second == percent)
            return;
        *last = {int(phase), percent};
        if (json) {
            QJsonObject o;
            o.insert(QStringLiteral("phase"), phaseKey(phase));
            o.insert(QStringLiteral("done"), done);
            o.insert(QStringLiteral("total"), total);
            err << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            err << phaseText(phase, done, total) << '\n';
        }
        err.flush();
    };
}

} // namespace

Command importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.synopsis = QStringLiteral("import FILE [--encoding auto|utf-8|utf-16|cp932|euc-jp] [--profile NAME] [--dry-run] "
                                "[--errors OUT.csv] [--json] [--progress]");
    c.description = QCoreApplication::translate("Cli", "import an HR system's CSV export (new people, changes, boomerangs)");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("dry-run"), QStringLiteral("json"), QStringLiteral("progress")},
                     {QStringLiteral("encoding"), QStringLiteral("profile"), QStringLiteral("errors")});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (args.positional().size() != 1)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "import needs exactly one FILE."));
        hris::ImportFileOptions options;
        const QString encoding = args.value(QStringLiteral("encoding"), QStringLiteral("auto"));
        if (encoding != QLatin1String("auto")) {
            options.encoding = csv::encodingFromName(encoding);
            if (!options.encoding)
                return usageError(ctx, c, QCoreApplication::translate("Cli", "Unknown encoding “%1”.").arg(encoding));
        }
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        const QString profileName = args.value(QStringLiteral("profile"));
        if (!profileName.isEmpty()) {
            auto profile = hris::loadProfile(*db, profileName);
            if (!profile) {
                *ctx.err << profile.errorText() << '\n';
                return int(ExitFailure);
            }
            options.profile = profile.value();
        }
        const QString path = args.positional().constFirst();
        const bool dryRun = args.has(QStringLiteral("dry-run"));
        hris::StreamingImportOptions importOptions;
        importOptions.file = options;
        importOptions.dryRun = dryRun;
        importOptions.sampleLimit = 0;
        importOptions.source.fileName = QFileInfo(path).fileName();
        importOptions.source.profile = profileName;
        importOptions.source.source = QStringLiteral("cli");
        // The hash and encoding are known once the file is read; the import record takes them from there.
        hris::StreamingProgress progress;
        if (args.has(QStringLiteral("progress")))
            progress = progressPrinter(*ctx.err, args.has(QStringLiteral("json")));
        auto run = hris::streamImport(*db, path, importOptions, progress);
        if (!run) {
            *ctx.err << run.errorText() << '\n';
            return int(ExitFailure);
        }
        const hris::ImportPlan *plan = &run->plan;
        const hris::ImportFileContents *contents = &run->file;
        const hris::ImportSummary summary = run->summary;
        const bool nothing = summary.inserted + summary.updated + summary.unchanged == 0;
        const QString errorsPath = args.value(QStringLiteral("errors"));
        if (!errorsPath.isEmpty() && plan->rejectedRows > 0) {
            if (Status st = hris::writeErrorsFile(errorsPath, path, contents->format, plan->issues); !st) {
                *ctx.err << st.errorText() << '\n';
                return int(ExitFailure);
            }
        }
        const QString encodingText = csv::encodingName(contents->format.encoding.encoding);
        if (args.has(QStringLiteral("json"))) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), QDir::toNativeSeparators(path));
            o.insert(QStringLiteral("dry_run"), dryRun);
            o.insert(QStringLiteral("encoding"), encodingText);
            o.insert(QStringLiteral("encoding_reason"), contents->format.encoding.reason);
            o.insert(QStringLiteral("rows"), summary.rows);
            o.insert(QStringLiteral("inserted"), summary.inserted);
            o.insert(QStringLiteral("updated"), summary.updated);
            o.insert(QStringLiteral("unchanged"), summary.unchanged);
            o.insert(QStringLiteral("rejected"), summary.rejectedRows);
            if (summary.importId)
                o.insert(QStringLiteral("import_id"), summary.importId);
            // Every issue, written as it is read (a file where every row is wrong has millions): the summary
            // object as QJsonDocument writes it, then its "issues" member one object at a time.
            QByteArray head = QJsonDocument(o).toJson(QJsonDocument::Indented);
            head.chop(3); // "\n}\n"
            *ctx.out << head << ",\n    \"issues\": [";
            bool first = true;
            const Status listed = plan->issues.forEach([&](const hris::ImportIssue &i) {
                *ctx.out << (first ? "\n        " : ",\n        ") << QJsonDocument(issueJson(i)).toJson(QJsonDocument::Compact);
                first = false;
                return Status();
            });
            *ctx.out << (first ? "]\n}\n" : "\n    ]\n}\n");
            if (!listed) {
                *ctx.err << listed.errorText() << '\n';
                return int(ExitFailure);
            }
        } else {
            QTextStream &out = *ctx.out;
            out << QCoreApplication::translate("Cli", "%1: %2 (%3)").arg(QFileInfo(path).fileName(), encodingText,
                                                                        contents->format.encoding.reason)
                << '\n';
            out << (dryRun ? QCoreApplication::translate("Cli", "Dry run, nothing written: ") : QString())
                << QCoreApplication::translate("Cli", "%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                       .arg(summary.rows)
                       .arg(summary.inserted)
                       .arg(summary.updated)
                       .arg(summary.unchanged)
                       .arg(summary.rejectedRows)
                << '\n';
            if (!plan->issues.isEmpty()) {
                TextTable t({QCoreApplication::translate("Cli", "Line"), QCoreApplication::translate("Cli", "Column"),
                             QCoreApplication::translate("Cli", "Field"), QCoreApplication::translate("Cli", "Value"),
                             QCoreApplication::translate("Cli", "Problem")});
                for (const hris::ImportIssue &i : plan->issues.kept()) {
                    const QString kind = i.severity == hris::ImportIssue::Error ? QCoreApplication::translate("Cli", "error")
                                                                                 : QCoreApplication::translate("Cli", "warning");
                    t.addRow({QString::number(i.line), i.column ? QString::number(i.column) : QString(), i.field,
                              i.value.left(40), kind + QStringLiteral(": ") + i.reason});
                }
                t.print(out);
                // The rest wait in a temporary file: the errors file and --json list them all.
                const qint64 more = plan->issues.notKept();
                if (more > 0)
                    out << QCoreApplication::translate("Cli", "… and %n more problem(s), not listed here: --errors OUT.csv "
                                                              "or --json lists every one.", nullptr, int(more))
                        << '\n';
            }
        }
        if (nothing)
            return int(ExitFailure);
        return summary.rejectedRows > 0 ? int(ExitRejected) : int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
