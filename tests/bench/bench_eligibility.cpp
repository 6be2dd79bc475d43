// alumnidesk-bench-eligibility: eligibility at a million alumni. Re-evaluates both default rule sets into
// the verdict table (SQL), counts and filters the roster by verdict, loads the roster facts the rule
// editor keeps in memory and times a draft's live count and what-if list (C++), beside the same draft
// count as one SQL statement. Prints a table with the goals of issue 4; asserts nothing.
//
//   alumnidesk-bench-eligibility [--db PATH] [--rows N] [--repeat R]
//
// --db is copied to a temporary folder first (opening may upgrade its schema). Without --db a roster of N
// (default 1,000,000) alumni is generated there.
#include "db/Database.h"
#include "demo/DemoRoster.h"
#include "eligibility/EligibilityService.h"
#include "eligibility/RosterFacts.h"
#include "eligibility/RuleSqlCompiler.h"
#include "roster/RosterQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <vector>

using namespace alumnidesk;
using namespace alumnidesk::eligibility;

namespace {

QTextStream out(stdout);

// The median of `repeat` runs of `f`, each after `setup`, which is not timed.
double timeMs(const std::function<void()> &setup, const std::function<void()> &f, int repeat)
{
    std::vector<double> v;
    for (int i = 0; i < repeat; ++i) {
        setup();
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeMs(const std::function<void()> &f, int repeat)
{
    return timeMs([] {}, f, repeat);
}

void row(const QString &what, double ms, const QString &goal, const QString &note = {})
{
    out << "| " << what.leftJustified(58) << " | " << QString::number(ms, 'f', ms < 10 ? 1 : 0).rightJustified(8) << " ms | "
        << goal.leftJustified(10) << " | " << note << '\n';
    out.flush();
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Roster file to copy and measure."), QStringLiteral("path"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to generate without --db (default 1000000)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs of each measure; the median is shown (default 3)."),
                                       QStringLiteral("r"), QStringLiteral("3"));
    parser.addOptions({dbOpt, rowsOpt, repeatOpt});
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(dbOpt)) {
        if (!QFile::copy(parser.value(dbOpt), path)) {
            out << "cannot copy " << parser.value(dbOpt) << '\n';
            return 1;
        }
    } else {
        auto db = Database::open(path);
        demo::DemoOptions options;
        options.rows = parser.value(rowsOpt).toInt();
        options.today = QDate(2025, 4, 1);
        QElapsedTimer t;
        t.start();
        if (auto summary = demo::generateDemoRoster(*db, options); !summary) {
            out << "demo generation failed: " << summary.errorText() << '\n';
            return 1;
        }
        out << "generated the roster in " << t.elapsed() / 1000.0 << " s\n";
    }
    auto db = Database::open(path);
    if (!db) {
        out << "cannot open the roster\n";
        return 1;
    }
    qint64 alumni = 0;
    {
        QSqlQuery q(db->sql());
        if (q.exec(QStringLiteral("SELECT count(*) FROM alumni")) && q.next())
            alumni = q.value(0).toLongLong();
    }
    out << "AlumniDesk eligibility benchmark\n"
        << "roster: " << alumni << " alumni (" << QFileInfo(path).size() / (1024 * 1024) << " MB), "
        << QThread::idealThreadCount() << " threads, " << QSysInfo::prettyProductName() << ", Qt " << qVersion() << "\n\n"
        << "| measure                                                    |     time    | goal       |\n"
        << "|------------------------------------------------------------|------------:|------------|\n";
    const QDate asOf(2025, 4, 1);
    EligibilityService service(db->sql(), db->backend(), QStringLiteral("bench"));
    auto network = service.ruleSets().current(QStringLiteral("network"));
    auto rehire = service.ruleSets().current(QStringLiteral("rehire"));
    if (!network || !rehire) {
        out << "no default rule sets\n";
        return 1;
    }
    QVector<RuleSetVersion> bothSets{network.value(), rehire.value()};
    auto refreshBoth = [&] {
        auto runs = service.verdicts().refresh(bothSets, asOf);
        if (!runs)
            out << runs.errorText() << '\n';
    };
    // Worst case: nothing stored yet, every person who is not eligible is written (the table is emptied
    // before each run, outside the time).
    std::vector<double> first;
    for (int i = 0; i < repeat; ++i) {
        QSqlQuery(db->sql()).exec(QStringLiteral("DELETE FROM eligibility_verdicts"));
        QSqlQuery(db->sql()).exec(QStringLiteral("DELETE FROM eligibility_runs"));
        QElapsedTimer t;
        t.start();
        refreshBoth();
        first.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(first.begin(), first.end());
    row(QStringLiteral("first evaluation, both rule sets in one pass (empty table)"), first[first.size() / 2], QStringLiteral("< 2 s"));
    // A new day: everyone is read and evaluated again, few verdicts change (only they are written). The
    // as-of date alternates so that every run is a full one.
    int day = 0;
    row(QStringLiteral("full re-evaluation, both rule sets in one pass"), timeMs([&] {
            auto runs = service.verdicts().refresh(bothSets, asOf.addDays(++day % 2));
            if (!runs)
                out << runs.errorText() << '\n';
        }, repeat), QStringLiteral("< 2 s"));
    refreshBoth();
    // After edits: the change feed names the people, only they are read and evaluated again.
    for (const int edited : {1, 1000}) {
        QVector<qint64> ids;
        {
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT id FROM alumni ORDER BY id LIMIT %1 OFFSET %2").arg(edited).arg(alumni / 3));
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
        qint64 evaluated = 0;
        const double ms = timeMs([&] {
            // The edit (outside the time): do-not-rehire flipped, which moves the rehire verdict.
            QSqlQuery u(db->sql());
            u.exec(QStringLiteral("BEGIN"));
            u.prepare(QStringLiteral("UPDATE alumni SET hr_do_not_rehire = 1 - hr_do_not_rehire WHERE id = ?"));
            for (qint64 id : ids) {
                u.addBindValue(id);
                u.exec();
            }
            QSqlQuery(db->sql()).exec(QStringLiteral("COMMIT"));
        }, [&] {
            auto runs = service.verdicts().refresh(bothSets, asOf);
            if (!runs)
                out << runs.errorText() << '\n';
            else
                evaluated = runs->constFirst().evaluated;
        }, repeat);
        row(QStringLiteral("refresh both rule sets after %1 edited (change feed)").arg(edited == 1 ? QStringLiteral("one person")
                                                                                              : QStringLiteral("1,000 people")),
            ms, QString(), QStringLiteral("%1 evaluated").arg(evaluated));
    }
    for (const RuleSetVersion &set : bothSets) {
        row(QStringLiteral("re-evaluate “%1” alone (a new day)").arg(set.definition.key), timeMs([&] {
                auto run = service.verdicts().refresh(set, asOf.addDays(++day % 2));
                if (!run)
                    out << run.errorText() << '\n';
            }, repeat), QString());
    }
    refreshBoth();
    {
        // A rule change that moves many people: network with tenure ≥ 6 months, then back, each saved
        // as a new version (outside the time) as the editor does.
        RuleSet changed = network->definition;
        changed.rules[0].condition.leaf.number = 6;
        int flip = 0;
        RuleSetVersion saved;
        row(QStringLiteral("re-evaluate “network” after a rule change (tenure ≥ 6 months)"), timeMs([&] {
                auto v = service.ruleSets().save(flip++ % 2 == 0 ? changed : network->definition, QStringLiteral("bench"));
                if (!v)
                    out << v.errorText() << '\n';
                else
                    saved = v.value();
            }, [&] {
                auto run = service.verdicts().refresh(saved, asOf);
                if (!run)
                    out << run.errorText() << '\n';
            }, repeat), QString());
        // The rule set as it was, saved again as the newest version, for the measures below.
        if (auto v = service.ruleSets().save(network->definition, QStringLiteral("bench")); v) {
            network = v.value();
            bothSets[0] = v.value();
        }
        refreshBoth();
    }
    row(QStringLiteral("re-evaluate “network” as one SQL statement (for comparison)"), timeMs([&] {
            RuleSqlCompiler compiler(db->backend(), asOf);
            const CompiledSql c = compiler.verdicts(network->definition);
            QSqlQuery q(db->sql());
            q.setForwardOnly(true);
            q.prepare(c.sql);
            for (const auto &b : c.binds)
                q.bindValue(b.first, b.second);
            q.exec();
            while (q.next()) {
            }
        }, 1), QString(), QStringLiteral("SELECT only, nothing written"));
    VerdictCounts counts;
    // Each note is built after its measure ran (function arguments have no order of evaluation).
    const double countMs = timeMs([&] { counts = service.verdicts().counts(network->ruleSetId, asOf).value(); }, repeat);
    row(QStringLiteral("counts per verdict from the table (overrides applied)"), countMs, QString(),
        QStringLiteral("network: %1 eligible, %2 review, %3 not").arg(counts.eligible).arg(counts.needsReview).arg(counts.notEligible));
    row(QStringLiteral("is the verdict table stale? (every open of the roster)"),
        timeMs([&] { (void)service.verdicts().isStale(network.value(), asOf); }, repeat), QString());

    RosterQuery query(db->sql(), db->backend());
    RosterFilter f;
    f.verdictRuleSet = network->ruleSetId;
    f.verdictDate = asOf;
    RosterSort kana;
    for (Verdict v : {Verdict::Eligible, Verdict::NeedsReview, Verdict::NotEligible}) {
        f.verdicts = {int(v)};
        row(QStringLiteral("filter by verdict “%1”: first page (128 rows, 50音)").arg(verdictKey(v)),
            timeMs([&] { (void)query.firstRows(f, kana, 128); }, repeat), QStringLiteral("< 50 ms"));
    }
    f.verdicts = {int(Verdict::NeedsReview)};
    qint64 matched = 0;
    (void)query.orderedIds(RosterFilter(), kana); // the window keeps everyone's order already
    const double filterMs = timeMs([&] { matched = query.orderedIds(f, kana).value().size(); }, repeat);
    row(QStringLiteral("filter by verdict “needs_review”: every id in 50音 order"), filterMs, QStringLiteral("< 50 ms"),
        QStringLiteral("%1 people").arg(matched));

    const qint64 before = rssKb();
    std::shared_ptr<const RosterFacts> facts;
    const double loadMs = timeMs([&] { facts = RosterFacts::load(db->sql(), db->backend()).value(); }, 1);
    row(QStringLiteral("editor opens: load everyone's facts (worker thread)"), loadMs, QString(),
        QStringLiteral("%1 MB").arg((rssKb() - before) / 1024));
    DraftPreview preview(facts, asOf);
    RuleSet draft = network->definition;
    draft.rules[0].condition.leaf.number = 6;
    VerdictCounts live;
    const double liveMs = timeMs([&] { live = preview.counts(draft); }, repeat);
    row(QStringLiteral("live count of a draft (C++ over the facts)"), liveMs, QStringLiteral("< 300 ms"), QStringLiteral("eligible: %1 → %2").arg(counts.eligible).arg(live.eligible));
    qint64 changed = 0;
    const double whatIfMs = timeMs([&] { changed = preview.compare(network->definition, draft).size(); }, repeat);
    row(QStringLiteral("what-if: saved vs draft, person by person (C++)"), whatIfMs, QStringLiteral("< 300 ms"),
        QStringLiteral("%1 people change").arg(changed));
    row(QStringLiteral("live count of a draft as one SQL statement"), timeMs([&] {
            RuleSqlCompiler compiler(db->backend(), asOf);
            const CompiledSql c = compiler.counts(draft);
            QSqlQuery q(db->sql());
            q.prepare(c.sql);
            for (const auto &b : c.binds)
                q.bindValue(b.first, b.second);
            q.exec();
            while (q.next()) {
            }
        }, 1), QString(), QStringLiteral("for comparison"));
    return 0;
}
