#include "report/ReportCommand.h"

#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/KpiFilterArgs.h"
#include "db/Database.h"
#include "kpi/KpiSnapshotCache.h"
#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace alumnidesk::report {

cli::Command reportCommand()
{
    cli::Command c;
    c.name = QStringLiteral("report");
    c.readsOnly = true;
    c.synopsis = QStringLiteral("report --pdf OUT.pdf [--from DATE] [--to DATE] [--department D] [--type T] [--ruleset NAME] [--as-of DATE]");
    c.description = QCoreApplication::translate("Cli", "write the KPI report (cover, every KPI with its chart and definition) as an A4 PDF");
    c.run = [c](cli::Context &ctx) {
        cli::CliArgs args(ctx.args, {}, cli::kpiFilterOptions() + QStringList{QStringLiteral("pdf")});
        if (!args.ok())
            return cli::usageError(ctx, c, args.error());
        if (!args.positional().isEmpty())
            return cli::usageError(ctx, c, QCoreApplication::translate("Cli", "Unknown report argument “%1”.").arg(args.positional().first()));
        const QString path = args.value(QStringLiteral("pdf"));
        if (path.isEmpty())
            return cli::usageError(ctx, c, QCoreApplication::translate("Cli", "report needs --pdf and the file to write."));
        kpi::KpiContext kctx;
        if (const QString error = cli::parseKpiFilters(args, kctx); !error.isEmpty())
            return cli::usageError(ctx, c, error);
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            *ctx.err << QCoreApplication::translate("Cli", "The report needs the graphical part of Qt (fonts); alumnidesk-cli starts it for this command.") << '\n';
            return int(cli::ExitFailure);
        }

        // The file first: a path that cannot be written is said at once, not after a minute of computing.
        const QString shown = QDir::toNativeSeparators(path);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *ctx.err << QCoreApplication::translate("Cli", "“%1” could not be written: %2").arg(shown, file.errorString()) << '\n';
            return int(cli::ExitFailure);
        }
        Database *db = ctx.database();
        if (!db)
            return int(cli::ExitFailure);
        if (const QString error = cli::checkKpiRuleSet(*db, kctx); !error.isEmpty())
            return cli::usageError(ctx, c, error);
        kctx.db = db->sql();
        // Counted in the roster's snapshot in memory, as the dashboard and `kpi` do (SQL when unavailable).
        if (auto sync = kpi::KpiSnapshotCache::instance().current(kctx.db, db->backend(), db->path())) {
            sync->attach(kctx);
        }
        KpiReport report = KpiReport::from(kctx, kpi::computeAll(kpi::KpiRegistry::standard(), kctx));
        report.source = QFileInfo(ctx.dbPath).fileName();
        bool failed = false;
        for (const kpi::KpiOutcome &o : report.outcomes) {
            if (!o.result) {
                failed = true;
                *ctx.err << o.definition->id << ": " << o.result.errorText() << '\n';
            }
        }
        const Result<int> pages = writePdf(report, &file);
        if (!pages) {
            *ctx.err << pages.errorText() << '\n';
            return int(cli::ExitFailure);
        }
        if (!file.commit()) {
            *ctx.err << QCoreApplication::translate("Cli", "“%1” could not be written: %2").arg(shown, file.errorString()) << '\n';
            return int(cli::ExitFailure);
        }
        const int kpis = int(report.outcomes.size());
        const int pageCount = pages.value();
        const QString kpiCount = QCoreApplication::translate("Cli", "%n KPIs", nullptr, kpis);
        const QString pageText = QCoreApplication::translate("Cli", "%n pages", nullptr, pageCount);
        *ctx.out << QCoreApplication::translate("Cli", "Wrote the KPI report to “%1” (%2, %3).").arg(shown, kpiCount, pageText) << '\n';
        return failed ? int(cli::ExitFailure) : int(cli::ExitOk);
    };
    return c;
}

} // namespace alumnidesk::report
