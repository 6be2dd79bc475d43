#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "pipeline/PipelineService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alumnidesk::cli {

Command matchCommand()
{
    Command c;
    c.name = QStringLiteral("match");
    c.synopsis = QStringLiteral("match OPENING_ID [--limit N] [--json]");
    c.description = QCoreApplication::translate("Cli", "rank alumni for an opening, with the reasons for each score");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {QStringLiteral("limit"), QStringLiteral("today")});
        pipeline::MatchOptions options;
        options.limit = args.intValue(QStringLiteral("limit"), 20, 1, 1000);
        if (!args.ok())
            return usageError(ctx, c, args.error());
        bool ok = false;
        const qint64 openingId = args.positional().value(0).toLongLong(&ok);
        if (!ok)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "match needs an OPENING_ID."));
        if (args.has(QStringLiteral("today")))
            options.today = QDate::fromString(args.value(QStringLiteral("today")), Qt::ISODate);
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        pipeline::PipelineService service(*db, QStringLiteral("cli"));
        if (auto opening = service.openings().load(openingId); !opening) {
            *ctx.err << opening.errorText() << '\n';
            return int(ExitRejected);
        }
        auto list = service.match(openingId, options);
        if (!list) {
            *ctx.err << list.errorText() << '\n';
            return int(ExitFailure);
        }
        if (args.has(QStringLiteral("json"))) {
            QJsonArray results;
            for (const auto &r : list->results) {
                QJsonObject o;
                o.insert(QStringLiteral("employee_id"), r.employeeId);
                o.insert(QStringLiteral("name"), r.name);
                o.insert(QStringLiteral("kana"), r.kana);
                o.insert(QStringLiteral("score"), double(r.score) / 10.0);
                o.insert(QStringLiteral("verdict"), pipeline::verdictLabel(r.verdict.kind));
                o.insert(QStringLiteral("open_candidacy_id"), r.openCandidacyId);
                QJsonArray parts;
                for (const auto &m : r.components) {
                    parts.append(QJsonObject{{QStringLiteral("key"), m.key}, {QStringLiteral("label"), m.label},
                                             {QStringLiteral("points"), double(m.points) / 10.0},
                                             {QStringLiteral("max"), double(m.maxPoints) / 10.0}, {QStringLiteral("reason"), m.reason}});
                }
                o.insert(QStringLiteral("components"), parts);
                results.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("opening_id"), openingId);
            o.insert(QStringLiteral("considered"), list->considered);
            o.insert(QStringLiteral("results"), results);
            *ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        QStringList weights;
        for (const auto &w : pipeline::OpeningMatcher::weights())
            weights.append(QStringLiteral("%1 %2").arg(w.label).arg(w.maxPoints / 10));
        *ctx.out << QCoreApplication::translate("Cli", "Matches for “%1” (score out of 100: %2):").arg(list->opening.title, weights.join(QStringLiteral(", ")))
                 << "\n\n";
        int rank = 0;
        for (const auto &r : list->results) {
            *ctx.out << ++rank << ". " << r.scoreText() << "  " << r.employeeId << "  " << r.name << " (" << r.kana << ")";
            if (r.openCandidacyId)
                *ctx.out << "  " << QCoreApplication::translate("Cli", "[in the pipeline: candidacy %1]").arg(r.openCandidacyId);
            *ctx.out << '\n';
            for (const auto &m : r.components)
                *ctx.out << "     " << m.label << ' ' << QString::number(double(m.points) / 10.0, 'f', 1) << '/' << m.maxPoints / 10 << ": "
                         << m.reason << '\n';
        }
        if (list->results.isEmpty())
            *ctx.out << QCoreApplication::translate("Cli", "No one matches.") << '\n';
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
