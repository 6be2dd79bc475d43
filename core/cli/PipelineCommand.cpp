#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "pipeline/PipelineService.h"
#include "pipeline/PipelineVocabulary.h"
#include "roster/AlumnusRows.h"
#include "text/DateText.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alumnidesk::cli {

namespace {

using namespace alumnidesk::pipeline;

QJsonObject cardJson(const BoardCard &card)
{
    QJsonObject j;
    j.insert(QStringLiteral("candidacy_id"), card.candidacyId);
    j.insert(QStringLiteral("employee_id"), card.employeeId);
    j.insert(QStringLiteral("name"), card.name);
    j.insert(QStringLiteral("kana"), card.kana);
    j.insert(QStringLiteral("last_position"), card.lastPosition);
    j.insert(QStringLiteral("last_department"), card.lastDepartment);
    j.insert(QStringLiteral("opening_id"), card.openingId);
    j.insert(QStringLiteral("opening"), card.openingTitle);
    j.insert(QStringLiteral("owner"), card.owner);
    j.insert(QStringLiteral("source"), sourceKey(card.source));
    j.insert(QStringLiteral("days_in_stage"), card.daysInStage);
    j.insert(QStringLiteral("next_action"), card.nextAction);
    j.insert(QStringLiteral("next_action_due"), card.nextActionDue.toString(Qt::ISODate));
    j.insert(QStringLiteral("overdue"), card.overdue);
    return j;
}

int list(Context &ctx, const Command &c, CliArgs &args, PipelineService &service)
{
    BoardFilter filter;
    filter.cardsPerColumn = args.intValue(QStringLiteral("limit"), 100, 0, 1000000);
    if (!args.ok())
        return usageError(ctx, c, args.error());
    if (args.has(QStringLiteral("opening"))) {
        bool ok = false;
        filter.openingId = args.value(QStringLiteral("opening")).toLongLong(&ok);
        if (!ok || filter.openingId < 0)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "--opening must be an opening ID (0 for the talent pool)."));
    }
    if (args.has(QStringLiteral("stage"))) {
        auto stage = service.stages().find(args.value(QStringLiteral("stage")));
        if (!stage) {
            *ctx.err << stage.errorText() << '\n';
            return int(ExitRejected);
        }
        filter.stageId = stage->id;
    }
    filter.owner = args.value(QStringLiteral("owner"));
    auto board = service.board(filter);
    if (!board) {
        *ctx.err << board.errorText() << '\n';
        return int(ExitFailure);
    }
    if (args.has(QStringLiteral("json"))) {
        QJsonArray columns;
        for (const BoardColumn &col : board->columns) {
            QJsonObject o;
            o.insert(QStringLiteral("stage"), col.stage.key);
            o.insert(QStringLiteral("name"), col.stage.name());
            o.insert(QStringLiteral("closing"), col.stage.closing);
            o.insert(QStringLiteral("total"), col.total);
            QJsonArray cards;
            for (const BoardCard &card : col.cards)
                cards.append(cardJson(card));
            o.insert(QStringLiteral("cards"), cards);
            columns.append(o);
        }
        *ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("columns"), columns}}).toJson(QJsonDocument::Indented);
        return int(ExitOk);
    }
    TextTable table({QCoreApplication::translate("Cli", "Stage"), QCoreApplication::translate("Cli", "ID"),
                     QCoreApplication::translate("Cli", "Employee ID"), QCoreApplication::translate("Cli", "Name"),
                     QCoreApplication::translate("Cli", "Last position"), QCoreApplication::translate("Cli", "Opening"),
                     QCoreApplication::translate("Cli", "Days"), QCoreApplication::translate("Cli", "Next action")});
    int shown = 0;
    for (const BoardColumn &col : board->columns) {
        for (const BoardCard &card : col.cards) {
            QString next = card.nextAction;
            if (card.nextActionDue.isValid())
                next += QStringLiteral(" (%1)").arg(card.nextActionDue.toString(Qt::ISODate));
            if (card.overdue)
                next += QLatin1Char(' ') + QCoreApplication::translate("Cli", "OVERDUE");
            table.addRow({col.stage.name(), QString::number(card.candidacyId), card.employeeId, card.name, card.lastPosition,
                          card.openingTitle.isEmpty() ? QCoreApplication::translate("Cli", "(talent pool)") : card.openingTitle,
                          QString::number(card.daysInStage), next.trimmed()});
            ++shown;
        }
    }
    QStringList totals;
    for (const BoardColumn &col : board->columns)
        totals.append(QStringLiteral("%1 %2").arg(col.stage.name()).arg(col.total));
    *ctx.out << totals.join(QStringLiteral(" · ")) << '\n';
    if (shown > 0)
        table.print(*ctx.out);
    return int(ExitOk);
}

int add(Context &ctx, const Command &c, CliArgs &args, PipelineService &service, Database &db)
{
    if (args.positional().size() < 2)
        return usageError(ctx, c, QCoreApplication::translate("Cli", "pipeline add needs an EMPLOYEE_ID."));
    NewCandidacy n;
    if (args.has(QStringLiteral("source"))) {
        const auto source = sourceFromText(args.value(QStringLiteral("source")));
        if (!source)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "--source must be applied, outreach, referral or event."));
        n.source = *source;
    }
    if (args.has(QStringLiteral("opening"))) {
        bool ok = false;
        n.openingId = args.value(QStringLiteral("opening")).toLongLong(&ok);
        if (!ok || n.openingId <= 0)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "--opening must be an opening ID."));
    }
    AlumnusRows rows(db.sql(), db.backend());
    const auto lookup = [&](const QString &employeeId, qint64 *id) {
        auto found = rows.idForEmployeeId(text::normalizeEmployeeId(employeeId));
        *id = found ? found.value() : 0;
        if (*id == 0)
            *ctx.err << QCoreApplication::translate("Cli", "No alumnus has the employee ID “%1”.").arg(employeeId) << '\n';
        return *id != 0;
    };
    if (!lookup(args.positional().at(1), &n.alumnusId))
        return int(ExitRejected);
    if (args.has(QStringLiteral("referrer")) && !lookup(args.value(QStringLiteral("referrer")), &n.referrerId))
        return int(ExitRejected);
    n.eventName = args.value(QStringLiteral("event"));
    n.owner = args.value(QStringLiteral("owner"));
    auto id = service.candidacies().add(n);
    if (!id) {
        *ctx.err << id.errorText() << '\n';
        return int(ExitRejected);
    }
    if (args.has(QStringLiteral("json")))
        *ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("candidacy_id"), id.value()}}).toJson(QJsonDocument::Compact) << '\n';
    else
        *ctx.out << id.value() << '\n';
    return int(ExitOk);
}

int move(Context &ctx, const Command &c, CliArgs &args, PipelineService &service)
{
    if (args.positional().size() < 3)
        return usageError(ctx, c, QCoreApplication::translate("Cli", "pipeline move needs a CANDIDACY_ID and a STAGE."));
    bool ok = false;
    MoveRequest request;
    request.candidacyId = args.positional().at(1).toLongLong(&ok);
    if (!ok)
        return usageError(ctx, c, QCoreApplication::translate("Cli", "“%1” is not a candidacy ID.").arg(args.positional().at(1)));
    auto stage = service.stages().find(args.positional().mid(2).join(QLatin1Char(' ')));
    if (!stage) {
        *ctx.err << stage.errorText() << '\n';
        return int(ExitRejected);
    }
    request.toStageId = stage->id;
    request.reason = args.value(QStringLiteral("reason"));
    if (args.has(QStringLiteral("start"))) {
        const text::ParsedDate start = text::parseDate(args.value(QStringLiteral("start")));
        if (!start.ok())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "--start must be a date: %1").arg(start.error));
        request.startDate = start.date;
    }
    const MoveCheck check = service.checkMove(request);
    if (!check.ok()) {
        *ctx.err << QCoreApplication::translate("Cli", "The candidacy was not moved: %1").arg(check.message) << '\n';
        return int(ExitRejected);
    }
    auto moved = service.move(request);
    if (!moved) {
        *ctx.err << moved.errorText() << '\n';
        return int(ExitFailure);
    }
    *ctx.out << QCoreApplication::translate("Cli", "Candidacy %1: %2 → %3").arg(request.candidacyId).arg(check.from.name(), check.to.name()) << '\n';
    if (moved->hire.stintId) {
        QStringList dates;
        for (const FollowUp &f : moved->hire.followUps)
            dates.append(f.dueOn.toString(Qt::ISODate));
        *ctx.out << QCoreApplication::translate("Cli", "Rehired: a new stint was added; follow-ups are due on %1.").arg(dates.join(QStringLiteral(", ")))
                 << '\n';
    }
    return int(ExitOk);
}

int undo(Context &ctx, const Command &c, CliArgs &args, PipelineService &service)
{
    bool ok = false;
    const qint64 candidacyId = args.positional().value(1).toLongLong(&ok);
    if (!ok)
        return usageError(ctx, c, QCoreApplication::translate("Cli", "pipeline undo needs a CANDIDACY_ID."));
    auto history = service.history(candidacyId);
    if (!history || history->isEmpty()) {
        *ctx.err << QCoreApplication::translate("Cli", "There is no candidacy %1.").arg(candidacyId) << '\n';
        return int(ExitRejected);
    }
    auto reversal = service.undoMove(history->constLast().id);
    if (!reversal) {
        *ctx.err << reversal.errorText() << '\n';
        return int(ExitRejected);
    }
    const Move &undone = history->constLast();
    *ctx.out << QCoreApplication::translate("Cli", "Candidacy %1: %2 → %3 (undone)").arg(candidacyId).arg(undone.toStageName, undone.fromStageName)
             << '\n';
    return int(ExitOk);
}

} // namespace

Command pipelineCommand()
{
    Command c;
    c.name = QStringLiteral("pipeline");
    c.synopsis = QStringLiteral("pipeline [add EMPLOYEE_ID | move ID STAGE | undo ID] …");
    c.description = QCoreApplication::translate("Cli", "list, add and move rehire candidacies (see README for the options)");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")},
                     {QStringLiteral("opening"), QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("limit"),
                      QStringLiteral("source"), QStringLiteral("referrer"), QStringLiteral("event"), QStringLiteral("reason"),
                      QStringLiteral("start")});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        const QString action = args.positional().value(0);
        if (!action.isEmpty() && action != QLatin1String("add") && action != QLatin1String("move") && action != QLatin1String("undo"))
            return usageError(ctx, c, QCoreApplication::translate("Cli", "Unknown pipeline action “%1”.").arg(action));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        PipelineService service(*db, QStringLiteral("cli"));
        if (action == QLatin1String("add"))
            return add(ctx, c, args, service, *db);
        if (action == QLatin1String("move"))
            return move(ctx, c, args, service);
        if (action == QLatin1String("undo"))
            return undo(ctx, c, args, service);
        return list(ctx, c, args, service);
    };
    return c;
}

} // namespace alumnidesk::cli
