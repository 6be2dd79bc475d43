#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "roster/RosterStats.h"
#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace alumnidesk::cli {

namespace {

template <typename K>
QJsonObject mapJson(const QMap<K, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        QString key;
        if constexpr (std::is_same_v<K, int>)
            key = QString::number(it.key());
        else
            key = it.key().isEmpty() ? QStringLiteral("unknown") : it.key();
        o.insert(key, it.value());
    }
    return o;
}

} // namespace

Command statsCommand()
{
    Command c;
    c.name = QStringLiteral("stats");
    c.readsOnly = true;
    c.synopsis = QStringLiteral("stats [--json]");
    c.description = QCoreApplication::translate("Cli", "count alumni, boomerangs, departure types, statuses and years");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (!args.positional().isEmpty())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "stats takes no arguments."));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        auto s = computeRosterStats(db->sql());
        if (!s) {
            *ctx.err << s.errorText() << '\n';
            return int(ExitFailure);
        }
        if (args.has(QStringLiteral("json"))) {
            QJsonObject o;
            o.insert(QStringLiteral("path"), QDir::toNativeSeparators(db->path()));
            o.insert(QStringLiteral("schema_version"), db->schemaVersion());
            o.insert(QStringLiteral("alumni"), s->alumni);
            o.insert(QStringLiteral("boomerangs"), s->boomerangs);
            o.insert(QStringLiteral("stints"), s->stints);
            o.insert(QStringLiteral("departments"), s->departments);
            o.insert(QStringLiteral("by_departure_type"), mapJson(s->byDepartureType));
            o.insert(QStringLiteral("by_membership_status"), mapJson(s->byStatus));
            o.insert(QStringLiteral("by_departure_year"), mapJson(s->byDepartureYear));
            *ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        const QLocale l;
        QTextStream &out = *ctx.out;
        out << QCoreApplication::translate("Cli", "Database: %1 (schema %2)").arg(QDir::toNativeSeparators(db->path())).arg(db->schemaVersion()) << '\n';
        out << QCoreApplication::translate("Cli", "Alumni: %1").arg(l.toString(s->alumni)) << '\n';
        out << QCoreApplication::translate("Cli", "Boomerangs (more than one stint): %1").arg(l.toString(s->boomerangs)) << '\n';
        out << QCoreApplication::translate("Cli", "Departments: %1").arg(s->departments) << '\n' << '\n';
        TextTable types({QCoreApplication::translate("Cli", "Departure type"), QCoreApplication::translate("Cli", "Alumni")});
        for (auto it = s->byDepartureType.constBegin(); it != s->byDepartureType.constEnd(); ++it)
            types.addRow({it.key().isEmpty() ? QCoreApplication::translate("Cli", "(not recorded)") : vocabulary::departureTypeLabel(it.key()),
                          l.toString(it.value())});
        types.print(out);
        out << '\n';
        TextTable statuses({QCoreApplication::translate("Cli", "Membership"), QCoreApplication::translate("Cli", "Alumni")});
        for (auto it = s->byStatus.constBegin(); it != s->byStatus.constEnd(); ++it)
            statuses.addRow({vocabulary::membershipStatusLabel(it.key()), l.toString(it.value())});
        statuses.print(out);
        out << '\n';
        TextTable years({QCoreApplication::translate("Cli", "Departure year"), QCoreApplication::translate("Cli", "Alumni")});
        for (auto it = s->byDepartureYear.constBegin(); it != s->byDepartureYear.constEnd(); ++it)
            years.addRow({QString::number(it.key()), l.toString(it.value())});
        years.print(out);
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
