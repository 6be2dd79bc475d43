#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "hris/MappingProfiles.h"
#include "hris/RosterExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alumnidesk::cli {

namespace {

QJsonObject issueJson(const hris::ExportIssue &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), i.severity == hris::ExportIssue::Error ? QStringLiteral("error") : QStringLiteral("warning"));
    o.insert(QStringLiteral("row"), i.row);
    o.insert(QStringLiteral("employee_id"), i.employeeId);
    o.insert(QStringLiteral("column"), i.column);
    if (!i.value.isEmpty())
        o.insert(QStringLiteral("value"), i.value);
    o.insert(QStringLiteral("reason"), i.reason);
    return o;
}

void printIssues(QTextStream &out, const hris::ExportSummary &s, hris::ExportIssue::Severity severity, qint64 total)
{
    if (total == 0)
        return;
    TextTable t({QCoreApplication::translate("Cli", "Row"), QCoreApplication::translate("Cli", "Employee ID"),
                 QCoreApplication::translate("Cli", "Column"), QCoreApplication::translate("Cli", "Value"),
                 QCoreApplication::translate("Cli", "Problem")});
    qint64 listed = 0;
    for (const hris::ExportIssue &i : s.issues) {
        if (i.severity != severity)
            continue;
        ++listed;
        t.addRow({i.row ? QString::number(i.row) : QString(), i.employeeId, i.column, i.value, i.reason});
    }
    t.print(out);
    if (total > listed)
        out << QCoreApplication::translate("Cli", "… and %n more not listed.", nullptr, int(total - listed)) << '\n';
}

} // namespace

Command exportCommand()
{
    Command c;
    c.name = QStringLiteral("export");
    c.readsOnly = true;
    c.synopsis = QStringLiteral("export OUT.csv [--encoding utf-8-bom|utf-8|cp932] [--columns KEY,KEY,…] [--search Q] "
                                "[--profile NAME] [--json]");
    c.description = QCoreApplication::translate("Cli", "export the roster (or the people a search finds) as CSV for Excel");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")},
                     {QStringLiteral("encoding"), QStringLiteral("columns"), QStringLiteral("search"), QStringLiteral("profile")});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (args.positional().size() != 1)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "export needs exactly one OUT.csv."));
        hris::ExportOptions options;
        const QString encoding = args.value(QStringLiteral("encoding"), QStringLiteral("utf-8-bom"));
        const auto chosen = hris::RosterExporter::encodingFromName(encoding);
        if (!chosen)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "Unknown export encoding “%1”: use utf-8-bom, utf-8 or cp932.")
                                          .arg(encoding));
        options.encoding = *chosen;
        if (args.has(QStringLiteral("columns"))) {
            options.columns = args.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (options.columns.isEmpty())
                return usageError(ctx, c, QCoreApplication::translate("Cli", "--columns needs at least one column key."));
        }
        options.filter.search = args.value(QStringLiteral("search"));

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
            options.profileName = profileName;
        }

        const QString path = args.positional().constFirst();
        hris::ExportFailure failure = hris::ExportFailure::None;
        auto summary = hris::exportRoster(*db, path, options, {}, nullptr, &failure);
        if (!summary) {
            if (failure == hris::ExportFailure::Columns)
                return usageError(ctx, c, summary.errorText());
            *ctx.err << summary.errorText() << '\n';
            return int(ExitFailure);
        }
        const hris::ExportSummary &s = summary.value();
        if (args.has(QStringLiteral("json"))) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), QDir::toNativeSeparators(path));
            o.insert(QStringLiteral("written"), s.written);
            o.insert(QStringLiteral("encoding"), s.encoding);
            o.insert(QStringLiteral("rows"), s.rows);
            o.insert(QStringLiteral("people"), s.people);
            o.insert(QStringLiteral("bytes"), s.bytes);
            o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(s.headers));
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(s.notes));
            o.insert(QStringLiteral("errors"), s.errorCount);
            o.insert(QStringLiteral("warnings"), s.warningCount);
            QJsonArray issues;
            for (const hris::ExportIssue &i : s.issues)
                issues.append(issueJson(i));
            o.insert(QStringLiteral("issues"), issues);
            *ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            QTextStream &out = *ctx.out;
            if (s.written)
                out << QCoreApplication::translate("Cli", "%1: %2 rows (%3 people), %4.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(s.rows)
                           .arg(s.people)
                           .arg(s.encoding)
                    << '\n';
            for (const QString &note : s.notes)
                out << note << '\n';
            if (s.warningCount > 0) {
                out << QCoreApplication::translate("Cli", "%n warning(s):", nullptr, int(s.warningCount)) << '\n';
                printIssues(out, s, hris::ExportIssue::Warning, s.warningCount);
            }
        }
        if (!s.written) {
            QTextStream &err = *ctx.err;
            err << QCoreApplication::translate("Cli", "Nothing was written: %n value(s) cannot be written in %1.", nullptr,
                                               int(s.errorCount))
                       .arg(s.encoding)
                << '\n';
            if (!args.has(QStringLiteral("json")))
                printIssues(err, s, hris::ExportIssue::Error, s.errorCount);
            return int(ExitRejected);
        }
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
