#include "cli/KpiFilterArgs.h"

#include "db/Database.h"
#include "eligibility/RuleSetStore.h"
#include "roster/Vocabulary.h"
#include "text/DateText.h"

#include <QCoreApplication>

namespace alumnidesk::cli {

QStringList kpiFilterOptions()
{
    return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("department"), QStringLiteral("departure-type"),
            QStringLiteral("type"), QStringLiteral("ruleset"), QStringLiteral("as-of")};
}

QString parseKpiFilters(const CliArgs &args, kpi::KpiContext &ctx)
{
    ctx.asOf = QDate::currentDate();
    QDate dates[3];
    const char *names[3] = {"from", "to", "as-of"};
    for (int i = 0; i < 3; ++i) {
        const QString text = args.value(QString::fromLatin1(names[i]));
        const text::ParsedDate parsed = text::parseDate(text);
        if (!parsed.ok() && !parsed.empty())
            return QCoreApplication::translate("Cli", "--%1: %2").arg(QString::fromLatin1(names[i]), parsed.error);
        dates[i] = parsed.date;
    }
    if (dates[2].isValid())
        ctx.asOf = dates[2];
    if (dates[0].isValid() || dates[1].isValid()) {
        const kpi::Period fallback = kpi::defaultPeriod(ctx.asOf);
        ctx.filters.period = {dates[0].isValid() ? dates[0] : fallback.from, dates[1].isValid() ? dates[1] : ctx.asOf};
        if (!ctx.filters.period.isValid())
            return QCoreApplication::translate("Cli", "The period ends (%2) before it starts (%1).")
                .arg(ctx.filters.period.fromText(), ctx.filters.period.toText());
    }
    ctx.filters.department = args.value(QStringLiteral("department")).trimmed();
    const QString type = args.value(QStringLiteral("departure-type"), args.value(QStringLiteral("type"))).trimmed();
    if (!type.isEmpty()) {
        ctx.filters.departureType = vocabulary::departureTypeFromText(type);
        if (ctx.filters.departureType.isEmpty())
            return QCoreApplication::translate("Cli", "Unknown departure type “%1”.").arg(type);
    }
    ctx.filters.ruleSet = args.value(QStringLiteral("ruleset")).trimmed();
    return {};
}

QString checkKpiRuleSet(Database &db, const kpi::KpiContext &ctx)
{
    if (ctx.filters.ruleSet.isEmpty())
        return {};
    eligibility::RuleSetStore store(db.sql(), db.backend(), QStringLiteral("cli"));
    auto found = store.current(ctx.filters.ruleSet);
    return found ? QString() : QCoreApplication::translate("Cli", "--ruleset: %1").arg(found.errorText());
}

} // namespace alumnidesk::cli
