#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineVocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alumnidesk::cli {

namespace {

QJsonObject openingJson(const pipeline::Opening &o)
{
    QJsonObject j;
    j.insert(QStringLiteral("id"), o.id);
    j.insert(QStringLiteral("title"), o.title);
    j.insert(QStringLiteral("department"), o.department);
    j.insert(QStringLiteral("grade"), o.grade);
    j.insert(QStringLiteral("location"), o.location);
    j.insert(QStringLiteral("required_skills"), QJsonArray::fromStringList(o.requiredSkills));
    j.insert(QStringLiteral("alumni_only"), o.alumniOnly);
    j.insert(QStringLiteral("hiring_manager"), o.hiringManager);
    j.insert(QStringLiteral("status"), pipeline::openingStatusKey(o.status));
    j.insert(QStringLiteral("opened_on"), o.openedOn.toString(Qt::ISODate));
    j.insert(QStringLiteral("closed_on"), o.closedOn.toString(Qt::ISODate));
    return j;
}

int listOpenings(Context &ctx, bool json)
{
    Database *db = ctx.database();
    if (!db)
        return int(ExitFailure);
    pipeline::PipelineService service(*db, QStringLiteral("cli"));
    auto list = service.openings().list();
    if (!list) {
        *ctx.err << list.errorText() << '\n';
        return int(ExitFailure);
    }
    if (json) {
        QJsonArray a;
        for (const auto &s : list.value()) {
            QJsonObject o = openingJson(s.opening);
            o.insert(QStringLiteral("open_candidacies"), s.openCandidacies);
            o.insert(QStringLiteral("closed_candidacies"), s.closedCandidacies);
            a.append(o);
        }
        *ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return int(ExitOk);
    }
    if (list->isEmpty()) {
        *ctx.out << QCoreApplication::translate("Cli", "No openings yet.") << '\n';
        return int(ExitOk);
    }
    TextTable table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "Title"),
                     QCoreApplication::translate("Cli", "Department"), QCoreApplication::translate("Cli", "Status"),
                     QCoreApplication::translate("Cli", "Alumni only"), QCoreApplication::translate("Cli", "Open"),
                     QCoreApplication::translate("Cli", "Closed"), QCoreApplication::translate("Cli", "Required skills")});
    for (const auto &s : list.value()) {
        table.addRow({QString::number(s.opening.id), s.opening.title, s.opening.department, pipeline::openingStatusLabel(s.opening.status),
                      s.opening.alumniOnly ? QCoreApplication::translate("Cli", "yes") : QString(), QString::number(s.openCandidacies),
                      QString::number(s.closedCandidacies), s.opening.requiredSkills.join(QStringLiteral(", "))});
    }
    table.print(*ctx.out);
    return int(ExitOk);
}

} // namespace

Command openingsCommand()
{
    Command c;
    c.name = QStringLiteral("openings");
    c.synopsis = QStringLiteral("openings [add TITLE [--department D] [--skills S] [--alumni-only]] [--json]");
    c.description = QCoreApplication::translate("Cli", "list the openings, or add one");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json"), QStringLiteral("alumni-only")},
                     {QStringLiteral("department"), QStringLiteral("skills"), QStringLiteral("grade"), QStringLiteral("location"),
                      QStringLiteral("manager")});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        const bool json = args.has(QStringLiteral("json"));
        const QStringList pos = args.positional();
        if (pos.isEmpty())
            return listOpenings(ctx, json);
        if (pos.first() != QLatin1String("add"))
            return usageError(ctx, c, QCoreApplication::translate("Cli", "Unknown openings action “%1”.").arg(pos.first()));
        if (pos.size() < 2)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "openings add needs a TITLE."));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        pipeline::PipelineService service(*db, QStringLiteral("cli"));
        pipeline::Opening o;
        o.title = pos.mid(1).join(QLatin1Char(' '));
        o.department = args.value(QStringLiteral("department"));
        o.grade = args.value(QStringLiteral("grade"));
        o.location = args.value(QStringLiteral("location"));
        o.hiringManager = args.value(QStringLiteral("manager"));
        o.requiredSkills = pipeline::OpeningRepository::parseSkills(args.value(QStringLiteral("skills")));
        o.alumniOnly = args.has(QStringLiteral("alumni-only"));
        auto id = service.openings().add(o);
        if (!id) {
            *ctx.err << id.errorText() << '\n';
            return int(ExitRejected);
        }
        if (json) {
            auto stored = service.openings().load(id.value());
            *ctx.out << QJsonDocument(stored ? openingJson(stored.value()) : QJsonObject{{QStringLiteral("id"), id.value()}})
                            .toJson(QJsonDocument::Indented);
        } else {
            *ctx.out << id.value() << '\n';
        }
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
