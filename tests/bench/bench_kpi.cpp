// alumnidesk-bench-kpi: the whole KPI dashboard (every KPI of the registry) at a million alumni, in one
// run: before (each KPI's SQL facts) and after (the KPI snapshot in memory, KpiSnapshotCache): the first
// load after opening the file, a refresh with nothing changed, a refresh after a one-person edit through
// the repository, after importing 1,000 rows (500 changed people, 500 new) and after rolling that import
// back (each R times, medians); beside the sqlite3 tool's year × reason over every stint (the anchor, ~490 ms). Checks
// that the fast dashboard equals the SQL one. Prints tables; asserts nothing.
//
//   alumnidesk-bench-kpi [--db PATH] [--rows N] [--candidacies C] [--repeat R] [--sql-repeat S] [--no-sqlite3]
//
// The file is changed: R people are edited, 1,000 rows imported and rolled back, the mid-career hires of
// the last years entered, candidacies with their moves added up to C (default 50,000) for the pipeline
// KPIs. Use a copy. Without --db a roster of N (default 1,000,000) alumni is generated once and kept as
// /tmp/alumnidesk-kpi-bench-N.sqlite (about a minute). Ends with the PDF report's times.
#include "BenchReport.h"
#include "BenchSystem.h"
#include "KpiBenchPipeline.h"
#include "SqliteCli.h"

#include "db/Database.h"
#include "demo/DemoRoster.h"
#include "eligibility/Overrides.h"
#include "eligibility/RuleSetStore.h"
#include "hris/ImportHistory.h"
#include "hris/StreamingImport.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiJson.h"
#include "kpi/KpiSnapshotCache.h"
#include "kpi/MidCareerHires.h"
#include "roster/AlumnusRepository.h"
#include "roster/RosterQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <map>
#include <vector>

using namespace alumnidesk;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', v < 10 ? 1 : 0);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

struct Refresh {
    double totalMs = 0;
    double syncMs = 0;
    kpi::SnapshotSync::How how = kpi::SnapshotSync::Unavailable;
    qint64 reread = 0;
    bool pipelineRead = false;
    QVector<kpi::KpiOutcome> outcomes;
};

// What the dashboard's worker does (KpiRefresher): open a connection of its own, list the departments for
// the filter, bring the snapshot up to date, then compute every KPI over it.
Refresh refresh(Database &db, kpi::KpiContext ctx)
{
    Refresh r;
    QElapsedTimer t;
    t.start();
    auto conn = db.openConnection();
    if (!conn) {
        out << "connection: " << conn.errorText() << '\n';
        return r;
    }
    ctx.db = conn.value()->db();
    RosterQuery query(ctx.db, db.backend());
    if (auto departments = query.departments(); !departments)
        out << "departments: " << departments.errorText() << '\n';
    QElapsedTimer syncTimer;
    syncTimer.start();
    auto sync = kpi::KpiSnapshotCache::instance().current(ctx.db, db.backend(), db.path());
    r.syncMs = double(syncTimer.nsecsElapsed()) / 1e6;
    if (sync) {
        sync->attach(ctx);
        r.how = sync->how;
        r.reread = sync->reread;
        r.pipelineRead = sync->pipelineRead;
    } else {
        out << "snapshot: " << sync.errorText() << '\n';
    }
    r.outcomes = kpi::computeAll(kpi::KpiRegistry::standard(), ctx);
    r.totalMs = double(t.nsecsElapsed()) / 1e6;
    ctx.db = QSqlDatabase(); // before the connection closes
    return r;
}

QByteArray resultsJson(const QVector<kpi::KpiOutcome> &outcomes)
{
    QByteArray all;
    for (const kpi::KpiOutcome &o : outcomes)
        all += QJsonDocument(kpi::outcomeJson(o)).toJson(QJsonDocument::Compact) + '\n';
    return all;
}

QString howText(kpi::SnapshotSync::How how)
{
    switch (how) {
    case kpi::SnapshotSync::Current:
        return QStringLiteral("unchanged");
    case kpi::SnapshotSync::Updated:
        return QStringLiteral("re-read");
    case kpi::SnapshotSync::Loaded:
        return QStringLiteral("loaded");
    case kpi::SnapshotSync::Unavailable:
        return QStringLiteral("SQL (no snapshot)");
    }
    return {};
}

// 1,000 rows: `changed` people already in the roster (their employee IDs, a new departure reason) and
// new ones.
bool writeImportFile(QSqlDatabase &db, const QString &path, int changed, int fresh)
{
    QByteArray text = "社員番号,氏名,フリガナ,入社日,退職日,所属,役職,退職区分,退職理由,メールアドレス\r\n";
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT employee_id FROM alumni ORDER BY id LIMIT %1 OFFSET 1000").arg(changed)))
        return false;
    int i = 0;
    auto row = [&](const QByteArray &employeeId) {
        text += employeeId + ",佐藤\xe3\x80\x80太郎,サトウ タロウ," + QByteArray::number(2000 + i % 20) + "/04/01,"
            + QByteArray::number(2021 + i % 4) + "/03/31,営業部,主任,自己都合,ベンチ移行" + QByteArray::number(i % 5)
            + ",bench" + QByteArray::number(i) + "@example.jp\r\n";
        ++i;
    };
    while (q.next())
        row(q.value(0).toString().toUtf8());
    for (int n = 0; n < fresh; ++n)
        row("KB" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-" + QByteArray::number(n));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

int main(int argc, char **argv)
{
    // The PDF report's rows draw with QtGui (fonts), without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Roster file to measure (changed: use a copy)."), QStringLiteral("path"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to generate without --db (default 1000000)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs of each fast measure (median)."), QStringLiteral("r"),
                                       QStringLiteral("5"));
    const QCommandLineOption sqlRepeatOpt(QStringLiteral("sql-repeat"), QStringLiteral("Runs of the SQL dashboard (median)."),
                                          QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption noCli(QStringLiteral("no-sqlite3"), QStringLiteral("Skip the sqlite3 anchor."));
    const QCommandLineOption candidaciesOpt(QStringLiteral("candidacies"), QStringLiteral("Candidacies to have (default 50000)."),
                                            QStringLiteral("c"), QStringLiteral("50000"));
    parser.addOptions({dbOpt, rowsOpt, repeatOpt, sqlRepeatOpt, noCli, candidaciesOpt});
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    const int sqlRepeat = std::max(1, parser.value(sqlRepeatOpt).toInt());
    const int rows = parser.value(rowsOpt).toInt();

    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt)
                                             : QStringLiteral("/tmp/alumnidesk-kpi-bench-%1.sqlite").arg(rows);
    if (!parser.isSet(dbOpt) && !QFile::exists(path)) {
        auto db = Database::open(path);
        if (!db) {
            out << "cannot create " << path << '\n';
            return 1;
        }
        demo::DemoOptions options;
        options.rows = rows;
        out << "generating " << rows << " alumni into " << path << " …" << Qt::endl;
        if (auto summary = demo::generateDemoRoster(*db, options); !summary) {
            out << summary.errorText() << '\n';
            return 1;
        }
    }
    auto db = Database::open(path);
    if (!db) {
        out << "cannot open " << path << '\n';
        return 1;
    }
    if (!bench::seedPipelineHistory(*db, parser.value(candidaciesOpt).toInt(), out)) {
        out << "cannot add candidacies to " << path << '\n';
        return 1;
    }
    const QDate today = QDate::currentDate();
    for (int year = today.year() - 3; year <= today.year(); ++year) {
        if (Status st = kpi::hires::set(db->sql(), db->backend(), year, 0, 4000, QStringLiteral("bench"), QStringLiteral("bench")); !st)
            out << st.errorText() << '\n';
    }
    out << "load average at start: " << loadAverage() << Qt::endl;

    kpi::KpiContext ctx;
    ctx.db = db->sql();
    ctx.asOf = today;
    const kpi::KpiRegistry &registry = kpi::KpiRegistry::standard();

    // Before: every KPI from its SQL facts.
    std::map<QString, std::vector<double>> sqlTimes;
    std::vector<double> sqlTotals;
    QByteArray sqlResults;
    for (int run = 0; run < sqlRepeat; ++run) {
        QElapsedTimer t;
        t.start();
        const auto outcomes = kpi::computeAll(registry, ctx);
        sqlTotals.push_back(double(t.nsecsElapsed()) / 1e6);
        for (const auto &o : outcomes) {
            if (!o.result)
                out << o.definition->id << ": " << o.result.errorText() << '\n';
            sqlTimes[o.definition->id].push_back(double(o.elapsedUs) / 1000.0);
        }
        sqlResults = resultsJson(outcomes);
    }
    out << "SQL dashboard done, load average " << loadAverage() << Qt::endl;

    // After: the first load (everyone read into memory), then refreshes.
    const qint64 rssBefore = bench::statusKb("VmRSS:");
    const Refresh first = refresh(*db, ctx);
    const qint64 rssAfter = bench::statusKb("VmRSS:");
    const bool same = resultsJson(first.outcomes) == sqlResults;
    std::map<QString, std::vector<double>> fastTimes;
    std::vector<double> warm;
    for (int run = 0; run < repeat; ++run) {
        const Refresh r = refresh(*db, ctx);
        warm.push_back(r.totalMs);
        for (const auto &o : r.outcomes)
            fastTimes[o.definition->id].push_back(double(o.elapsedUs) / 1000.0);
    }

    // A one-person edit through the repository (membership status and last contact), then a refresh.
    std::vector<double> afterEdit;
    std::vector<double> editSync;
    kpi::SnapshotSync::How editHow = kpi::SnapshotSync::Unavailable;
    qint64 editReread = 0;
    {
        AlumnusRepository repo(*db, QStringLiteral("bench"));
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT max(id) FROM alumni"));
        const qint64 maxId = q.next() ? q.value(0).toLongLong() : 1;
        for (int run = 0; run < repeat; ++run) {
            auto a = repo.load(1 + QRandomGenerator::global()->bounded(maxId));
            if (!a)
                continue;
            Alumnus changed = a.value();
            changed.membershipStatus = changed.membershipStatus == QLatin1String("registered") ? QStringLiteral("dormant")
                                                                                               : QStringLiteral("registered");
            changed.lastContactDate = today.addDays(-run);
            if (Status st = repo.save(changed); !st) {
                out << "edit: " << st.errorText() << '\n';
                continue;
            }
            const Refresh r = refresh(*db, ctx);
            afterEdit.push_back(r.totalMs);
            editSync.push_back(r.syncMs);
            editHow = r.how;
            editReread = r.reread;
        }
    }

    // A candidacy moved to Offer (the move and the candidacy's stage, as the board writes them), then a
    // refresh: the candidacies' signature moved, so they are read again.
    std::vector<double> afterMove, moveSync;
    bool moveRead = true;
    {
        QSqlQuery q(db->sql());
        for (int run = 0; run < repeat; ++run) {
            const QString at = today.toString(Qt::ISODate) + QStringLiteral("T10:00:00Z");
            const QString pick = QStringLiteral("(SELECT id FROM candidacies WHERE closed_at IS NULL ORDER BY id LIMIT 1 OFFSET %1)").arg(run);
            const QString offer = QStringLiteral("(SELECT id FROM pipeline_stages WHERE key = 'offer')");
            if (!q.exec(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user) "
                                       "SELECT id, stage_id, %1, '%2', 'bench' FROM candidacies WHERE id = %3").arg(offer, at, pick))
                || !q.exec(QStringLiteral("UPDATE candidacies SET stage_id = %1, stage_since = '%2' WHERE id = %3").arg(offer, at, pick))) {
                out << "move: " << q.lastError().text() << '\n';
                continue;
            }
            const Refresh r = refresh(*db, ctx);
            afterMove.push_back(r.totalMs);
            moveSync.push_back(r.syncMs);
            moveRead = moveRead && r.pipelineRead;
        }
    }

    // 1,000 imported rows (500 changed people, 500 new), a refresh; the rollback, a refresh; R times.
    std::vector<double> importMs, rollbackMs, afterImport, afterRollback, importSync, rollbackSync;
    qint64 importReread = 0, rollbackReread = 0;
    kpi::SnapshotSync::How importHow = kpi::SnapshotSync::Unavailable, rollbackHow = kpi::SnapshotSync::Unavailable;
    Refresh last;
    QTemporaryDir dir;
    for (int run = 0; run < repeat; ++run) {
        const QString csv = dir.filePath(QStringLiteral("bench%1.csv").arg(run));
        if (!writeImportFile(db->sql(), csv, 500, 500))
            break;
        hris::StreamingImportOptions options;
        options.source.fileName = QStringLiteral("bench.csv");
        options.source.source = QStringLiteral("bench");
        QElapsedTimer t;
        t.start();
        auto imported = hris::streamImport(*db, csv, options);
        importMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!imported)
            out << "import: " << imported.errorText() << '\n';
        const Refresh a = refresh(*db, ctx);
        afterImport.push_back(a.totalMs);
        importSync.push_back(a.syncMs);
        importHow = a.how;
        importReread = a.reread;
        t.restart();
        auto rolledBack = hris::rollbackLastImport(*db, QStringLiteral("bench"));
        rollbackMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!rolledBack)
            out << "rollback: " << rolledBack.errorText() << '\n';
        last = refresh(*db, ctx);
        afterRollback.push_back(last.totalMs);
        rollbackSync.push_back(last.syncMs);
        rollbackHow = last.how;
        rollbackReread = last.reread;
    }
    // A rule change and an override, seen by a period that ends on the as-of date (the default period ends
    // before it, where a version or an override made today is not yet in force, so nothing there changes):
    // first a refresh that judges that period's two days, then R times a new version of "rehire" saved (the
    // tenure rule's months toggled), a refresh (everyone judged again under it on the as-of date); then R
    // times an override set for a random person, a refresh.
    kpi::KpiContext todayCtx = ctx;
    todayCtx.filters.period = {today.addYears(-1).addDays(1), today};
    const Refresh todayFirst = refresh(*db, todayCtx);
    std::vector<double> afterRule, afterOverride, todayWarm;
    for (int run = 0; run < repeat; ++run)
        todayWarm.push_back(refresh(*db, todayCtx).totalMs);
    {
        eligibility::RuleSetStore store(db->sql(), db->backend(), QStringLiteral("bench"));
        eligibility::OverrideStore overrides(db->sql(), db->backend(), QStringLiteral("bench"));
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT max(id) FROM alumni"));
        const qint64 maxId = q.next() ? q.value(0).toLongLong() : 1;
        for (int run = 0; run < repeat; ++run) {
            auto rehire = store.current(QStringLiteral("rehire"));
            if (!rehire || rehire->definition.rules.isEmpty()) {
                out << "rule set: " << (rehire ? QStringLiteral("no rules") : rehire.errorText()) << '\n';
                break;
            }
            eligibility::RuleSet changed = rehire->definition;
            eligibility::Leaf &tenure = changed.rules.first().condition.leaf;
            tenure.number = tenure.number == 12 ? 13 : 12;
            if (auto saved = store.save(changed, QStringLiteral("bench")); !saved) {
                out << "rule change: " << saved.errorText() << '\n';
                break;
            }
            afterRule.push_back(refresh(*db, todayCtx).totalMs);
        }
        for (int run = 0; run < repeat; ++run) {
            auto rehire = store.current(QStringLiteral("rehire"));
            if (!rehire)
                break;
            auto set = overrides.set(1 + QRandomGenerator::global()->bounded(maxId), rehire->ruleSetId,
                                     eligibility::Verdict::NotEligible, QStringLiteral("bench"));
            if (!set) {
                out << "override: " << set.errorText() << '\n';
                continue;
            }
            afterOverride.push_back(refresh(*db, todayCtx).totalMs);
        }
    }
    // The eligibility KPIs of that period from their SQL, for the check.
    QByteArray todaySql, todayFast;
    {
        const Refresh fast = refresh(*db, todayCtx);
        for (const kpi::KpiOutcome &o : fast.outcomes) {
            if (!o.definition->id.startsWith(QLatin1String("eligible_")))
                continue;
            todayFast += QJsonDocument(kpi::outcomeJson(o)).toJson(QJsonDocument::Compact);
            kpi::KpiOutcome sqlOutcome{o.definition, o.definition->compute(todayCtx), 0};
            todaySql += QJsonDocument(kpi::outcomeJson(sqlOutcome)).toJson(QJsonDocument::Compact);
        }
    }

    // Drill-downs (the people behind a figure): by SQL, and from the snapshot in memory; the same people?
    struct Drill {
        QString kpi, key, what;
        double sqlMs = -1, fastMs = -1;
        qint64 people = 0;
        bool same = false;
    };
    std::vector<Drill> drills{{QStringLiteral("registered_alumni"), QString(), QStringLiteral("registered alumni")},
                              {QStringLiteral("membership_status_mix"), QStringLiteral("row:active"), QStringLiteral("status mix: active")},
                              {QStringLiteral("eligible_for_rehire"), QStringLiteral("row:needs_review"),
                               QStringLiteral("eligible: needs review")},
                              {QStringLiteral("pipeline_by_stage"), QStringLiteral("row:interview"), QStringLiteral("pipeline: interview")}};
    {
        kpi::KpiContext fastCtx = ctx;
        if (auto sync = kpi::KpiSnapshotCache::instance().current(ctx.db, db->backend(), db->path()))
            sync->attach(fastCtx);
        for (Drill &d : drills) {
            const kpi::KpiDefinition *def = registry.find(d.kpi);
            if (!def)
                continue;
            QElapsedTimer t;
            t.start();
            auto bySql = def->drillDown(ctx, d.key);
            d.sqlMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            auto fast = def->drillDown(fastCtx, d.key);
            d.fastMs = double(t.nsecsElapsed()) / 1e6;
            d.same = bySql && fast && bySql.value() == fast.value();
            d.people = bySql ? bySql->size() : -1;
        }
    }

    // The SQL again on the final roster, for the check.
    const bool sameAfter = resultsJson(last.outcomes) == resultsJson(kpi::computeAll(registry, ctx));
    const QString loadAfter = loadAverage();

    const kpi::Period p = ctx.period();
    out << "\nKPI dashboard on " << path << " (as of " << today.toString(Qt::ISODate) << ", period " << p.fromText() << " – "
        << p.toText() << ")\n\n";
    out << QStringLiteral("| %1 | %2 | %3 |\n").arg(QStringLiteral("KPI"), -28).arg(QStringLiteral("SQL facts ms"), 12)
               .arg(QStringLiteral("in memory ms"), 12)
        << "|------------------------------|-------------:|-------------:|\n";
    for (const kpi::KpiDefinition &d : registry.definitions()) {
        out << QStringLiteral("| %1 | %2 | %3 |\n").arg(d.id, -28).arg(ms(median(sqlTimes[d.id])), 12)
                   .arg(ms(median(fastTimes[d.id])), 12);
    }

    double anchor = -1;
    if (!parser.isSet(noCli) && bench::sqliteCliAvailable())
        anchor = bench::sqliteCliMs(
            path, QStringLiteral("SELECT substr(departure_date, 1, 4), departure_reason, count(*) FROM stints GROUP BY 1, 2"), 3);
    const double sqlDashboard = median(sqlTotals);
    auto line = [&](const QString &what, double v, const QString &note = {}) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(what, -44).arg(ms(v), 9)
                   .arg(v > 0 && sqlDashboard > 0 ? QString::number(v / sqlDashboard, 'f', 4) : QStringLiteral("—"), 9)
                   .arg(v > 0 && anchor > 0 ? QString::number(v / anchor, 'f', 2) : QStringLiteral("—"), 9)
                   .arg(note);
    };
    out << "\n| measure                                      |        ms | ÷ SQL     | ÷ sqlite3 | snapshot |\n"
        << "|----------------------------------------------|----------:|----------:|----------:|----------|\n";
    line(QStringLiteral("dashboard, SQL facts (before)"), sqlDashboard);
    line(QStringLiteral("first load: read everyone + dashboard"), first.totalMs,
         QStringLiteral("%1 (read %2 ms)").arg(howText(first.how)).arg(ms(first.syncMs)));
    line(QStringLiteral("refresh, nothing changed"), median(warm));
    line(QStringLiteral("refresh after a one-person edit"), median(afterEdit),
         QStringLiteral("%1 %2 (sync %3 ms)").arg(howText(editHow)).arg(editReread).arg(ms(median(editSync))));
    line(QStringLiteral("refresh after a candidacy moved"), median(afterMove),
         QStringLiteral("%1 (sync %2 ms)").arg(moveRead ? QStringLiteral("candidacies read") : QStringLiteral("NOT read"))
             .arg(ms(median(moveSync))));
    line(QStringLiteral("import of 1,000 rows itself"), median(importMs));
    line(QStringLiteral("refresh after the import"), median(afterImport),
         QStringLiteral("%1 %2 (sync %3 ms)").arg(howText(importHow)).arg(importReread).arg(ms(median(importSync))));
    line(QStringLiteral("rollback of that import itself"), median(rollbackMs));
    line(QStringLiteral("refresh after the rollback"), median(afterRollback),
         QStringLiteral("%1 %2 (sync %3 ms)").arg(howText(rollbackHow)).arg(rollbackReread).arg(ms(median(rollbackSync))));
    line(QStringLiteral("period ending today: first refresh"), todayFirst.totalMs, QStringLiteral("its two days judged"));
    line(QStringLiteral("period ending today: refresh, nothing changed"), median(todayWarm));
    line(QStringLiteral("…refresh after a rule change (new version)"), median(afterRule), QStringLiteral("everyone judged again"));
    line(QStringLiteral("…refresh after an override set"), median(afterOverride));
    line(QStringLiteral("sqlite3: year × reason over every stint"), anchor);
    out << "\n| drill-down                        | people    | SQL ms    | memory ms | same |\n"
        << "|-----------------------------------|----------:|----------:|----------:|------|\n";
    for (const Drill &d : drills)
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(d.what, -33).arg(d.people, 9).arg(ms(d.sqlMs), 9).arg(ms(d.fastMs), 9)
                   .arg(d.same ? QStringLiteral("yes") : QStringLiteral("NO"));
    out << "\nsnapshot in memory: about " << (rssAfter - rssBefore) / 1024 << " MB (resident size before and after the first load)";
    out << "\nfast results equal to the SQL facts: first load " << (same ? "yes" : "NO") << ", after edits, import and rollback "
        << (sameAfter ? "yes" : "NO") << ", eligibility over the period ending today after the rule changes and overrides "
        << (todaySql == todayFast ? "yes" : "NO") << "\nload average at the end: " << loadAfter << " (" << QThread::idealThreadCount()
        << " cores)\n";
    if (auto sync = kpi::KpiSnapshotCache::instance().current(ctx.db, db->backend(), db->path())) {
        sync->attach(ctx); // the report computes as the CLI's `report` does
    }
    bench::benchReport(out, registry, ctx, path + QStringLiteral(".report.pdf"), repeat);
    return 0;
}
