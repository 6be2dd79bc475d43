#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "roster/RosterQuery.h"
#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace alumnidesk::cli {

namespace {

QJsonObject rowJson(const RosterRow &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("employee_id"), r.employeeId);
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("kana"), r.kana);
    o.insert(QStringLiteral("department"), r.department);
    o.insert(QStringLiteral("position"), r.position);
    o.insert(QStringLiteral("departure_date"), r.departureDate.isValid() ? r.departureDate.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("departure_type"), r.departureType);
    o.insert(QStringLiteral("stints"), r.stintCount);
    o.insert(QStringLiteral("membership_status"), r.status);
    o.insert(QStringLiteral("current_employer"), r.employer);
    o.insert(QStringLiteral("email"), r.email);
    return o;
}

} // namespace

Command searchCommand()
{
    Command c;
    c.name = QStringLiteral("search");
    c.readsOnly = true;
    c.synopsis = QStringLiteral("search QUERY [--limit N] [--json]");
    c.description = QCoreApplication::translate("Cli", "find alumni by name, kana, romaji, e-mail, employee ID, employer or skill");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {QStringLiteral("limit")});
        const int limit = args.intValue(QStringLiteral("limit"), 20, 1, 1000000);
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (args.positional().isEmpty())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "search needs a QUERY."));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        RosterFilter filter;
        filter.search = args.positional().join(QLatin1Char(' '));
        RosterQuery query(db->sql(), db->backend());
        // The same path as the window's list: every match in 50音 order, then the rows of the first ones.
        auto ids = query.orderedIds(filter, RosterSort{});
        auto rows = ids ? query.rows(ids->mid(0, limit)) : Result<QVector<RosterRow>>(ids.error());
        if (!rows) {
            *ctx.err << rows.errorText() << '\n';
            return int(ExitFailure);
        }
        const qint64 total = ids->size();
        if (args.has(QStringLiteral("json"))) {
            QJsonArray results;
            for (const RosterRow &r : rows.value())
                results.append(rowJson(r));
            QJsonObject o;
            o.insert(QStringLiteral("query"), filter.search);
            o.insert(QStringLiteral("total"), total);
            o.insert(QStringLiteral("results"), results);
            *ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        const QLocale locale;
        *ctx.out << QCoreApplication::translate("Cli", "%1 of %2 alumni matching “%3”:")
                        .arg(locale.toString(rows->size()), locale.toString(total), filter.search)
                 << '\n';
        if (rows->isEmpty())
            return int(ExitOk);
        TextTable table({QCoreApplication::translate("Cli", "Employee ID"), QCoreApplication::translate("Cli", "Name"), QCoreApplication::translate("Cli", "Reading"), QCoreApplication::translate("Cli", "Department"), QCoreApplication::translate("Cli", "Departed"),
                         QCoreApplication::translate("Cli", "Departure type"), QCoreApplication::translate("Cli", "Membership")});
        for (const RosterRow &r : rows.value()) {
            table.addRow({r.employeeId, r.name, r.kana, r.department,
                          r.departureDate.isValid() ? r.departureDate.toString(Qt::ISODate) : QString(),
                          vocabulary::departureTypeLabel(r.departureType), vocabulary::membershipStatusLabel(r.status)});
        }
        table.print(*ctx.out);
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
