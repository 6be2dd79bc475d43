#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "eligibility/EligibilityService.h"
#include "eligibility/ExplanationText.h"
#include "text/DateText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace alumnidesk::cli {

using namespace alumnidesk::eligibility;

namespace {

QJsonObject countsJson(const RuleSetVersion &set, const VerdictCounts &c, bool refreshed, qint64 ms)
{
    return QJsonObject{{QStringLiteral("rule_set"), set.definition.key},
                       {QStringLiteral("name"), set.definition.name.text()},
                       {QStringLiteral("rule_set_version"), set.version},
                       {QStringLiteral("eligible"), c.eligible},
                       {QStringLiteral("needs_review"), c.needsReview},
                       {QStringLiteral("not_eligible"), c.notEligible},
                       {QStringLiteral("overridden"), c.overridden},
                       {QStringLiteral("total"), c.total()},
                       {QStringLiteral("re_evaluated"), refreshed},
                       {QStringLiteral("milliseconds"), ms}};
}

} // namespace

Command eligibilityCommand()
{
    Command c;
    c.name = QStringLiteral("eligibility");
    c.synopsis = QStringLiteral("eligibility [--ruleset NAME] [--explain EMPLOYEE_ID] [--as-of DATE] [--json]");
    c.description = QCoreApplication::translate("Cli", "count verdicts per rule set, or explain one person's verdict");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")},
                     {QStringLiteral("ruleset"), QStringLiteral("explain"), QStringLiteral("as-of")});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (!args.positional().isEmpty())
            return usageError(ctx, c, QCoreApplication::translate("Cli", "eligibility takes no arguments; use --ruleset or --explain."));
        QDate asOf = QDate::currentDate();
        if (args.has(QStringLiteral("as-of"))) {
            asOf = text::parseDate(args.value(QStringLiteral("as-of"))).date;
            if (!asOf.isValid())
                return usageError(ctx, c, QCoreApplication::translate("Cli", "“%1” is not a date; write it as 2025-04-01.")
                                              .arg(args.value(QStringLiteral("as-of"))));
        }
        const bool json = args.has(QStringLiteral("json"));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        EligibilityService service(db->sql(), db->backend(), QStringLiteral("cli"));

        if (args.has(QStringLiteral("explain"))) {
            const QString key = args.value(QStringLiteral("ruleset"), QStringLiteral("network"));
            auto e = service.explainEmployee(args.value(QStringLiteral("explain")), key, asOf);
            if (!e) {
                *ctx.err << e.errorText() << '\n';
                return int(ExitRejected);
            }
            if (json)
                *ctx.out << QJsonDocument(explanationJson(e.value())).toJson(QJsonDocument::Indented);
            else
                *ctx.out << explanationText(e.value());
            return int(ExitOk);
        }

        QVector<RuleSetVersion> sets;
        if (args.has(QStringLiteral("ruleset"))) {
            auto one = service.ruleSets().current(args.value(QStringLiteral("ruleset")));
            if (!one) {
                *ctx.err << one.errorText() << '\n';
                return int(ExitRejected);
            }
            sets.append(one.value());
        } else {
            auto all = service.ruleSets().current();
            if (!all) {
                *ctx.err << all.errorText() << '\n';
                return int(ExitFailure);
            }
            sets = all.value();
        }
        QJsonArray results;
        const QLocale l;
        TextTable table({QCoreApplication::translate("Cli", "Rule set"), QCoreApplication::translate("Cli", "Version"),
                         verdictLabel(Verdict::Eligible), verdictLabel(Verdict::NeedsReview), verdictLabel(Verdict::NotEligible),
                         QCoreApplication::translate("Cli", "Overridden")});
        QStringList notes;
        // Every stale rule set in one pass over the roster (the facts are read once), then the counts.
        QVector<RuleSetVersion> stale;
        for (const RuleSetVersion &set : sets) {
            auto isStale = service.verdicts().isStale(set, asOf);
            if (!isStale) {
                *ctx.err << isStale.errorText() << '\n';
                return int(ExitFailure);
            }
            if (isStale.value())
                stale.append(set);
        }
        qint64 refreshMs = 0;
        if (!stale.isEmpty()) {
            QElapsedTimer timer;
            timer.start();
            auto runs = service.verdicts().refresh(stale, asOf);
            if (!runs) {
                *ctx.err << runs.errorText() << '\n';
                return int(ExitFailure);
            }
            refreshMs = timer.elapsed();
            for (const EvaluationRun &run : runs.value()) {
                const auto set = std::find_if(stale.cbegin(), stale.cend(), [&run](const RuleSetVersion &v) { return v.ruleSetId == run.ruleSetId; });
                const qint64 evaluated = run.evaluated;
                notes.append(QCoreApplication::translate("Cli", "%1: verdicts were stale and were re-evaluated (%2 ms for the pass; %n people evaluated).", "", int(evaluated))
                                 .arg(set->definition.name.text())
                                 .arg(refreshMs));
            }
        }
        for (const RuleSetVersion &set : sets) {
            const bool refreshed = std::any_of(stale.cbegin(), stale.cend(), [&set](const RuleSetVersion &v) { return v.ruleSetId == set.ruleSetId; });
            QElapsedTimer timer;
            timer.start();
            auto counts = service.counts(set.definition.key, asOf);
            if (!counts) {
                *ctx.err << counts.errorText() << '\n';
                return int(ExitFailure);
            }
            results.append(countsJson(set, counts.value(), refreshed, timer.elapsed() + (refreshed ? refreshMs : 0)));
            table.addRow({set.definition.name.text(), QString::number(set.version), l.toString(counts->eligible),
                          l.toString(counts->needsReview), l.toString(counts->notEligible), l.toString(counts->overridden)});
        }
        if (json) {
            *ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                                  {QStringLiteral("rule_sets"), results}})
                            .toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        *ctx.out << QCoreApplication::translate("Cli", "As of %1").arg(asOf.toString(Qt::ISODate)) << '\n';
        table.print(*ctx.out);
        for (const QString &n : notes)
            *ctx.out << n << '\n';
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
