// `alumnidesk-cli kpi`: every KPI with its id, name, definition, period and value (breakdowns, series and
// cohorts in --json), and `kpi set-hires` to enter the mid-career hires the boomerang share divides by.
#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/KpiFilterArgs.h"

#include "db/Database.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiJson.h"
#include "kpi/KpiSnapshotCache.h"
#include "kpi/MidCareerHires.h"
#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace alumnidesk::cli {

namespace {

QString formatValue(const std::optional<double> &v, kpi::Unit unit, bool signedChange = false)
{
    if (!v)
        return QCoreApplication::translate("Cli", "n/a");
    const QLocale l;
    const QString sign = signedChange && *v > 0 ? QStringLiteral("+") : QString();
    switch (unit) {
    case kpi::Unit::Count:
        return sign + l.toString(qint64(std::llround(*v)));
    case kpi::Unit::Percent:
        return signedChange ? QCoreApplication::translate("Cli", "%1 points").arg(sign + l.toString(*v, 'f', 1)) : sign + l.toString(*v, 'f', 1) + QStringLiteral(" %");
    case kpi::Unit::Days:
        return QCoreApplication::translate("Cli", "%1 days").arg(sign + l.toString(*v, 'f', 0));
    case kpi::Unit::Months:
        return QCoreApplication::translate("Cli", "%1 months").arg(sign + l.toString(*v, 'f', 1));
    }
    return {};
}

void printText(QTextStream &out, const kpi::KpiContext &ctx, const QVector<kpi::KpiOutcome> &outcomes)
{
    const kpi::Period p = ctx.period();
    out << QCoreApplication::translate("Cli", "Period: %1 – %2 (previous: %3 – %4), data as of %5")
               .arg(p.fromText(), p.toText(), ctx.previousPeriod().fromText(), ctx.previousPeriod().toText(),
                    ctx.asOf.toString(Qt::ISODate))
        << '\n';
    if (!ctx.filters.department.isEmpty())
        out << QCoreApplication::translate("Cli", "Department: %1").arg(ctx.filters.department) << '\n';
    if (!ctx.filters.departureType.isEmpty())
        out << QCoreApplication::translate("Cli", "Departure type: %1").arg(vocabulary::departureTypeLabel(ctx.filters.departureType)) << '\n';
    if (!ctx.filters.ruleSet.isEmpty())
        out << QCoreApplication::translate("Cli", "Rule set: %1").arg(ctx.filters.ruleSet) << '\n';
    for (const kpi::KpiOutcome &o : outcomes) {
        const kpi::KpiDefinition &d = *o.definition;
        out << '\n' << d.id << "  " << d.name() << '\n';
        out << "  " << d.definition() << '\n';
        if (!o.result) {
            out << "  " << QCoreApplication::translate("Cli", "Error: %1").arg(o.result.errorText()) << '\n';
            continue;
        }
        const kpi::KpiResult &r = o.result.value();
        out << "  " << QCoreApplication::translate("Cli", "Period: %1 – %2").arg(r.period.fromText(), r.period.toText()) << '\n';
        QString value = QCoreApplication::translate("Cli", "Value: %1").arg(formatValue(r.value, d.unit));
        if (r.numerator && r.denominator && d.unit == kpi::Unit::Percent)
            value += QStringLiteral(" (%1 / %2)").arg(QLocale().toString(*r.numerator), QLocale().toString(*r.denominator));
        if (r.previousPeriod.isValid())
            value += QStringLiteral("; ") + QCoreApplication::translate("Cli", "previous period: %1; change: %2")
                                                 .arg(formatValue(r.previous, d.unit), formatValue(r.change(), d.unit, true));
        out << "  " << value << '\n';
        if (!r.note.isEmpty())
            out << "  " << r.note << '\n';
    }
}

int setHires(Context &ctx, const Command &c, CliArgs &args)
{
    const QStringList pos = args.positional();
    if (pos.size() != 3)
        return usageError(ctx, c, QCoreApplication::translate("Cli", "kpi set-hires needs a year and a count."));
    bool yearOk = false;
    bool countOk = false;
    const int year = pos.at(1).toInt(&yearOk);
    const qint64 count = pos.at(2).toLongLong(&countOk);
    if (!yearOk || year < 1900 || year > 9999)
        return usageError(ctx, c, QCoreApplication::translate("Cli", "“%1” is not a year.").arg(pos.at(1)));
    if (!countOk || count < 0)
        return usageError(ctx, c, QCoreApplication::translate("Cli", "“%1” is not a number of hires.").arg(pos.at(2)));
    const int month = args.intValue(QStringLiteral("month"), 0, 1, 12);
    if (!args.ok())
        return usageError(ctx, c, args.error());
    Database *db = ctx.database();
    if (!db)
        return int(ExitFailure);
    if (Status st = kpi::hires::set(db->sql(), db->backend(), year, month, count, args.value(QStringLiteral("note")),
                                    QStringLiteral("cli"));
        !st) {
        *ctx.err << st.errorText() << '\n';
        return int(ExitFailure);
    }
    if (args.has(QStringLiteral("json"))) {
        *ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("month"), month},
                                              {QStringLiteral("hires"), count}})
                        .toJson(QJsonDocument::Indented);
    } else {
        const QString when = month == 0 ? QString::number(year) : QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
        *ctx.out << QCoreApplication::translate("Cli", "Mid-career hires for %1: %2").arg(when, QLocale().toString(count)) << '\n';
    }
    return int(ExitOk);
}

} // namespace

Command kpiCommand()
{
    Command c;
    c.name = QStringLiteral("kpi");
    c.readsOnly = true;
    c.writesWith = [](const QStringList &args) { return !args.isEmpty() && args.first() == QLatin1String("set-hires"); };
    c.synopsis = QStringLiteral("kpi [--from DATE] [--to DATE] [--department D] [--departure-type T] [--ruleset NAME] [--as-of DATE] [--json]"
                                " | kpi set-hires YEAR COUNT [--month M] [--note TEXT]");
    c.description = QCoreApplication::translate("Cli", "print every KPI with its definition, period and value; enter mid-career hires");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")},
                     kpiFilterOptions() + QStringList{QStringLiteral("month"), QStringLiteral("note")});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (!args.positional().isEmpty() && args.positional().first() == QLatin1String("set-hires"))
            return setHires(ctx, c, args);
        if (!args.positional().isEmpty())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "Unknown kpi argument “%1”.").arg(args.positional().first()));

        kpi::KpiContext kctx;
        if (const QString error = parseKpiFilters(args, kctx); !error.isEmpty())
            return usageError(ctx, c, error);

        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        if (const QString error = checkKpiRuleSet(*db, kctx); !error.isEmpty())
            return usageError(ctx, c, error);
        kctx.db = db->sql();
        // Every person read once into memory, then each KPI counted there: faster than each KPI's SQL even
        // for one run. Without it (a date the snapshot cannot mirror) the KPIs run as SQL.
        if (auto sync = kpi::KpiSnapshotCache::instance().current(kctx.db, db->backend(), db->path())) {
            sync->attach(kctx);
        }
        const QVector<kpi::KpiOutcome> outcomes = kpi::computeAll(kpi::KpiRegistry::standard(), kctx);
        bool failed = false;
        for (const kpi::KpiOutcome &o : outcomes) {
            if (!o.result) {
                failed = true;
                *ctx.err << o.definition->id << ": " << o.result.errorText() << '\n';
            }
        }
        if (args.has(QStringLiteral("json"))) {
            QJsonArray list;
            for (const kpi::KpiOutcome &o : outcomes)
                list.append(kpi::outcomeJson(o));
            QJsonObject root = kpi::filtersJson(kctx);
            root.insert(QStringLiteral("kpis"), list);
            *ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            printText(*ctx.out, kctx, outcomes);
        }
        return failed ? int(ExitFailure) : int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
